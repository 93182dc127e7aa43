// Inserting tens of thousands of persons in one import: drizzle prepares a new statement for every insert, which for
// the 50-column persons table costs more than reading the row from the file. This prepares the INSERT once per
// column set and maps the returned row exactly as drizzle does (its own column mappers), so the history entry holds
// the same row a drizzle insert would have returned.
import type { Statement } from 'better-sqlite3';
import { getTableColumns } from 'drizzle-orm';
import { persons } from '../../db/schema';
import type { Store } from '../../context';
import type { PersonRecord } from '../persons/write';

type PersonInsert = typeof persons.$inferInsert;

export function personInserter(store: Store): (record: PersonInsert) => PersonRecord {
  const columns = getTableColumns(persons);
  const entries = Object.entries(columns);
  const statements = new Map<string, { keys: (keyof PersonInsert)[]; statement: Statement }>();
  return (record) => {
    const keys = (Object.keys(record) as (keyof PersonInsert)[]).filter((key) => record[key] !== undefined);
    const signature = keys.join(',');
    let prepared = statements.get(signature);
    if (!prepared) {
      const names = keys.map((key) => `"${columns[key].name}"`).join(', ');
      const statement = store.sqlite.prepare(
        `INSERT INTO persons (${names}) VALUES (${keys.map(() => '?').join(', ')}) RETURNING *`,
      );
      prepared = { keys, statement };
      statements.set(signature, prepared);
    }
    const params = prepared.keys.map((key) => {
      const value = record[key];
      return value === null || value === undefined ? null : columns[key].mapToDriverValue(value);
    });
    const raw = prepared.statement.get(...params) as Record<string, unknown>;
    const row: Record<string, unknown> = {};
    for (const [key, column] of entries) {
      const value = raw[column.name];
      row[key] = value === null || value === undefined ? null : column.mapFromDriverValue(value);
    }
    return row as PersonRecord;
  };
}
