import fs from 'node:fs';
import { AppError, channels, fail, ok, type RpcResult } from '@shared/contract';
import type { Actor, Store } from './context';
import { openCore, type Core, type CoreOptions } from './open-core';
import { appendAuditAlone } from './services/audit-append';
import { dataBackupDir, listBackupFiles } from './services/backups/backup-files';
import { auditKeyFileOf, databaseFileProblem } from './services/backups/database-file';
import { rememberLocation, type DatabaseLocation } from './services/backups/database-location';
import { openRecovery, type Recovery } from './services/backups/recovery';
import type { SessionHandle } from './session';

/**
 * What the transports (Electron main, HTTP bridge, CLI restore) open: the core when the database is healthy, or a
 * recovery mode when it is damaged, in which only `recovery:status` and `recovery:restore` answer and every other
 * channel says DB_DAMAGED — the renderer shows its Chinese recovery page on that code. After a successful recovery
 * the station opens the core and carries on, without a restart.
 *
 * A Station is a Core (same dispatch and close), so a transport takes either; its `store` throws while damaged.
 */
export type Station = Core & {
  readonly mode: 'normal' | 'recovery';
  /** The open core, or null while the database is damaged. */
  readonly core: Core | null;
  /** Why the database was refused, in Chinese; null when it is healthy. */
  readonly problem: string | null;
};

const RECOVERY_ACTOR: Actor = { userId: null, userName: '恢复向导', source: 'system' };

/** Throws DB_TOO_NEW (a newer program's database must not be replaced by an older backup behind the clerk's back). */
export function openStation(options: CoreOptions): Station {
  const location: DatabaseLocation = {
    dbPath: options.dbPath,
    migrationsDir: options.migrationsDir,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  };
  const openNormally = (): Core => {
    const opened = openCore(options);
    rememberLocation(opened.store, location);
    return opened;
  };
  let core: Core | null = null;
  let recovery: Recovery | null = null;
  const damage = fileDamage(options.dbPath);
  if (damage) recovery = openRecovery({ ...location, problem: damage, ...(options.now ? { now: options.now } : {}) });
  else {
    try {
      core = openNormally();
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== 'DB_DAMAGED') throw error;
      recovery = openRecovery({ ...location, problem: error.message, ...(options.now ? { now: options.now } : {}) });
    }
  }

  const recover = (session: SessionHandle, channel: string, input: unknown): RpcResult<unknown> => {
    const active = recovery;
    if (!active) return fail('INTERNAL', '程序状态异常，请重新启动程序');
    if (channel === 'recovery:status') {
      const parsed = channels['recovery:status'].input.safeParse(input ?? {});
      if (!parsed.success) return fail('INVALID_INPUT', parsed.error.issues[0]?.message ?? '输入有误');
      return ok(active.status(parsed.data.folder));
    }
    if (channel === 'recovery:restore') {
      const parsed = channels['recovery:restore'].input.safeParse(input ?? {});
      if (!parsed.success) return fail('INVALID_INPUT', parsed.error.issues[0]?.message ?? '输入有误');
      const outcome = active.restore(parsed.data.file);
      const opened = openNormally();
      appendAuditAlone(opened.store, RECOVERY_ACTOR, {
        action: 'recovery.restore',
        target: 'backup',
        targetId: outcome.restoredFrom.name,
        detail: {
          file: outcome.restoredFrom.file,
          damagedKeptAs: outcome.keptAs,
          problem: active.problem,
          auditKey: outcome.auditKey,
        },
      });
      core = opened;
      recovery = null;
      session.userId = null;
      return ok(outcome);
    }
    return fail('DB_DAMAGED', `${active.problem}\n请在恢复页面选择一份备份恢复。`);
  };

  return {
    get mode() {
      return core ? 'normal' : 'recovery';
    },
    get core() {
      return core;
    },
    get problem() {
      return recovery?.problem ?? null;
    },
    get store(): Store {
      if (!core) throw new AppError('DB_DAMAGED', recovery?.problem ?? '数据库已损坏');
      return core.store;
    },
    dispatch: (session, channel, input) => {
      if (core) return core.dispatch(session, channel, input);
      try {
        return Promise.resolve(recover(session, channel, input));
      } catch (error) {
        if (error instanceof AppError) return Promise.resolve(fail(error.code, error.message, error.fields));
        console.error('[recovery]', error);
        return Promise.resolve(fail('INTERNAL', `恢复失败：${error instanceof Error ? error.message : String(error)}`));
      }
    },
    close: () => {
      // after a restore the store holds a new connection: close that one, not the one openCore started with
      if (core?.store.sqlite.open) core.store.sqlite.close();
    },
  };
}

/**
 * Damage quick_check cannot see (see database-file.ts). A zero-byte file is damage only if the station existed:
 * a key file is written after the first successful open, and backups exist only after setup; otherwise it is what
 * a first start interrupted at the wrong moment leaves behind, and opening it is right.
 */
function fileDamage(dbPath: string): string | null {
  if (dbPath === ':memory:') return null;
  const problem = databaseFileProblem(dbPath);
  if (!problem) return null;
  const message = `数据库文件已损坏：${problem.message}。程序不会在其上写入任何内容。`;
  if (problem.kind !== 'empty') return message;
  const existed = fs.existsSync(auditKeyFileOf(dbPath)) || listBackupFiles(dataBackupDir(dbPath)).length > 0;
  return existed ? message : null;
}
