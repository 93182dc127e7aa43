import fs from 'node:fs';
import Database from 'better-sqlite3';
import { loadMigrations } from '../db/migrate';
import { databaseFileProblem } from './backups/database-file';

export type DatabaseCheck = {
  file: string;
  exists: boolean;
  /** 'ok' or SQLite's own findings */
  integrity: string[];
  schemaVersion: number | null;
  appSchemaVersion: number;
  foreignKeyProblems: number;
  township: { code: string; name: string } | null;
  counts: Record<string, number>;
  healthy: boolean;
  problems: string[];
};

const COUNTED = ['persons', 'households', 'household_members', 'assistance_actions', 'users', 'audit_log'] as const;

/**
 * A full, read-only check of a database file: integrity_check (every page), the schema version against this program,
 * and foreign keys. Never writes, so it is safe on a damaged file and while the app is running.
 */
export function checkDatabase(file: string, migrationsDir: string): DatabaseCheck {
  const appSchemaVersion = loadMigrations(migrationsDir).length;
  const result: DatabaseCheck = {
    file,
    exists: fs.existsSync(file),
    integrity: [],
    schemaVersion: null,
    appSchemaVersion,
    foreignKeyProblems: 0,
    township: null,
    counts: {},
    healthy: false,
    problems: [],
  };
  if (!result.exists) {
    result.problems.push(`数据库文件不存在：${file}`);
    return result;
  }
  const fileProblem = databaseFileProblem(file);
  if (fileProblem) {
    result.problems.push(fileProblem.message);
    return result;
  }
  let sqlite: Database.Database | undefined;
  try {
    sqlite = new Database(file, { readonly: true, fileMustExist: true });
    const rows = sqlite.pragma('integrity_check') as { integrity_check: string }[];
    result.integrity = rows.map((row) => row.integrity_check);
    if (result.integrity.join() !== 'ok')
      result.problems.push(`完整性检查未通过：${result.integrity.slice(0, 5).join('；')}`);
    result.schemaVersion = sqlite.pragma('user_version', { simple: true }) as number;
    if (result.schemaVersion > appSchemaVersion) {
      result.problems.push(`数据库版本（${result.schemaVersion}）比本程序（${appSchemaVersion}）新，请升级程序`);
    }
    result.foreignKeyProblems = (sqlite.pragma('foreign_key_check') as unknown[]).length;
    if (result.foreignKeyProblems > 0) result.problems.push(`发现 ${result.foreignKeyProblems} 处关联错误`);
    if (result.schemaVersion > 0) {
      const township = sqlite.prepare('SELECT code, name FROM township WHERE id = 1').get() as
        { code: string; name: string } | undefined;
      result.township = township ?? null;
      for (const table of COUNTED) {
        result.counts[table] = (sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
      }
    }
  } catch (error) {
    result.problems.push(`无法读取数据库：${(error as Error).message}`);
  } finally {
    sqlite?.close();
  }
  result.healthy = result.problems.length === 0;
  return result;
}
