import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { loadMigrations, migrate } from '@core/db/migrate';
import { MIGRATIONS_DIR } from '../helpers/core';

// The committed picture of the schema. A migration may add to it, never remove or change what is there: old
// databases in the townships and old packages depend on it. After adding a migration, record the additions with
//   UPDATE_SCHEMA_SNAPSHOT=1 npx vitest run tests/db/schema-snapshot.test.ts
// (refused while anything existing was removed or changed).
const SNAPSHOT_FILE = path.join(import.meta.dirname, 'schema-snapshot.json');

type Column = { name: string; type: string; notnull: number; dflt_value: string | null; pk: number };
type Snapshot = {
  migrations: { version: number; tag: string; hash: string }[];
  tables: Record<string, { columns: Column[]; indexes: Record<string, string>; sql: string }>;
  triggers: Record<string, string>;
};

function currentSnapshot(): Snapshot {
  const migrations = loadMigrations(MIGRATIONS_DIR);
  const sqlite = new Database(':memory:');
  migrate(sqlite, migrations);
  const objects = sqlite
    .prepare("select type, name, tbl_name, sql from sqlite_master where name not like 'sqlite_%' order by name")
    .all() as { type: string; name: string; tbl_name: string; sql: string | null }[];
  const tables: Snapshot['tables'] = {};
  for (const table of objects.filter((o) => o.type === 'table')) {
    const columns = sqlite.pragma(`table_info(${table.name})`) as Column[];
    tables[table.name] = { columns, indexes: {}, sql: table.sql ?? '' };
  }
  for (const index of objects.filter((o) => o.type === 'index' && o.sql)) {
    tables[index.tbl_name]!.indexes[index.name] = index.sql!;
  }
  const triggers = Object.fromEntries(objects.filter((o) => o.type === 'trigger').map((o) => [o.name, o.sql ?? '']));
  return {
    migrations: migrations.map((m, i) => ({ version: i + 1, tag: m.tag, hash: m.hash })),
    tables,
    triggers,
  };
}

/** What the committed snapshot has that the current schema lost or changed. */
function removalsAndChanges(committed: Snapshot, current: Snapshot): string[] {
  const problems: string[] = [];
  committed.migrations.forEach((m) => {
    const now = current.migrations[m.version - 1];
    if (!now) problems.push(`migration ${m.version} ${m.tag} was removed`);
    else if (now.hash !== m.hash || now.tag !== m.tag) problems.push(`migration ${m.version} ${m.tag} was edited`);
  });
  for (const [name, table] of Object.entries(committed.tables)) {
    const now = current.tables[name];
    if (!now) {
      problems.push(`table ${name} was removed`);
      continue;
    }
    for (const column of table.columns) {
      const same = now.columns.find((c) => c.name === column.name);
      if (!same) problems.push(`column ${name}.${column.name} was removed`);
      else if (JSON.stringify({ ...same, cid: 0 }) !== JSON.stringify({ ...column, cid: 0 })) {
        problems.push(`column ${name}.${column.name} was changed`);
      }
    }
    for (const [index, sql] of Object.entries(table.indexes)) {
      if (now.indexes[index] !== sql) problems.push(`index ${index} was removed or changed`);
    }
  }
  for (const [trigger, sql] of Object.entries(committed.triggers)) {
    if (current.triggers[trigger] !== sql) problems.push(`trigger ${trigger} was removed or changed`);
  }
  return problems;
}

describe('schema snapshot', () => {
  const current = currentSnapshot();
  const committed = fs.existsSync(SNAPSHOT_FILE)
    ? (JSON.parse(fs.readFileSync(SNAPSHOT_FILE, 'utf8')) as Snapshot)
    : null;

  it('keeps everything the committed snapshot has (migrations only add)', () => {
    expect(committed, 'tests/db/schema-snapshot.json is missing').not.toBeNull();
    expect(removalsAndChanges(committed!, current)).toEqual([]);
  });

  it('has every addition recorded in the snapshot', () => {
    if (
      process.env.UPDATE_SCHEMA_SNAPSHOT === '1' &&
      (!committed || removalsAndChanges(committed, current).length === 0)
    ) {
      fs.writeFileSync(SNAPSHOT_FILE, `${JSON.stringify(current, null, 2)}\n`);
    }
    const recorded = JSON.parse(fs.readFileSync(SNAPSHOT_FILE, 'utf8')) as Snapshot;
    expect(recorded).toEqual(current);
  });

  it('detects a removed column and an edited migration', () => {
    const broken = structuredClone(current);
    broken.tables.persons!.columns = broken.tables.persons!.columns.filter((c) => c.name !== 'phone');
    broken.migrations[0]!.hash = 'different';
    expect(removalsAndChanges(current, broken)).toEqual([
      'migration 1 0000_initial was edited',
      'column persons.phone was removed',
    ]);
  });
});
