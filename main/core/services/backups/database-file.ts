import fs from 'node:fs';
import Database from 'better-sqlite3';

/** SQLite's own magic: the first 16 bytes of every database file. */
const MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

export type FileProblem = { kind: 'empty' | 'truncated' | 'not-sqlite'; message: string };

/**
 * Damage that quick_check cannot see. A zero-byte file is a valid empty database to SQLite, and opening it would
 * quietly turn the station's registers into a fresh setup wizard; a file shorter than its header says has lost its
 * tail. Only checked without a -wal file: during a checkpoint the header may run ahead of the pages, and the WAL
 * still holds them.
 */
export function databaseFileProblem(file: string): FileProblem | null {
  if (!fs.existsSync(file) || walHasContent(file)) return null;
  const size = fs.statSync(file).size;
  if (size === 0) return { kind: 'empty', message: '数据库文件为空（0 字节）' };
  const header = Buffer.alloc(100);
  const fd = fs.openSync(file, 'r');
  try {
    fs.readSync(fd, header, 0, 100, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (size < 100 || !header.subarray(0, 16).equals(MAGIC)) {
    return { kind: 'not-sqlite', message: '数据库文件头已损坏，不是有效的数据库文件' };
  }
  const rawPageSize = header.readUInt16BE(16);
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  const pages = header.readUInt32BE(28);
  // the page count in the header is valid only when its change counter matches (SQLite ≥ 3.7.0 keeps them equal)
  const countValid = header.readUInt32BE(24) === header.readUInt32BE(92);
  if (pageSize < 512 || size % pageSize !== 0 || (countValid && pages > 0 && pages * pageSize > size)) {
    return {
      kind: 'truncated',
      message: `数据库文件不完整（${size} 字节，文件头记载 ${pages} 页 × ${pageSize} 字节）`,
    };
  }
  return null;
}

function walHasContent(file: string): boolean {
  try {
    return fs.statSync(`${file}-wal`).size > 0;
  } catch {
    return false;
  }
}

export type FileCheck = {
  verified: boolean;
  problem: string | null;
  schemaVersion: number | null;
  township: string | null;
  persons: number | null;
};

/**
 * Reads a database file read-only and checks every page (integrity_check), the schema version against this program,
 * and that it is a station's database at all. Never writes, so it is safe on a damaged file or a USB stick.
 */
export function checkDatabaseFile(file: string, appSchemaVersion: number): FileCheck {
  const result: FileCheck = { verified: false, problem: null, schemaVersion: null, township: null, persons: null };
  const early = databaseFileProblem(file);
  if (early) return { ...result, problem: early.message };
  let sqlite: Database.Database | undefined;
  try {
    sqlite = new Database(file, { readonly: true, fileMustExist: true });
    const rows = sqlite.pragma('integrity_check') as { integrity_check: string }[];
    const findings = rows.map((row) => row.integrity_check);
    if (findings.join() !== 'ok') return { ...result, problem: `完整性检查未通过：${findings.slice(0, 3).join('；')}` };
    const version = sqlite.pragma('user_version', { simple: true }) as number;
    result.schemaVersion = version;
    if (version > appSchemaVersion) {
      return { ...result, problem: `该数据库由更新版本的程序创建（版本 ${version}，本程序 ${appSchemaVersion}）` };
    }
    const township = version > 0 ? readTownship(sqlite) : null;
    if (!township) return { ...result, problem: '该文件不是本程序的数据库或备份（没有乡镇信息）' };
    result.township = township;
    result.persons = (
      sqlite.prepare('SELECT count(*) AS n FROM persons WHERE deleted_at IS NULL').get() as { n: number }
    ).n;
    return { ...result, verified: true };
  } catch (error) {
    return { ...result, problem: `无法读取：${(error as Error).message}` };
  } finally {
    sqlite?.close();
  }
}

function readTownship(sqlite: Database.Database): string | null {
  try {
    const row = sqlite.prepare('SELECT name FROM township WHERE id = 1').get() as { name: string } | undefined;
    return row?.name ?? null;
  } catch {
    return null;
  }
}

/** The audit chain's key file of a database or a backup (see open-core.ts). */
export function auditKeyFileOf(dbFile: string): string {
  return `${dbFile}.audit-key`;
}

/** Reads a key without creating one: verifying with a new random key would report every row as forged. */
export function readAuditKey(dbFile: string): Buffer | null {
  try {
    const hex = fs.readFileSync(auditKeyFileOf(dbFile), 'utf8').trim();
    return /^[0-9a-f]{64}$/i.test(hex) ? Buffer.from(hex, 'hex') : null;
  } catch {
    return null;
  }
}
