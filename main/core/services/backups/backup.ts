import fs from 'node:fs';
import path from 'node:path';
import { AppError, type BackupInfo, type BackupKind } from '@shared/contract';
import { todayInChina } from '@shared/domain/dates';
import { SYSTEM_ACTOR, type Actor, type Store } from '../../context';
import { appendAuditAlone } from '../audit-append';
import { getSetting } from '../settings';
import { getTownship } from '../township';
import { dataBackupDir, describeBackup, freshBackupPath, listBackupFiles, rotateFolder } from './backup-files';
import { auditKeyFileOf, checkDatabaseFile } from './database-file';
import { folderProblem, fsyncDir, fsyncFile, tempNameBeside, writeFileDurably } from './durable-files';

export type BackupReport = { created: BackupInfo[]; problems: string[]; removed: string[] };

/** The database file behind a store; an in-memory test database has none. */
export function databasePathOf(store: Store): string {
  const name = store.sqlite.name;
  if (!name || name === ':memory:') throw new AppError('INVALID_INPUT', '内存中的数据库没有文件，不能备份或恢复');
  return name;
}

/**
 * One backup file, made so that a power cut at any moment leaves either no file or a good one:
 * `VACUUM INTO` a temporary file beside the target (a consistent snapshot that includes the commits still in the
 * -wal file, which copying the live file would miss), fsync it and its folder, integrity_check it, then rename.
 *
 * The audit key travels as `<backup>.audit-key`. It is kept out of the database so that editing the file with a
 * SQLite tool cannot re-forge the chain; but a restore onto a new PC after the old one died must still verify six
 * months of log, so each backup carries the key beside it. Whoever holds a backup holds the registers in clear
 * anyway: a USB stick with backups is kept like the paper binders.
 */
export function writeBackup(store: Store, finalPath: string): BackupInfo {
  return finishBackup(store, finalPath, (temp) => store.sqlite.prepare('VACUUM INTO ?').run(temp));
}

function finishBackup(store: Store, finalPath: string, produce: (temp: string) => unknown): BackupInfo {
  const folder = path.dirname(finalPath);
  const temp = tempNameBeside(finalPath);
  try {
    produce(temp);
    fsyncFile(temp);
    fsyncDir(folder);
    const check = checkDatabaseFile(temp, store.schemaVersion);
    if (!check.verified) throw new AppError('INTERNAL', `备份文件写好后校验未通过，已作废：${check.problem}`);
    writeFileDurably(auditKeyFileOf(finalPath), store.auditKey.toString('hex'));
    if (fs.existsSync(finalPath)) throw new AppError('CONFLICT', `备份文件已存在，未覆盖：${finalPath}`);
    fs.renameSync(temp, finalPath);
    fsyncDir(folder);
    return describeBackup(finalPath, store.schemaVersion, check);
  } finally {
    fs.rmSync(temp, { force: true });
  }
}

export type BackupRequest = {
  kind: BackupKind;
  /** 备份到U盘: only into this folder. Without it: the data folder, then the second folder of the settings. */
  folder?: string;
  /** `cli backup --out FILE`: exactly this file, which must not exist yet. */
  file?: string;
};

export function createBackup(store: Store, actor: Actor, request: BackupRequest): BackupReport {
  const dbPath = databasePathOf(store);
  if (!getTownship(store)) throw new AppError('INVALID_INPUT', '本机尚未完成首次设置，没有可备份的数据');
  const at = store.now();
  const report: BackupReport = { created: [], problems: [], removed: [] };
  if (request.file !== undefined) {
    const target = path.resolve(request.file);
    const problem = fs.existsSync(target) ? `文件已存在，不会覆盖：${target}` : folderProblem(path.dirname(target));
    if (problem) throw new AppError('INVALID_INPUT', problem, { file: problem });
    report.created.push(writeBackup(store, target));
  } else if (request.folder !== undefined) {
    const problem = folderProblem(request.folder);
    if (problem) throw new AppError('INVALID_INPUT', problem, { folder: problem });
    report.created.push(writeBackup(store, freshBackupPath(request.folder, at, request.kind)));
  } else {
    const dataDir = dataBackupDir(dbPath);
    fs.mkdirSync(dataDir, { recursive: true });
    const primary = writeBackup(store, freshBackupPath(dataDir, at, request.kind));
    report.created.push(primary);
    const second = request.kind === 'before-restore' ? null : getSetting(store, 'backupFolder');
    if (second && path.resolve(second) !== path.resolve(dataDir)) copyToSecondFolder(store, primary, second, report);
  }
  if (request.kind === 'daily' || request.kind === 'exit') {
    for (const backup of report.created) report.removed.push(...rotateFolder(backup.folder, new Set([backup.name])));
  }
  // the copy kept before a restore is recorded by the restore's own entries
  if (request.kind !== 'before-restore') {
    appendAuditAlone(store, actor, {
      action: 'backups.create',
      target: 'backup',
      targetId: report.created[0]?.name,
      detail: {
        kind: request.kind,
        files: report.created.map((b) => b.file),
        problems: report.problems,
        removed: report.removed,
      },
    });
  }
  return report;
}

/** A USB stick that is not plugged in must not cost the backup in the data folder: it becomes a warning. */
function copyToSecondFolder(store: Store, primary: BackupInfo, folder: string, report: BackupReport): void {
  const problem = folderProblem(folder);
  if (problem) {
    report.problems.push(`第二备份位置未备份：${problem}`);
    return;
  }
  try {
    const target = freshBackupPath(folder, primary.at ?? store.now(), primary.kind ?? 'manual');
    report.created.push(finishBackup(store, target, (temp) => fs.copyFileSync(primary.file, temp)));
  } catch (error) {
    report.problems.push(`第二备份位置写入失败：${(error as Error).message}`);
  }
}

/** The Electron main calls this on start and then every hour: a PC switched off at the wall never exits cleanly. */
export function dailyBackupIfDue(store: Store): BackupReport | null {
  if (!backupWorthwhile(store)) return null;
  const today = todayInChina(store.now());
  const done = listBackupFiles(dataBackupDir(databasePathOf(store))).some(
    (entry) => (entry.kind === 'daily' || entry.kind === 'exit') && todayInChina(entry.at) === today,
  );
  return done ? null : automatic(store, 'daily');
}

/** The Electron main calls this before closing the database. Synchronous, so it fits in 'will-quit'. */
export function backupOnExit(store: Store): BackupReport | null {
  return backupWorthwhile(store) ? automatic(store, 'exit') : null;
}

// A database that was never set up holds nothing to keep, and backing it up would push good backups out of rotation.
function backupWorthwhile(store: Store): boolean {
  const name = store.sqlite.name;
  return Boolean(name) && name !== ':memory:' && getTownship(store) !== null;
}

function automatic(store: Store, kind: 'daily' | 'exit'): BackupReport {
  try {
    return createBackup(store, SYSTEM_ACTOR, { kind });
  } catch (error) {
    // the caller is shutting down or starting: it logs and tells the clerk, it must not crash on a full disk
    return { created: [], problems: [`自动备份失败：${(error as Error).message}`], removed: [] };
  }
}
