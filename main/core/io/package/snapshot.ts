import { getTableColumns, type Table } from 'drizzle-orm';
import { assistanceActions, householdMembers, households, persons } from '../../db/schema';
import type { Store } from '../../context';
import { prepared } from '../../db/statements';
import type { Entity } from '../../services/change-log';

/** A record as it stood at a moment, in drizzle's field names (the shape the change history stores). */
export type Snapshot = Record<string, unknown> & { id: number; deletedAt?: number | null; updatedAt: number };

const TABLES: Record<Entity, Table> = {
  person: persons,
  household: households,
  member: householdMembers,
  assistance: assistanceActions,
};

type Mapping = { select: string; asJson: string; fromHistory: string; booleans: string[] };
const mappings = new Map<string, Mapping>();

/**
 * `SELECT "id_number" AS "idNumber", …` so raw rows come out in the same shape as the history's JSON — for every
 * column, or only for `fields` (the statistics need a handful; reading whole rows is most of their cost).
 */
function mappingFor(entity: Entity, fields?: readonly string[]): Mapping {
  const key = `${entity}:${fields?.join(',') ?? '*'}`;
  let mapping = mappings.get(key);
  if (!mapping) {
    const wanted = fields ? new Set(['id', 'updatedAt', 'deletedAt', ...fields]) : null;
    const columns = Object.entries(getTableColumns(TABLES[entity])).filter(([name]) => !wanted || wanted.has(name));
    mapping = {
      select: columns.map(([name, column]) => `"${column.name}" AS "${name}"`).join(', '),
      asJson: `json_object(${columns.map(([name]) => `'${name}', "${name}"`).join(', ')})`,
      fromHistory: columns.map(([name]) => `json_extract(c.after, '$.${name}') AS "${name}"`).join(', '),
      booleans: columns.filter(([, column]) => column.dataType === 'boolean').map(([name]) => name),
    };
    mappings.set(key, mapping);
  }
  return mapping;
}

/** The records of a kind changed after a moment, and whether they were created then (index-only, see the schema). */
export const CHANGED_AFTER_SQL =
  "SELECT entity_id, max(op = 'create') AS created FROM change_log WHERE entity = ? AND at > ? GROUP BY entity_id";

/** Corrections made after a moment, from their own small index. */
export const CORRECTIONS_AFTER_SQL = `SELECT entity_id, after FROM change_log INDEXED BY change_log_corrections_idx
     WHERE entity = ? AND at > ? AND source = 'correction' ORDER BY id`;

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
export function* statesAt(
  store: Store,
  entity: Entity,
  atMs: number,
  filter?: SnapshotFilter,
  fields?: readonly string[],
): Generator<Snapshot> {
  // records created after the moment did not exist then; records changed after it are rebuilt from the history
  const later = prepared(store.sqlite, CHANGED_AFTER_SQL).all(entity, atMs) as { entity_id: number; created: number }[];
  const skipLive = new Set(later.map((row) => row.entity_id));
  const rebuild = later.filter((row) => row.created === 0).map((row) => row.entity_id);
  const mapping = mappingFor(entity, fields);
  const table = tableName(entity);
  for (const row of liveRows(store, table, mapping, filter)) {
    if (skipLive.has(row.id)) continue;
    for (const key of mapping.booleans) row[key] = row[key] === 1;
    yield row;
  }
  // the rebuilt records in batches: one query per thousand instead of two per record
  const corrections = correctionsAfter(store, entity, atMs);
  const lastBefore = prepared(
    store.sqlite,
    `SELECT ${fields ? mapping.fromHistory : 'c.after'} FROM change_log c
     JOIN (SELECT entity_id, max(id) AS id FROM change_log
           WHERE entity = ? AND at <= ? AND entity_id IN (SELECT value FROM json_each(?)) GROUP BY entity_id) m ON m.id = c.id
     WHERE c.after IS NOT NULL ORDER BY c.entity_id`,
  );
  rebuild.sort((a, b) => a - b);
  for (let start = 0; start < rebuild.length; start += 1000) {
    const ids = JSON.stringify(rebuild.slice(start, start + 1000));
    for (const row of lastBefore.iterate(entity, atMs, ids) as Iterable<Record<string, unknown>>) {
      // json_extract gives JSON true/false as 1/0, like the live table
      const state = fields ? (row as Snapshot) : (JSON.parse(row.after as string) as Snapshot);
      if (fields) for (const key of mapping.booleans) state[key] = state[key] === 1;
      applyCorrections(entity, state, corrections.get(state.id));
      if (!filter || filter.test(state)) yield state;
    }
  }
}

const LIVE_BATCH = 2000;

/**
 * The live rows in id order, a couple of thousand at a time as one JSON array: handing rows to JavaScript one by
 * one costs more than reading them (100,000 persons: about half the time as JSON). The rowid range keeps each batch
 * a seek (NOT INDEXED: a filter's own index would sort every match again for every batch).
 */
function* liveRows(store: Store, table: string, mapping: Mapping, filter?: SnapshotFilter): Generator<Snapshot> {
  const batch = prepared(
    store.sqlite,
    `SELECT json_group_array(${mapping.asJson}) FROM (SELECT ${mapping.select} FROM ${table} NOT INDEXED
     WHERE ${filter ? `(${filter.sql}) AND ` : ''}id > ? ORDER BY id LIMIT ${LIVE_BATCH})`,
  ).pluck();
  for (let after = 0; ;) {
    const rows = JSON.parse(batch.get(...(filter?.params ?? []), after) as string) as Snapshot[];
    yield* rows;
    if (rows.length < LIVE_BATCH) return;
    after = rows[rows.length - 1]!.id;
  }
}

/** Corrections made after the moment, by record: applied to the rebuilt past states. */
function correctionsAfter(store: Store, entity: Entity, atMs: number): Map<number, string[]> {
  const rows = prepared(store.sqlite, CORRECTIONS_AFTER_SQL).all(entity, atMs) as {
    entity_id: number;
    after: string | null;
  }[];
  const byRecord = new Map<number, string[]>();
  for (const row of rows)
    if (row.after) byRecord.set(row.entity_id, [...(byRecord.get(row.entity_id) ?? []), row.after]);
  return byRecord;
}

function applyCorrections(entity: Entity, state: Snapshot, corrections: readonly string[] | undefined): void {
  for (const correction of corrections ?? []) {
    const after = JSON.parse(correction) as Record<string, unknown>;
    for (const field of CORRECTABLE[entity]) if (field in after) state[field] = after[field];
  }
}

/**
 * One record's state at a moment, or null if it did not exist yet. Later edits stay out — except corrections: an
 * edit saved as a correction (更正) fixes an error that was there all along, so the fields it changed are applied to
 * the past state too. Without that, a mistake found by the pre-flight check after the quarter could never be fixed
 * in that quarter's package.
 */
export function stateAt(store: Store, entity: Entity, id: number, atMs: number): Snapshot | null {
  const row = prepared(
    store.sqlite,
    'SELECT after FROM change_log WHERE entity = ? AND entity_id = ? AND at <= ? ORDER BY id DESC LIMIT 1',
  ).get(entity, id, atMs) as { after: string | null } | undefined;
  if (!row?.after) return null;
  const state = JSON.parse(row.after) as Snapshot;
  // corrections are few: the kind's list since the moment, as statesAt reads it
  applyCorrections(entity, state, correctionsAfter(store, entity, atMs).get(id));
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
