// Bulk writing for the demo: one prepared INSERT per table, run inside the caller's single transaction, and the
// change history written as the services write it (recordChange), so history-based features see demo records as
// if clerks had entered them day by day. Drizzle's query builder costs ~20 µs a row; a hundred thousand persons
// and their history need the prepared statement.

import { getTableColumns, getTableName } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import { changeLog } from '../../db/schema';
import type { Actor, Store } from '../../context';
import type { Entity } from '../change-log';

type ColumnInfo = { key: string; name: string; toDriver: (value: unknown) => unknown };

function columnsOf(table: SQLiteTable): ColumnInfo[] {
  return Object.entries(getTableColumns(table)).map(([key, column]) => {
    // every drizzle column maps its value for the driver (booleans to 0/1 for `mode: 'boolean'`)
    const mapper = column as unknown as { name: string; mapToDriverValue(value: unknown): unknown };
    return { key, name: mapper.name, toDriver: (value) => mapper.mapToDriverValue(value) };
  });
}

/**
 * An inserter for one table that returns the new row's id. `generated` columns (the AUTOINCREMENT id) are left to
 * SQLite. Values pass through drizzle's own column mapping, so a row reads back exactly as the services wrote it.
 */
export function rowInserter<T extends SQLiteTable>(
  store: Store,
  table: T,
  generated: readonly string[] = ['id'],
): (row: T['$inferInsert']) => number {
  const columns = columnsOf(table).filter((column) => !generated.includes(column.key));
  const statement = store.sqlite.prepare(
    `INSERT INTO "${getTableName(table)}" (${columns.map((c) => `"${c.name}"`).join(', ')})
     VALUES (${columns.map(() => '?').join(', ')})`,
  );
  return (row) => {
    const record = row as Record<string, unknown>;
    const values = columns.map((column) => {
      const value = record[column.key];
      return value === null || value === undefined ? null : column.toDriver(value);
    });
    return Number(statement.run(values).lastInsertRowid);
  };
}

/**
 * A row as drizzle's `.returning()` hands it to recordChange: camelCase keys in the schema's column order, booleans
 * as booleans, missing values as null. JSON.stringify of this is what `change_log.before/after` holds.
 */
export function rowSnapshot(table: SQLiteTable, row: Record<string, unknown>): Record<string, unknown> {
  const snapshot: Record<string, unknown> = {};
  for (const key of Object.keys(getTableColumns(table))) snapshot[key] = row[key] ?? null;
  return snapshot;
}

/** One state of a record and the moment it was saved. */
export type RecordVersion = { row: Record<string, unknown>; at: number };

/**
 * Writes the history of one record: a 'create' entry for its first version and an 'update' entry (before and
 * after) for each later one, in the shape recordChange gives them. Returns the number of entries.
 */
export function historyWriter(store: Store, actor: Actor) {
  const insert = rowInserter(store, changeLog);
  return (entity: Entity, table: SQLiteTable, entityId: number, versions: readonly RecordVersion[]): number => {
    let before: string | null = null;
    versions.forEach((version, index) => {
      const after = JSON.stringify(rowSnapshot(table, { ...version.row, id: entityId }));
      insert({
        entity,
        entityId,
        version: index + 1,
        op: index === 0 ? 'create' : 'update',
        at: version.at,
        userId: actor.userId,
        userName: actor.userName,
        source: actor.source,
        before,
        after,
      });
      before = after;
    });
    return versions.length;
  };
}
