// One row of the file decided against the register: refused, new, an update of the person with its ID number, or
// unchanged — with the person form's rules, and the rules of 认定 for a difficulty category.
import { and, inArray, isNull } from 'drizzle-orm';
import type { ImportLine, ImportReason } from '@shared/contract';
import { joinDifficultyCodes } from '@shared/domain/difficulty';
import { persons } from '../../db/schema';
import { prepared } from '../../db/statements';
import type { Store } from '../../context';
import { householdStageOf } from '../persons/status';
import type { PersonRecord } from '../persons/write';
import { mergeExisting, type MergeContext, type PersonChanges } from './merge';
import { difficultyReasons, formValues } from './person-rules';
import type { RowReading } from './read-row';
import type { PlannedRow } from './plan';

const RECOGNISED = ['recognised', 'assisting', 'cleared'] as const;

function lineOf(
  reading: RowReading,
  outcome: ImportLine['outcome'],
  reasons: ImportReason[],
  more: ImportReason[] = [],
  fields: string[] = [],
): ImportLine {
  return {
    row: reading.row,
    outcome,
    name: reading.name,
    idNumberMasked: reading.idNumberMasked,
    reasons,
    // the reading is done with once planned: its own list serves when nothing is added
    warnings: more.length === 0 ? reading.warnings : [...reading.warnings, ...more],
    fields,
  };
}

export function planRow(reading: RowReading, existing: Map<string, PersonRecord>, ctx: MergeContext): PlannedRow {
  const line = lineOf.bind(null, reading);
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
  const checked = formValues(ctx, id, { ...rest, name }, reading.form);
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

/**
 * The live persons with these ID numbers. Which of them are registered is asked first, in one prepared query (most
 * rows of a first import are new); only those are then read as drizzle records. `deleted_at IS NULL` is what lets
 * SQLite use the (partial) unique index on the ID number.
 */
export function loadExisting(store: Store, idNumbers: readonly string[]): Map<string, PersonRecord> {
  const found = new Map<string, PersonRecord>();
  if (idNumbers.length === 0) return found;
  const registered = prepared(
    store.sqlite,
    'SELECT id_number FROM persons WHERE deleted_at IS NULL AND id_number IN (SELECT value FROM json_each(?))',
  )
    .pluck()
    .all(JSON.stringify(idNumbers)) as string[];
  for (let at = 0; at < registered.length; at += 500) {
    const batch = registered.slice(at, at + 500);
    const rows = store.db
      .select()
      .from(persons)
      .where(and(inArray(persons.idNumber, batch), isNull(persons.deletedAt)))
      .all();
    for (const row of rows) found.set(row.idNumber, row);
  }
  return found;
}

export function inRecognisedHousehold(store: Store, personId: number): boolean {
  const stage = householdStageOf(store, personId);
  return stage !== null && (RECOGNISED as readonly string[]).includes(stage);
}
