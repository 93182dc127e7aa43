// The dry run: every data row of the sheet becomes new, update, unchanged or refused, with its reasons, against the
// register as it is now. The import itself runs the same plan again inside its transaction, so what is written is
// decided on the database as it stands at that moment.
import { and, eq, inArray } from 'drizzle-orm';
import type { ImportAnalysis, ImportField, ImportLine, ImportReason, ImportReport } from '@shared/contract';
import { joinDifficultyCodes } from '@shared/domain/difficulty';
import { maskIdNumber, type ParsedId } from '@shared/domain/id-number';
import { findHeader } from '@core/io/import/headers';
import { ImportFileError } from '@core/io/import/limits';
import type { ReadResult } from '@core/io/import/read-file';
import { rowKind } from '@core/io/import/row-kinds';
import { householdMembers, households, persons } from '../../db/schema';
import type { Store } from '../../context';
import { getSetting } from '../settings';
import { listVillages } from '../township';
import { today as todayOf } from '../persons/validate';
import type { PersonRecord } from '../persons/write';
import { planColumns } from './columns';
import { mergeExisting, type MergeContext, type PersonChanges } from './merge';
import { difficultyReasons, formValues, type PersonValues } from './person-rules';
import { readRow, type RowReading } from './read-row';
import { villageResolver } from './villages';

export type PlanOptions = {
  headerRow?: number | undefined;
  mapping?: Readonly<Record<string, ImportField | 'ignore'>> | undefined;
  villageMap?: Readonly<Record<string, string>> | undefined;
  overwriteFields?: readonly ImportField[] | undefined;
};

export type NewPerson = { id: ParsedId; values: PersonValues; difficulty: PersonChanges };
export type PlannedRow =
  | { line: ImportLine; kind: 'new'; person: NewPerson }
  | { line: ImportLine; kind: 'update'; before: PersonRecord; changes: PersonChanges }
  | { line: ImportLine; kind: 'unchanged' | 'refused' };

export type ImportPlan = { analysis: ImportAnalysis; rows: PlannedRow[] };

const RECOGNISED = ['recognised', 'assisting', 'cleared'] as const;

export function planImport(store: Store, table: ReadResult, options: PlanOptions): ImportPlan {
  const header = findHeader(table.rows, options.headerRow);
  if (!header) {
    throw new ImportFileError(
      'file.no_header',
      options.headerRow === undefined
        ? `在工作表“${table.sheet}”的前 30 行中没有找到含“姓名”“身份证号码”的表头行，请指定表头所在的行`
        : `第 ${options.headerRow} 行是空行，不能作为表头`,
    );
  }
  const { columns, fields } = planColumns(table.rows, header, options.mapping);
  const today = todayOf(store);
  const townshipVillages = listVillages(store).map(({ code, name }) => ({ code, name }));
  const village = villageResolver(townshipVillages, options.villageMap);
  const context = { today, columns: fields, village };

  const firstData = header.headerRow + header.headerRows;
  const readings: RowReading[] = [];
  let skipped = 0;
  for (const row of table.rows) {
    if (row.number < firstData) continue;
    if (rowKind(row, fields) !== 'data') skipped += 1;
    else readings.push(readRow(row, context));
  }

  const existing = loadExisting(store, readings);
  const merge: MergeContext = {
    store,
    overwrite: new Set(options.overwriteFields ?? []),
    enabledDifficulty: new Set<string>(getSetting(store, 'difficulty').enabled),
    today,
    villages: new Set(townshipVillages.map((v) => v.code)),
    inRecognisedHousehold: (personId) => inRecognisedHousehold(store, personId),
  };
  const firstRowOf = new Map<string, number>();
  const unknownVillages = new Map<string, number>();
  const rows = readings.map((reading) => {
    if (reading.unknownVillage !== null) {
      unknownVillages.set(reading.unknownVillage, (unknownVillages.get(reading.unknownVillage) ?? 0) + 1);
    }
    if (reading.id) {
      const first = firstRowOf.get(reading.id.idNumber);
      if (first === undefined) firstRowOf.set(reading.id.idNumber, reading.row);
      else
        reading.reasons.push({
          code: 'id.duplicate_in_file',
          message: `身份证号码与第 ${first} 行重复，同一人只导入一次`,
        });
    }
    return planRow(reading, existing, merge);
  });

  const report = summarise(
    rows.map((row) => row.line),
    skipped,
  );
  const missing = (['idNumber', 'name'] as const).filter((field) => !fields.has(field));
  return {
    rows,
    analysis: {
      fileKind: table.kind,
      sheet: table.sheet,
      sheets: table.sheets,
      headerRow: header.headerRow,
      columns,
      unknownVillages: [...unknownVillages].map(([name, count]) => ({ name, rows: count })),
      villages: townshipVillages,
      notice:
        missing.length > 0
          ? `没有找到${missing.map((f) => (f === 'idNumber' ? '“身份证号码”' : '“姓名”')).join('和')}列，请在列对应中指定`
          : null,
      report,
    },
  };
}

function planRow(reading: RowReading, existing: Map<string, PersonRecord>, ctx: MergeContext): PlannedRow {
  const line = (
    outcome: ImportLine['outcome'],
    reasons: ImportReason[],
    more: ImportReason[] = [],
    fields: string[] = [],
  ) => ({
    row: reading.row,
    outcome,
    name: reading.name,
    idNumberMasked: reading.id ? maskIdNumber(reading.id.idNumber) : '',
    reasons,
    warnings: [...reading.warnings, ...more],
    fields,
  });
  const { id, values } = reading;
  if (reading.reasons.length > 0 || !id) return { kind: 'refused', line: line('refused', reading.reasons) };
  const before = existing.get(id.idNumber);
  if (before) {
    const merged = mergeExisting(ctx, before, id, values);
    if (!merged.ok) return { kind: 'refused', line: line('refused', merged.reasons) };
    if (Object.keys(merged.changes).length === 0)
      return { kind: 'unchanged', line: line('unchanged', [], merged.warnings) };
    return {
      kind: 'update',
      before,
      changes: merged.changes,
      line: line('update', [], merged.warnings, merged.fields),
    };
  }
  if (!values.registeredOn) {
    return {
      kind: 'refused',
      line: line('refused', [{ code: 'registeredOn.missing', message: '失业登记日期为空（人员登记必填）' }]),
    };
  }
  const { difficulty: codes, difficultyOn, name = '', ...rest } = values;
  const checked = formValues(ctx.store, id, { ...rest, name, registeredOn: values.registeredOn }, ctx.villages);
  if (!checked.ok) return { kind: 'refused', line: line('refused', checked.reasons) };
  let difficulty: PersonChanges = {};
  if (codes && difficultyOn) {
    const facts = {
      status: '1',
      registeredOn: values.registeredOn,
      disabilityCert: checked.values.disabilityCert,
      inRecognisedHousehold: false,
    };
    const reasons = difficultyReasons(codes, difficultyOn, facts, ctx.enabledDifficulty, ctx.today);
    if (reasons.length > 0) return { kind: 'refused', line: line('refused', reasons) };
    difficulty = { difficulty: joinDifficultyCodes(codes), difficultyOn };
  }
  return { kind: 'new', person: { id, values: checked.values, difficulty }, line: line('new', []) };
}

/** The live persons the file names, in one query per 500 ID numbers. */
function loadExisting(store: Store, readings: readonly RowReading[]): Map<string, PersonRecord> {
  const ids = [...new Set(readings.flatMap((r) => (r.id ? [r.id.idNumber] : [])))];
  const found = new Map<string, PersonRecord>();
  for (let at = 0; at < ids.length; at += 500) {
    const batch = ids.slice(at, at + 500);
    const rows = store.db.select().from(persons).where(inArray(persons.idNumber, batch)).all();
    for (const row of rows) if (row.deletedAt === null) found.set(row.idNumber, row);
  }
  return found;
}

function inRecognisedHousehold(store: Store, personId: number): boolean {
  const row = store.db
    .select({ stage: households.stage })
    .from(householdMembers)
    .innerJoin(households, eq(households.id, householdMembers.householdId))
    .where(and(eq(householdMembers.personId, personId), eq(householdMembers.active, true)))
    .get();
  return row !== undefined && (RECOGNISED as readonly string[]).includes(row.stage);
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
