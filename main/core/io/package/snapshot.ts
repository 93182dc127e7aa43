import { getTableColumns, type Table } from 'drizzle-orm';
import { assistanceActions, householdMembers, households, persons } from '../../db/schema';
import type { Store } from '../../context';
import type { Entity } from '../../services/change-log';

/** A record as it stood at a moment, in drizzle's field names (the shape the change history stores). */
export type Snapshot = Record<string, unknown> & { id: number; deletedAt?: number | null; updatedAt: number };

const TABLES: Record<Entity, Table> = {
  person: persons,
  household: households,
  member: householdMembers,
  assistance: assistanceActions,
};

type Mapping = { select: string; booleans: string[] };
const mappings = new Map<Entity, Mapping>();

/** `SELECT "id_number" AS "idNumber", …` so raw rows come out in the same shape as the history's JSON. */
function mappingFor(entity: Entity): Mapping {
  let mapping = mappings.get(entity);
  if (!mapping) {
    const columns = Object.entries(getTableColumns(TABLES[entity]));
    mapping = {
      select: columns.map(([key, column]) => `"${column.name}" AS "${key}"`).join(', '),
      booleans: columns.filter(([, column]) => column.dataType === 'boolean').map(([key]) => key),
    };
    mappings.set(entity, mapping);
  }
  return mapping;
}

export type SnapshotFilter = {
  /** a SQL condition on the live table that the snapshot rows must also meet (checked again in JS for patched rows) */
  sql: string;
  params: unknown[];
  test: (row: Snapshot) => boolean;
};

/**
 * Streams the state of every record of a kind at `atMs`: the package is "as of the quarter's last day 24:00" even
 * when made later. Most records have not changed since, so their live row IS their state then; only the records
 * changed after `atMs` are rebuilt from the change history (their last entry at or before `atMs`; absent if they did
 * not exist yet). One pass over the live table, one row at a time: 100,000 persons never sit in memory together.
 */
export function* statesAt(store: Store, entity: Entity, atMs: number, filter?: SnapshotFilter): Generator<Snapshot> {
  const changedLater = new Set(
    (
      store.sqlite
        .prepare('SELECT DISTINCT entity_id FROM change_log WHERE entity = ? AND at > ?')
        .all(entity, atMs) as {
        entity_id: number;
      }[]
    ).map((row) => row.entity_id),
  );
  const mapping = mappingFor(entity);
  const table = tableName(entity);
  const where = filter ? `WHERE ${filter.sql}` : '';
  const live = store.sqlite.prepare(`SELECT ${mapping.select} FROM ${table} ${where} ORDER BY id`);
  for (const row of live.iterate(...(filter?.params ?? [])) as Iterable<Snapshot>) {
    if (changedLater.has(row.id)) continue;
    for (const key of mapping.booleans) row[key] = row[key] === 1;
    yield row;
  }
  for (const id of [...changedLater].sort((a, b) => a - b)) {
    const state = stateAt(store, entity, id, atMs);
    if (state && (!filter || filter.test(state))) yield state;
  }
}

/**
 * One record's state at a moment, or null if it did not exist yet. Later edits stay out — except corrections: an
 * edit saved as a correction (更正) fixes an error that was there all along, so the fields it changed are applied to
 * the past state too. Without that, a mistake found by the pre-flight check after the quarter could never be fixed
 * in that quarter's package.
 */
export function stateAt(store: Store, entity: Entity, id: number, atMs: number): Snapshot | null {
  const row = store.sqlite
    .prepare('SELECT after FROM change_log WHERE entity = ? AND entity_id = ? AND at <= ? ORDER BY id DESC LIMIT 1')
    .get(entity, id, atMs) as { after: string | null } | undefined;
  if (!row?.after) return null;
  const state = JSON.parse(row.after) as Snapshot;
  const corrections = store.sqlite
    .prepare(
      "SELECT before, after FROM change_log WHERE entity = ? AND entity_id = ? AND at > ? AND source = 'correction' ORDER BY id",
    )
    .all(entity, id, atMs) as { before: string | null; after: string | null }[];
  for (const correction of corrections) {
    if (!correction.after) continue;
    const after = JSON.parse(correction.after) as Record<string, unknown>;
    for (const field of CORRECTABLE[entity]) if (field in after) state[field] = after[field];
  }
  return state;
}

/**
 * The facts a correction may fix in the past: what the person is (name, origin, village, certificate…), never
 * what happened when (status, employment, cancellation, recognition), which have dates of their own.
 */
const CORRECTABLE: Record<Entity, readonly string[]> = {
  person: [
    'name',
    'ethnicity',
    'education',
    'hukouType',
    'villageCode',
    'address',
    'phone',
    'registeredOn',
    'unemploymentReason',
    'jobWish',
    'trainingWish',
    'skills',
    'employmentCardNo',
    'lowIncome',
    'landLost',
    'povertyMonitored',
    'releasedOrRehab',
    'disabilityCert',
    'disabilityCategory',
    'disabilityGrade',
    'placementWish',
    'notes',
    'nameInitials',
    'namePinyin',
  ],
  household: ['address', 'villageCode', 'notes'],
  member: ['relation', 'labourCapacity'],
  assistance: ['content', 'employer', 'position', 'amountFen', 'type', 'result', 'notes'],
};

function tableName(entity: Entity): string {
  return { person: 'persons', household: 'households', member: 'household_members', assistance: 'assistance_actions' }[
    entity
  ];
}
