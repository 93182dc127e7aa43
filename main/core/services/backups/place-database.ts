import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { AppError } from '@shared/contract';
import { auditKeyFileOf, checkDatabaseFile, readAuditKey } from './database-file';
import { fsyncDir, fsyncFile, tempNameBeside, writeFileDurably } from './durable-files';

export type AuditKeyOutcome = 'restored' | 'kept' | 'missing';

/**
 * Puts a verified backup where the database lives. Every connection to `dbPath` must be closed. The copy is staged
 * beside the target, synced and checked again (a USB stick can return bad bytes), then renamed over the old file.
 */
export function placeDatabaseFile(source: string, dbPath: string, appSchemaVersion: number): void {
  const staged = tempNameBeside(dbPath);
  try {
    fs.copyFileSync(source, staged);
    fsyncFile(staged);
    const check = checkDatabaseFile(staged, appSchemaVersion);
    if (!check.verified) throw new AppError('INVALID_INPUT', `复制后的备份未通过校验，未做改动：${check.problem}`);
    // a -wal left from the old file would be replayed onto the restored one and corrupt it: remove it first
    for (const suffix of ['-wal', '-shm', '-journal']) fs.rmSync(dbPath + suffix, { force: true });
    fs.renameSync(staged, dbPath);
    fsyncDir(path.dirname(dbPath));
  } finally {
    fs.rmSync(staged, { force: true });
  }
}

/**
 * Brings the backup's audit key along (see backup.ts). A different key already in place is kept as
 * `.audit-key.replaced-<stamp>`, so nothing that could verify an older log is ever thrown away.
 */
export function installAuditKey(source: string, dbPath: string, stamp: string): AuditKeyOutcome {
  const incoming = readAuditKey(source);
  const keyFile = auditKeyFileOf(dbPath);
  if (!incoming) {
    ensureAuditKey(dbPath);
    return 'missing';
  }
  const current = readAuditKey(dbPath);
  if (current?.equals(incoming)) return 'kept';
  if (fs.existsSync(keyFile)) fs.copyFileSync(keyFile, `${keyFile}.replaced-${stamp}`);
  writeFileDurably(keyFile, incoming.toString('hex'));
  return 'restored';
}

/** Same rule as open-core's loadAuditKey: a database always has a key beside it. */
export function ensureAuditKey(dbPath: string): Buffer {
  const existing = readAuditKey(dbPath);
  if (existing) return existing;
  const key = randomBytes(32);
  writeFileDurably(auditKeyFileOf(dbPath), key.toString('hex'));
  return key;
}

/** The damaged file (and its -wal, which may hold the last commits a technician can salvage) is never deleted. */
export function moveAside(dbPath: string, stamp: string): string | null {
  if (!fs.existsSync(dbPath)) return null;
  const aside = `${dbPath}.damaged-${stamp}`;
  fs.renameSync(dbPath, aside);
  if (fs.existsSync(`${dbPath}-wal`)) fs.renameSync(`${dbPath}-wal`, `${aside}-wal`);
  fs.rmSync(`${dbPath}-shm`, { force: true });
  fsyncDir(path.dirname(dbPath));
  return aside;
}

/** YYYYMMDD-HHmmss for file names, China time, plus a few random characters so two restores never collide. */
export function fileStamp(at: number): string {
  const local = new Date(at + 8 * 3_600_000).toISOString();
  return `${local.slice(0, 10).replace(/-/g, '')}-${local.slice(11, 19).replace(/:/g, '')}-${randomBytes(2).toString('hex')}`;
}
