import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '@shared/contract';
import type { HandlerContext } from '../context';
import type { AreaHandlers } from '../handler-types';
import { createBackup, databasePathOf } from '../services/backups/backup';
import { dataBackupDir, describeBackup, listBackupFiles } from '../services/backups/backup-files';
import { restoreBackup, inspectChosenFile } from '../services/backups/restore';
import { candidatesMessage, findCandidates } from '../services/backups/recovery';
import { getSetting } from '../services/settings';
import { getTownship } from '../services/township';

function backupFolders(ctx: HandlerContext): { folder: string; label: string; available: boolean }[] {
  const folders = [{ folder: dataBackupDir(databasePathOf(ctx.store)), label: '数据文件夹' }];
  const second = getSetting(ctx.store, 'backupFolder');
  if (second) folders.push({ folder: second, label: '第二备份位置' });
  return folders.map((entry) => ({ ...entry, available: fs.existsSync(entry.folder) }));
}

export const backupHandlers: AreaHandlers<
  'backups:list' | 'backups:create' | 'backups:check' | 'backups:restore' | 'recovery:status' | 'recovery:restore'
> = {
  'backups:list': (_input, ctx) => {
    const folders = backupFolders(ctx);
    const backups = folders
      .flatMap((entry) => listBackupFiles(entry.folder))
      .map((entry) => describeBackup(entry.file, ctx.store.schemaVersion))
      .sort((a, b) => (b.at ?? 0) - (a.at ?? 0));
    return { folders, backups };
  },
  'backups:create': (input, ctx) =>
    createBackup(ctx.store, ctx.actor, { kind: 'manual', ...(input.folder ? { folder: input.folder } : {}) }),
  'backups:check': (input, ctx) => inspectChosenFile(input.file, ctx.store.schemaVersion),
  'backups:restore': (input, ctx) => {
    const outcome = restoreBackup(ctx.store, ctx.actor, input.file, { keepCurrent: true });
    // the users table is now the backup's: whoever restored logs in again against it
    ctx.session.userId = null;
    return outcome;
  },

  // A healthy core answers the recovery channels too: a station not set up yet (a new PC) may restore from a USB
  // stick instead of running the setup wizard. Once set up, restoring is the head's, after log-in.
  'recovery:status': (input, ctx) => {
    const dbPath = ctx.store.sqlite.name;
    if (getTownship(ctx.store)) {
      return { state: 'ok', message: '数据库正常。', dbPath, problem: null, candidates: [], newest: null };
    }
    if (input.folder && !path.isAbsolute(input.folder)) {
      throw new AppError('INVALID_INPUT', '请选择完整的文件夹路径', { folder: '请选择完整的文件夹路径' });
    }
    const candidates =
      dbPath && dbPath !== ':memory:' ? findCandidates(dbPath, ctx.store.schemaVersion, [input.folder ?? null]) : [];
    return {
      state: 'empty',
      message: `本机尚未设置。如果这是换用的新电脑，可以从原来的备份恢复数据。${candidatesMessage(candidates)}`,
      dbPath,
      problem: null,
      candidates,
      newest: candidates.find((c) => c.verified) ?? null,
    };
  },
  'recovery:restore': (input, ctx) => {
    if (getTownship(ctx.store)) {
      throw new AppError('FORBIDDEN', '数据库正常，不能在登录前恢复；请由负责人登录后在“备份与恢复”中操作。');
    }
    const dbPath = databasePathOf(ctx.store);
    const file = input.file ?? findCandidates(dbPath, ctx.store.schemaVersion, []).find((c) => c.verified)?.file;
    if (!file) throw new AppError('NOT_FOUND', candidatesMessage([]));
    const outcome = restoreBackup(ctx.store, ctx.actor, file, { keepCurrent: false });
    ctx.session.userId = null;
    return outcome;
  },
};
