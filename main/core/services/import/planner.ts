// The plan of one sheet made batch by batch as its rows are read, so that an import can check and write the first
// rows while the worker is still reading the last. The rows' values are read by a sheet reader (sheet-reader.ts):
// this thread's own, or the worker's, whose readings arrive ready. Each reading is then decided against the register:
// a repeated ID number, the person already registered, the form's rules. Given the same rows in any batches, it
// decides exactly what planning the whole sheet at once decides (planImport is this planner fed the whole sheet).
import type { ImportAnalysis, ImportLine, ImportReport } from '@shared/contract';
import type { ReadResult } from '@core/io/import/read-file';
import type { SheetRow } from '@core/io/import/cells';
import type { Store } from '../../context';
import { getSetting } from '../settings';
import { listVillages } from '../township';
import { personRules } from '../persons/validate';
import type { MergeContext } from './merge';
import { formContext } from './person-rules';
import { inRecognisedHousehold, loadExisting, planRow } from './plan-row';
import type { PlannedRow, PlanOptions } from './plan';
import type { RowReading } from './read-row';
import { createSheetReader, type ReaderSetup, type SheetReader, type SheetReading } from './sheet-reader';

export type Planner = {
  /** What the sheet reader needs, as read from the register when the planner was made. */
  setup: ReaderSetup;
  /** The next rows of the sheet, read here; returns those planned now (none while the header is still unknown). */
  add(rows: readonly SheetRow[]): PlannedRow[];
  /** The sheet has no more rows: plans those held back. Throws file.no_header when the sheet has no header. */
  end(): PlannedRow[];
  /** Readings of the next rows made elsewhere (the worker's reader, given `setup`). */
  decide(readings: readonly RowReading[]): PlannedRow[];
  /** Rows are being planned. */
  started(): boolean;
  /** At the end: the dry run's answer for the file; `reading` is the worker's when it read the rows. */
  analysis(file: Pick<ReadResult, 'kind' | 'sheet' | 'sheets'>, reading?: SheetReading): ImportAnalysis;
};

/** The reader's setup as the register stands. */
export function readerSetup(store: Store, options: PlanOptions): ReaderSetup {
  return {
    ...personRules(store),
    villages: listVillages(store).map(({ code, name }) => ({ code, name })),
    headerRow: options.headerRow,
    mapping: options.mapping,
    villageMap: options.villageMap,
  };
}

export function createPlanner(store: Store, options: PlanOptions, sheet: string): Planner {
  const setup = readerSetup(store, options);
  const merge: MergeContext = {
    ...formContext(store, new Set(setup.villages.map((v) => v.code)), setup),
    overwrite: new Set(options.overwriteFields ?? []),
    enabledDifficulty: new Set<string>(getSetting(store, 'difficulty').enabled),
    today: setup.today,
    inRecognisedHousehold: (personId) => inRecognisedHousehold(store, personId),
  };
  const reader: SheetReader = createSheetReader(setup, sheet);
  const lines: ImportLine[] = [];
  let decided = false;

  const decide = (readings: readonly RowReading[]): PlannedRow[] => {
    if (readings.length > 0) decided = true;
    // only a row the reader found nothing wrong with (a repeated number included) is looked up in the register
    const lookedUp = readings.flatMap((r) => (r.id && r.reasons.length === 0 ? [r.id.idNumber] : []));
    const existing = loadExisting(store, lookedUp);
    return readings.map((reading) => {
      const planned = planRow(reading, existing, merge);
      lines.push(planned.line);
      return planned;
    });
  };

  return {
    setup,
    add: (rows) => decide(reader.add(rows)),
    end: () => decide(reader.end()),
    decide,
    started: () => decided || reader.started(),
    analysis(file, reading = reader.summary()) {
      const { fields } = reading;
      const missing = (['idNumber', 'name'] as const).filter((field) => !fields.has(field));
      return {
        fileKind: file.kind,
        sheet: file.sheet,
        sheets: file.sheets,
        headerRow: reading.header.headerRow,
        columns: reading.columns,
        unknownVillages: reading.unknownVillages,
        villages: [...setup.villages],
        notice:
          missing.length > 0
            ? `没有找到${missing.map((f) => (f === 'idNumber' ? '“身份证号码”' : '“姓名”')).join('和')}列，请在列对应中指定`
            : null,
        report: summarise(lines, reading.skipped),
      };
    },
  };
}

export function summarise(lines: ImportLine[], skipped: number): ImportReport {
  const count = (outcome: ImportLine['outcome']) => lines.filter((line) => line.outcome === outcome).length;
  return {
    rows: lines.length,
    new: count('new'),
    update: count('update'),
    unchanged: count('unchanged'),
    refused: count('refused'),
    warnings: lines.filter((line) => line.warnings.length > 0).length,
    skipped,
    lines,
  };
}
