import path from 'node:path';
import Database from 'better-sqlite3';
import { AppError, type BackupInfo, type ChannelOutput } from '@shared/contract';
import { loadMigrations } from '../../db/migrate';
import { dataBackupDir, describeBackup, listBackupFiles } from './backup-files';
import type { DatabaseLocation } from './database-location';
import { fileStamp, installAuditKey, moveAside, placeDatabaseFile } from './place-database';
import { inspectChosenFile, restoredMessage, type RestoreOutcome } from './restore';

export type RecoveryStatus = ChannelOutput<'recovery:status'>;

/** Backups that could replace the database, newest first, from the data folder, the second folder and `extra`. */
export function findCandidates(
  dbPath: string,
  appSchemaVersion: number,
  folders: readonly (string | null)[],
): BackupInfo[] {
  const seen = new Set<string>();
  const found: BackupInfo[] = [];
  for (const folder of [dataBackupDir(dbPath), ...folders]) {
    if (!folder || seen.has(path.resolve(folder))) continue;
    seen.add(path.resolve(folder));
    for (const entry of listBackupFiles(folder)) found.push(describeBackup(entry.file, appSchemaVersion));
  }
  return found.sort((a, b) => (b.at ?? 0) - (a.at ?? 0));
}

export function candidatesMessage(candidates: readonly BackupInfo[]): string {
  const good = candidates.filter((c) => c.verified);
  const newest = good[0];
  if (!newest) {
    return '没有找到能通过校验的备份。请插入存有备份的U盘并选择其中的文件夹，或联系县局技术人员。';
  }
  const when = newest.at
    ? new Date(newest.at + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ')
    : newest.name;
  return `找到 ${good.length} 份能通过校验的备份，最新一份是 ${when} 的备份（人员 ${newest.persons ?? 0} 人）。`;
}

export type Recovery = {
  readonly problem: string;
  status(extraFolder?: string): RecoveryStatus;
  /** Replaces the damaged file with `file` or the newest backup that verifies; the caller then opens the core. */
  restore(file?: string): RestoreOutcome;
};

/**
 * The recovery side of a damaged database: it never opens the damaged file for writing, lists the backups that
 * verify, and on request moves the damaged file aside (kept, with its -wal) and puts a verified backup in its place.
 */
export function openRecovery(location: DatabaseLocation & { problem: string; now?: () => number }): Recovery {
  const now = location.now ?? Date.now;
  const appVersion = loadMigrations(location.migrationsDir).length;
  const secondFolder = readBackupFolderBestEffort(location.dbPath);

  const status = (extraFolder?: string): RecoveryStatus => {
    const extra = extraFolder ?? null;
    if (extra && !path.isAbsolute(extra)) {
      throw new AppError('INVALID_INPUT', '请选择完整的文件夹路径', { folder: '请选择完整的文件夹路径' });
    }
    const candidates = findCandidates(location.dbPath, appVersion, [secondFolder, extra]);
    return {
      state: 'damaged',
      message: `数据库文件已损坏，程序没有在其上写入任何内容。${candidatesMessage(candidates)}恢复后，损坏的文件会改名保留，不会删除。`,
      dbPath: location.dbPath,
      problem: location.problem,
      candidates,
      newest: candidates.find((c) => c.verified) ?? null,
    };
  };

  const restore = (file?: string): RestoreOutcome => {
    const chosen = file ? inspectChosenFile(file, appVersion) : status().newest;
    if (!chosen) throw new AppError('NOT_FOUND', candidatesMessage([]));
    if (!chosen.verified)
      throw new AppError('INVALID_INPUT', `该备份未通过校验，未做任何改动：${chosen.problem}`, {
        file: chosen.problem ?? '',
      });
    if (path.resolve(chosen.file) === path.resolve(location.dbPath)) {
      throw new AppError('INVALID_INPUT', '请选择一份备份，而不是损坏的数据库本身');
    }
    const stamp = fileStamp(now());
    const keptAs = moveAside(location.dbPath, stamp);
    placeDatabaseFile(chosen.file, location.dbPath, appVersion);
    const auditKey = installAuditKey(chosen.file, location.dbPath, stamp);
    return { restoredFrom: chosen, keptAs, auditKey, message: restoredMessage(chosen, keptAs, auditKey) };
  };

  return { problem: location.problem, status, restore };
}

/** The second backup folder is a setting inside the damaged file: read it if the damage spared that page. */
function readBackupFolderBestEffort(dbPath: string): string | null {
  let sqlite: Database.Database | undefined;
  try {
    sqlite = new Database(dbPath, { readonly: true, fileMustExist: true });
    const row = sqlite.prepare("SELECT value FROM settings WHERE key = 'backupFolder'").get() as
      { value: string } | undefined;
    const value: unknown = row ? JSON.parse(row.value) : null;
    return typeof value === 'string' ? value : null;
  } catch {
    return null;
  } finally {
    sqlite?.close();
  }
}
