import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { AppError } from '@shared/contract';
import { loadMigrations, migrate } from './migrate';
import * as schema from './schema';
import { databaseFileProblem } from '../services/backups/database-file';

export type Db = BetterSQLite3Database<typeof schema>;
export type OpenedDatabase = { sqlite: Database.Database; db: Db; schemaVersion: number; created: boolean };
export type OpenOptions = { migrationsDir: string; nativeBinding?: string; readonly?: boolean };

const DAMAGED =
  '数据库文件已损坏，程序不会在其上继续写入。请在“设置—备份与恢复”中选择一份能通过校验的备份恢复，或联系县局技术人员。';

/**
 * Opens (creating when missing) and migrates the station's database.
 *
 * A damaged file is never opened for writing: it is first opened read-only and `quick_check`ed. Then every
 * connection gets WAL (readers never block the writer), synchronous=FULL (better-sqlite3 otherwise leaves WAL
 * databases at NORMAL, which can lose the last commits when the PC is switched off at the wall), foreign keys on,
 * and a busy timeout so a second process waits instead of failing.
 */
export function openDatabase(file: string, options: OpenOptions): OpenedDatabase {
  const exists = file !== ':memory:' && fs.existsSync(file);
  if (exists) assertHealthy(file, options.nativeBinding);
  if (!exists && file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });

  const sqlite = new Database(file, {
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    readonly: options.readonly ?? false,
  });
  try {
    if (!options.readonly) {
      sqlite.pragma('journal_mode = WAL');
      sqlite.pragma('synchronous = FULL');
    }
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    const migrations = loadMigrations(options.migrationsDir);
    const version = options.readonly
      ? (sqlite.pragma('user_version', { simple: true }) as number)
      : migrate(sqlite, migrations).to;
    if (options.readonly && version > migrations.length) migrate(sqlite, migrations); // throws DB_TOO_NEW
    return { sqlite, db: drizzle(sqlite, { schema }), schemaVersion: version, created: !exists };
  } catch (error) {
    sqlite.close();
    throw error;
  }
}

/** Read-only integrity probe; throws DB_DAMAGED with a Chinese message. */
export function assertHealthy(file: string, nativeBinding?: string): void {
  // SQLite happily opens an empty or headerless file as a new database; for a station that existed (its audit key is
  // beside the file) that would show the setup wizard over lost data
  const fileProblem = databaseFileProblem(file);
  if (fileProblem && (fileProblem.kind !== 'empty' || fs.existsSync(`${file}.audit-key`))) {
    throw new AppError('DB_DAMAGED', `${DAMAGED}（${fileProblem.message}）`);
  }
  let probe: Database.Database | undefined;
  try {
    probe = new Database(file, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
    const result = probe.pragma('quick_check', { simple: true });
    if (result !== 'ok') throw new AppError('DB_DAMAGED', DAMAGED);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('DB_DAMAGED', `${DAMAGED}（${(error as Error).message}）`);
  } finally {
    probe?.close();
  }
}

export function schemaVersionOf(sqlite: Database.Database): number {
  return sqlite.pragma('user_version', { simple: true }) as number;
}
