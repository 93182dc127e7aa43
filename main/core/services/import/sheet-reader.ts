// The half of planning a sheet that needs no database: the header, the columns, which rows are data, what each data
// row gives each field (readRow), and what depends only on the rows before it (a repeated ID number, the village
// names that are not the township's). It runs in the parse worker during an import, so that reading the rows'
// values shares the second core with exceljs while this thread checks them against the register and writes them;
// the dry run runs it here. Rows are held back only until the header and the columns are known (the first rows
// decide them); fed the same rows in any batches, it reads exactly what reading the whole sheet at once reads.
import type { ImportColumn, ImportField } from '@shared/contract/imports';
import type { IsoDate } from '@shared/domain/dates';
import type { SheetRow } from '@core/io/import/cells';
import { findHeader, HEADER_SEARCH_ROWS, type HeaderGuess } from '@core/io/import/headers';
import { ImportFileError } from '@core/io/import/limits';
import { rowKind } from '@core/io/import/row-kinds';
import type { AgeRules } from '@shared/domain/working-age';
import { columnLayout, columnSampler, WIDTH_ROWS, type ColumnLayout } from './columns';
import { checkNewPerson } from './form-check';
import { formFieldsChecker } from './form-fields';
import { readRow, rowMemo, type RowContext, type RowReading } from './read-row';
import { villageResolver } from './villages';

/** What reading a sheet needs besides its rows: plain data, so that it can be handed to the worker. */
export type ReaderSetup = {
  today: IsoDate;
  /** The county's working-age rules (a setting). */
  ageRules: AgeRules;
  /** The township's villages. */
  villages: readonly { code: string; name: string }[];
  headerRow?: number | undefined;
  mapping?: Readonly<Record<string, ImportField | 'ignore'>> | undefined;
  villageMap?: Readonly<Record<string, string>> | undefined;
};

/** The sheet as read, for the dry run's answer. */
export type SheetReading = {
  header: HeaderGuess;
  columns: ImportColumn[];
  fields: Map<ImportField, number>;
  /** Rows after the header that are not persons (blank, 合计, 注, signatures, a repeated header). */
  skipped: number;
  /** Village names that are not the township's, with how many rows name each. */
  unknownVillages: { name: string; rows: number }[];
};

export type SheetReader = {
  /**
   * The next rows of the sheet, in order; the data rows read now (none while the header is still unknown).
   * `checkForms`: apply the form's rules to them too (or leave that to the planner, when this runs in the worker and
   * the worker is the one behind).
   */
  add(rows: readonly SheetRow[], checkForms?: boolean): RowReading[];
  /** The sheet has no more rows: reads those held back. Throws file.no_header when the sheet has no header. */
  end(checkForms?: boolean): RowReading[];
  /** Rows are being read (the header and the columns are known). */
  started(): boolean;
  /** After end(). */
  summary(): SheetReading;
};

type Started = {
  header: HeaderGuess;
  layout: ColumnLayout;
  firstData: number;
  sampler: ReturnType<typeof columnSampler>;
  context: RowContext;
};

export function createSheetReader(setup: ReaderSetup, sheet: string): SheetReader {
  const village = villageResolver(setup.villages, setup.villageMap);
  const memo = rowMemo(village);
  const villageCodes = new Set(setup.villages.map((v) => v.code));
  const checkFields = formFieldsChecker();

  /** A row with nothing wrong so far gets the form's rules for a new person (it may turn out to be registered). */
  const checkForm = (reading: RowReading): RowReading => {
    const { id, values } = reading;
    if (reading.reasons.length > 0 || !id || !values.registeredOn) return reading;
    const { difficulty: _codes, difficultyOn: _on, name = '', ...rest } = values;
    reading.form = checkNewPerson(checkFields({ ...rest, name }, id.idNumber), id, villageCodes, setup) ?? undefined;
    return reading;
  };

  let held: SheetRow[] = [];
  let header: HeaderGuess | null = null;
  let running: Started | null = null;
  let skipped = 0;
  const firstRowOf = new Map<string, number>();
  const unknownVillages = new Map<string, number>();

  /** What depends on the rows before: a repeated ID number (refused), the unknown village names. */
  const noteAcross = (reading: RowReading): RowReading => {
    if (reading.unknownVillage !== null) {
      unknownVillages.set(reading.unknownVillage, (unknownVillages.get(reading.unknownVillage) ?? 0) + 1);
    }
    if (!reading.id) return reading;
    const first = firstRowOf.get(reading.id.idNumber);
    if (first === undefined) firstRowOf.set(reading.id.idNumber, reading.row);
    else
      reading.reasons.push({
        code: 'id.duplicate_in_file',
        message: `身份证号码与第 ${first} 行重复，同一人只导入一次`,
      });
    return reading;
  };

  /** The header can be told once the rows it may be in, and the row below it, have arrived. */
  const headerKnowable = (): boolean => {
    if (setup.headerRow === undefined) return held.length > HEADER_SEARCH_ROWS;
    const last = held[held.length - 1];
    return last !== undefined && last.number > setup.headerRow + 1;
  };

  const start = (final: boolean): Started | null => {
    if (!header) {
      if (!final && !headerKnowable()) return null;
      header = findHeader(held, setup.headerRow);
      if (!header) throw noHeader(sheet, setup.headerRow);
    }
    const firstData = header.headerRow + header.headerRows;
    const data = held.filter((row) => row.number >= firstData);
    if (!final && data.length < WIDTH_ROWS) return null;
    const layout = columnLayout(header, data.slice(0, WIDTH_ROWS), setup.mapping);
    const context = { today: setup.today, columns: layout.fields, village, memo };
    return { header, layout, firstData, sampler: columnSampler(layout), context };
  };

  const read = (run: Started, rows: readonly SheetRow[], checkForms: boolean): RowReading[] => {
    const readings: RowReading[] = [];
    for (const row of rows) {
      if (row.number < run.firstData) continue;
      run.sampler.add(row);
      if (rowKind(row, run.layout) !== 'data') skipped += 1;
      else {
        const reading = noteAcross(readRow(row, run.context));
        readings.push(checkForms ? checkForm(reading) : reading);
      }
    }
    return readings;
  };

  const readHeld = (run: Started, checkForms: boolean): RowReading[] => {
    running = run;
    const rows = held;
    held = [];
    return read(run, rows, checkForms);
  };

  return {
    add(rows, checkForms = true) {
      if (running) return read(running, rows, checkForms);
      for (const row of rows) held.push(row);
      const run = start(false);
      return run ? readHeld(run, checkForms) : [];
    },
    end(checkForms = true) {
      return running ? [] : readHeld(start(true)!, checkForms);
    },
    started: () => running !== null,
    summary() {
      if (!running) throw new Error('summary() before end()');
      const { header: found, layout, sampler } = running;
      return {
        header: found,
        columns: sampler.columns(),
        fields: layout.fields,
        skipped,
        unknownVillages: [...unknownVillages].map(([name, count]) => ({ name, rows: count })),
      };
    },
  };
}

function noHeader(sheet: string, headerRow: number | undefined): ImportFileError {
  return new ImportFileError(
    'file.no_header',
    headerRow === undefined
      ? `在工作表“${sheet}”的前 30 行中没有找到含“姓名”“身份证号码”的表头行，请指定表头所在的行`
      : `第 ${headerRow} 行是空行，不能作为表头`,
  );
}
