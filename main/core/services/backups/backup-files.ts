import fs from 'node:fs';
import path from 'node:path';
import type { BackupInfo, BackupKind } from '@shared/contract';
import { chinaTimestamp } from '@shared/domain/dates';
import { auditKeyFileOf, checkDatabaseFile, type FileCheck } from './database-file';

const NAME = /^labour-station-(\d{8})-(\d{6})(?:-(daily|exit|manual|before-restore))?(?:-(\d+))?\.sqlite$/;
const CHINA_OFFSET_MS = 8 * 3_600_000;
const DAY_MS = 86_400_000;

/** Kinds that rotation may delete; a manual backup or the copy kept before a restore is the clerk's to remove. */
const ROTATED: ReadonlySet<BackupKind> = new Set(['daily', 'exit']);
export const RETENTION = { daily: 7, weekly: 4, monthly: 12 } as const;

export type BackupEntry = { file: string; name: string; at: number; kind: BackupKind | null };

/** Backups live in `backups/` beside the database, in the data folder. */
export function dataBackupDir(dbPath: string): string {
  return path.join(path.dirname(dbPath), 'backups');
}

/** labour-station-YYYYMMDD-HHmmss-kind.sqlite in China time, so the name reads like the clerk's clock. */
export function backupFileName(at: number, kind: BackupKind, seq = 1): string {
  const stamp = chinaTimestamp(at).slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
  return `labour-station-${stamp}-${kind}${seq > 1 ? `-${seq}` : ''}.sqlite`;
}

export function parseBackupName(name: string): Omit<BackupEntry, 'file'> | null {
  const match = NAME.exec(name);
  if (!match) return null;
  const [, date = '', time = '', kind] = match;
  const at =
    Date.UTC(
      +date.slice(0, 4),
      +date.slice(4, 6) - 1,
      +date.slice(6, 8),
      +time.slice(0, 2),
      +time.slice(2, 4),
      +time.slice(4, 6),
    ) - CHINA_OFFSET_MS;
  return { name, at, kind: (kind as BackupKind | undefined) ?? null };
}

/** A name not yet taken in `folder` (two backups in the same second get -2, -3…). */
export function freshBackupPath(folder: string, at: number, kind: BackupKind): string {
  for (let seq = 1; ; seq++) {
    const file = path.join(folder, backupFileName(at, kind, seq));
    if (!fs.existsSync(file)) return file;
  }
}

/** Our backups in a folder, newest first; other files (the clerk's own, half-written temporaries) are left alone. */
export function listBackupFiles(folder: string): BackupEntry[] {
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch {
    return [];
  }
  const entries: BackupEntry[] = [];
  for (const name of names) {
    const parsed = parseBackupName(name);
    if (parsed) entries.push({ ...parsed, file: path.join(folder, name) });
  }
  return entries.sort((a, b) => b.at - a.at || b.name.localeCompare(a.name));
}

// A finished backup is never written again, so a check stays true while its size and time stay the same: listing
// 20 backups does not re-read 20 files each time the screen opens.
const checked = new Map<string, { stamp: string; check: FileCheck }>();

export function describeBackup(file: string, appSchemaVersion: number, known?: FileCheck): BackupInfo {
  const parsed = parseBackupName(path.basename(file));
  let size = 0;
  let check: FileCheck;
  try {
    const stat = fs.statSync(file);
    size = stat.size;
    const stamp = `${stat.size}:${stat.mtimeMs}:${appSchemaVersion}`;
    const cached = checked.get(file);
    check = known ?? (cached?.stamp === stamp ? cached.check : checkDatabaseFile(file, appSchemaVersion));
    checked.set(file, { stamp, check });
  } catch {
    check = { verified: false, problem: '文件不存在或无法读取', schemaVersion: null, township: null, persons: null };
  }
  return {
    file,
    folder: path.dirname(file),
    name: path.basename(file),
    at: parsed?.at ?? null,
    kind: parsed?.kind ?? null,
    sizeBytes: size,
    ...check,
    hasAuditKey: fs.existsSync(auditKeyFileOf(file)),
  };
}

/**
 * Grandfather-father-son: of the automatic backups keep the newest of each of the last 7 days, 4 weeks and 12
 * months (China time); `protect` (the backup just made) is kept whatever its date, so a PC whose clock went back to
 * 2009 does not delete its newest backup. Returns the names to delete.
 */
export function planRotation(entries: readonly Omit<BackupEntry, 'file'>[], protect: ReadonlySet<string>): string[] {
  const automatic = entries.filter((entry) => entry.kind && ROTATED.has(entry.kind)).sort((a, b) => b.at - a.at);
  const keep = new Set(protect);
  const buckets: [(at: number) => number, number][] = [
    [(at) => dayNumber(at), RETENTION.daily],
    [(at) => Math.floor((dayNumber(at) + 3) / 7), RETENTION.weekly], // 1970-01-01 was a Thursday: weeks start Monday
    [(at) => monthNumber(at), RETENTION.monthly],
  ];
  for (const [bucketOf, limit] of buckets) {
    const seen = new Set<number>();
    for (const entry of automatic) {
      const bucket = bucketOf(entry.at);
      if (seen.has(bucket)) continue;
      if (seen.size >= limit) break;
      seen.add(bucket);
      keep.add(entry.name);
    }
  }
  return automatic.filter((entry) => !keep.has(entry.name)).map((entry) => entry.name);
}

function dayNumber(at: number): number {
  return Math.floor((at + CHINA_OFFSET_MS) / DAY_MS);
}

function monthNumber(at: number): number {
  const date = new Date(at + CHINA_OFFSET_MS);
  return date.getUTCFullYear() * 12 + date.getUTCMonth();
}

/** Applies the rotation in one folder; deletes each backup with its key copy. */
export function rotateFolder(folder: string, protect: ReadonlySet<string>): string[] {
  const doomed = planRotation(listBackupFiles(folder), protect);
  for (const name of doomed) {
    const file = path.join(folder, name);
    fs.rmSync(file, { force: true });
    fs.rmSync(auditKeyFileOf(file), { force: true });
    checked.delete(file);
  }
  return doomed;
}
