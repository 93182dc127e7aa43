import fs from 'node:fs';
import type Database from 'better-sqlite3';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { AppError } from '@shared/contract';

export type Migration = { tag: string; hash: string; statements: string[] };

/** The committed migrations, in order (drizzle-kit's journal decides the order and the tags). */
export function loadMigrations(migrationsDir: string): Migration[] {
  const files = readMigrationFiles({ migrationsFolder: migrationsDir });
  const journal = readJournalTags(migrationsDir);
  return files.map((file, index) => ({
    tag: journal[index] ?? `migration_${index}`,
    hash: file.hash,
    statements: file.sql.map((statement) => statement.trim()).filter((statement) => statement !== ''),
  }));
}

function readJournalTags(migrationsDir: string): string[] {
  // readMigrationFiles already validated the journal; it just does not hand back the tags.
  const journal = JSON.parse(fs.readFileSync(`${migrationsDir}/meta/_journal.json`, 'utf8')) as {
    entries: { tag: string }[];
  };
  return journal.entries.map((entry) => entry.tag);
}

/**
 * The schema version is PRAGMA user_version = the number of migrations applied; `schema_migrations` keeps each
 * one's hash so an edited old migration is caught (migrations are append-only).
 *
 * All pending migrations run in one transaction with foreign keys off (drizzle rebuilds a table to alter it, and
 * with foreign keys on, dropping the old table would silently delete cascaded rows — drizzle-orm issue 5782), then
 * `foreign_key_check` must come back empty before the commit.
 */
export function migrate(sqlite: Database.Database, migrations: readonly Migration[]): { from: number; to: number } {
  const current = sqlite.pragma('user_version', { simple: true }) as number;
  if (current > migrations.length) {
    throw new AppError(
      'DB_TOO_NEW',
      `此数据库由更新版本的程序创建（数据结构版本 ${current}，本程序支持到 ${migrations.length}），请安装新版程序后再打开，切勿用旧版修改。`,
    );
  }
  sqlite.exec(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, tag TEXT NOT NULL, hash TEXT NOT NULL, applied_at INTEGER NOT NULL)',
  );
  verifyAppliedHashes(sqlite, migrations, current);
  if (current === migrations.length) return { from: current, to: current };

  sqlite.pragma('foreign_keys = OFF');
  try {
    const run = sqlite.transaction(() => {
      const record = sqlite.prepare(
        'INSERT INTO schema_migrations (version, tag, hash, applied_at) VALUES (?, ?, ?, ?)',
      );
      for (let version = current + 1; version <= migrations.length; version++) {
        const migration = migrations[version - 1]!;
        for (const statement of migration.statements) sqlite.exec(statement);
        record.run(version, migration.tag, migration.hash, Date.now());
      }
      const broken = sqlite.pragma('foreign_key_check') as unknown[];
      if (broken.length > 0) {
        throw new AppError('DB_DAMAGED', `数据库升级后发现 ${broken.length} 处关联错误，已撤销升级，原数据未改动。`);
      }
      sqlite.pragma(`user_version = ${migrations.length}`);
    });
    run.immediate();
  } finally {
    sqlite.pragma('foreign_keys = ON');
  }
  return { from: current, to: migrations.length };
}

function verifyAppliedHashes(sqlite: Database.Database, migrations: readonly Migration[], current: number): void {
  const rows = sqlite.prepare('SELECT version, hash FROM schema_migrations ORDER BY version').all() as {
    version: number;
    hash: string;
  }[];
  for (const row of rows) {
    if (row.version > current) continue;
    const expected = migrations[row.version - 1];
    if (expected && expected.hash !== row.hash) {
      throw new AppError(
        'DB_DAMAGED',
        `数据库的第 ${row.version} 号结构升级与本程序不一致（${expected.tag}），请联系技术人员。`,
      );
    }
  }
}
