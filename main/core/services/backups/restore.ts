import fs from 'node:fs';
import path from 'node:path';
import { AppError, type BackupInfo, type ChannelOutput } from '@shared/contract';
import type { Actor, Store } from '../../context';
import { loadMigrations } from '../../db/migrate';
import { openDatabase } from '../../db/open';
import { appendAuditAlone } from '../audit-append';
import { createBackup } from './backup';
import { describeBackup } from './backup-files';
import { checkDatabaseFile } from './database-file';
import { locationOf, type DatabaseLocation } from './database-location';
import { ensureAuditKey, fileStamp, installAuditKey, placeDatabaseFile } from './place-database';

export type RestoreOutcome = ChannelOutput<'backups:restore'>;

/** A chosen file, checked now (not from the cache: it may have changed since the list was shown). */
export function inspectChosenFile(file: string, appSchemaVersion: number): BackupInfo {
  if (!path.isAbsolute(file))
    throw new AppError('INVALID_INPUT', '请选择备份文件的完整路径', { file: '请选择备份文件' });
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) {
    throw new AppError('NOT_FOUND', `找不到备份文件：${file}`, { file: '找不到该文件' });
  }
  return describeBackup(file, appSchemaVersion, checkDatabaseFile(file, appSchemaVersion));
}

/**
 * Restores a backup under a running core: verify it first, keep the current database as a backup, close, replace
 * the file (and drop its stale -wal/-shm), reopen with the migrations. The Store object stays the same, so every
 * transport keeps working; only its connection changes. If reopening fails, the kept copy goes back in place.
 */
export function restoreBackup(
  store: Store,
  actor: Actor,
  file: string,
  options: { keepCurrent: boolean },
): RestoreOutcome {
  const location = locationOf(store);
  const source = path.resolve(file);
  if (source === path.resolve(location.dbPath)) {
    throw new AppError('INVALID_INPUT', '不能用正在使用的数据库文件恢复它自己', { file: '请选择一份备份' });
  }
  // all checks before anything changes: a refused restore leaves no trace
  const appVersion = loadMigrations(location.migrationsDir).length;
  if (appVersion !== store.schemaVersion) {
    throw new AppError('INTERNAL', '找不到与本程序一致的数据结构升级文件，未做任何改动，请联系技术人员。');
  }
  const info = inspectChosenFile(source, appVersion);
  if (!info.verified)
    throw new AppError('INVALID_INPUT', `该备份未通过校验，未做任何改动：${info.problem}`, {
      file: info.problem ?? '',
    });

  let keptAs: string | null = null;
  if (options.keepCurrent) {
    // recorded in the current database, so the copy kept below says who replaced it, and with what
    appendAuditAlone(store, actor, {
      action: 'backups.restore-started',
      target: 'backup',
      targetId: info.name,
      detail: { file: source },
    });
    keptAs = createBackup(store, actor, { kind: 'before-restore' }).created[0]?.file ?? null;
  }
  const stamp = fileStamp(store.now());
  store.sqlite.close();
  let auditKey: RestoreOutcome['auditKey'];
  try {
    placeDatabaseFile(source, location.dbPath, appVersion);
    auditKey = installAuditKey(source, location.dbPath, stamp);
    reopen(store, location);
  } catch (error) {
    rollBack(store, location, keptAs, appVersion, stamp);
    const detail = error instanceof Error ? error.message : String(error);
    throw new AppError('INTERNAL', `恢复失败，已退回恢复前的数据：${detail}`);
  }
  appendAuditAlone(store, actor, {
    action: 'backups.restore',
    target: 'backup',
    targetId: info.name,
    detail: { file: source, backupAt: info.at, keptAs, auditKey, township: info.township, persons: info.persons },
  });
  return { restoredFrom: info, keptAs, auditKey, message: restoredMessage(info, keptAs, auditKey) };
}

function rollBack(
  store: Store,
  location: DatabaseLocation,
  keptAs: string | null,
  appVersion: number,
  stamp: string,
): void {
  if (keptAs) {
    placeDatabaseFile(keptAs, location.dbPath, appVersion);
    installAuditKey(keptAs, location.dbPath, stamp);
  } else {
    // nothing was worth keeping (a station not yet set up): start from an empty database again
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(location.dbPath + suffix, { force: true });
  }
  reopen(store, location);
}

export function reopen(store: Store, location: DatabaseLocation): void {
  const opened = openDatabase(location.dbPath, {
    migrationsDir: location.migrationsDir,
    ...(location.nativeBinding ? { nativeBinding: location.nativeBinding } : {}),
  });
  store.sqlite = opened.sqlite;
  store.db = opened.db;
  store.schemaVersion = opened.schemaVersion;
  store.auditKey = ensureAuditKey(location.dbPath);
}

export function restoredMessage(info: BackupInfo, keptAs: string | null, auditKey: RestoreOutcome['auditKey']): string {
  const when = info.at ? new Date(info.at + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ') : info.name;
  return [
    `已恢复到 ${when} 的备份（${info.township ?? ''}，人员 ${info.persons ?? 0} 人）。`,
    keptAs ? `恢复前的数据已保留为：${keptAs}。` : '',
    auditKey === 'missing' ? '该备份没有附带审计密钥文件，恢复前的审计日志可能无法通过校验。' : '',
    '请重新登录。',
  ].join('');
}
