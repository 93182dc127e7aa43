// Inserting tens of thousands of persons in one import: drizzle builds and prepares a statement for every insert,
// and reading the row back with RETURNING * made each insert several times slower than the insert itself. Here one
// INSERT naming every column but the id is prepared once, and the row the history keeps is built from the values
// written, as drizzle would read it back (its own column mappers: true → 1 → true), with the new rowid as its id.
// A column the record leaves out gets its default, which therefore must be a plain value (not SQL) to be known here.
import { Column, getTableColumns } from 'drizzle-orm';
import { persons } from '../../db/schema';
import type { Store } from '../../context';
import type { PersonRecord } from '../persons/write';

type PersonInsert = typeof persons.$inferInsert;
type Key = keyof PersonInsert;

/** A column's value as SQLite gives it back through drizzle's mappers. */
const asStored = (column: Column, value: unknown): unknown =>
  value === null || value === undefined ? null : column.mapFromDriverValue(column.mapToDriverValue(value));

/** What a column left out of the INSERT holds: its plain default, or null. */
function defaultOf(key: string, column: Column): unknown {
  if (!column.hasDefault) return null;
  const value: unknown = column.default;
  if (!['string', 'number', 'boolean'].includes(typeof value)) {
    throw new Error(`persons.${key} 的默认值不是常量，导入需按列写入默认值`);
  }
  return asStored(column, value);
}

type Mapped = {
  key: Key;
  column: Column;
  toStored: ((value: unknown) => unknown) | null;
  toDriver: ((value: unknown) => unknown) | null;
};

/** The column's mappers, or null where drizzle's are the identity (most columns: text and plain integers). */
function mapped(key: Key, column: Column): Mapped {
  const identityTo = column.mapToDriverValue === Column.prototype.mapToDriverValue;
  const identityFrom = column.mapFromDriverValue === Column.prototype.mapFromDriverValue;
  const toDriver = identityTo ? null : (value: unknown) => column.mapToDriverValue(value);
  const toStored = identityTo && identityFrom ? null : (value: unknown) => asStored(column, value);
  return { key, column, toStored, toDriver };
}

/**
 * Inserts `{ ...values, ...more }` (`more` wins, as in a spread; the two are not merged into a new object because
 * that copy, for every row of a large import, cost more than the rest of this function).
 */
export function personInserter(
  store: Store,
): (values: Partial<PersonInsert>, more: Partial<PersonInsert>) => PersonRecord {
  const columns = (Object.entries(getTableColumns(persons)) as [Key, Column][]).map(([key, column]) =>
    mapped(key, column),
  );
  const written = columns.filter(({ key }) => key !== 'id');
  const defaults = new Map<Key, unknown>(written.map(({ key, column }) => [key, defaultOf(key, column)]));
  const names = written.map(({ column }) => `"${column.name}"`).join(', ');
  const statement = store.sqlite.prepare(
    `INSERT INTO persons (${names}) VALUES (${written.map(() => '?').join(', ')})`,
  );
  return (values, more) => {
    const row: Record<string, unknown> = {};
    const params: unknown[] = [];
    for (const { key, toStored, toDriver } of columns) {
      // the keys in the table's order, as drizzle returns them; the id is known once the row is in
      if (key === 'id') {
        row.id = 0;
        continue;
      }
      const value = key in more ? more[key] : values[key];
      const stored =
        value === undefined ? defaults.get(key) : value === null ? null : toStored ? toStored(value) : value;
      row[key] = stored;
      params.push(stored === null || !toDriver ? stored : toDriver(stored));
    }
    row.id = Number(statement.run(...params).lastInsertRowid);
    return row as PersonRecord;
  };
}
