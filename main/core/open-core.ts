import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { RpcResult } from '@shared/contract';
import type { Store } from './context';
import { openDatabase } from './db/open';
import { dispatch } from './dispatch';
import { handlers } from './handlers';
import { getSetting } from './services/settings';
import type { SessionHandle } from './session';

export type CoreOptions = {
  /** The database file, or ':memory:' for tests. */
  dbPath: string;
  migrationsDir: string;
  /** Electron passes its own build of better_sqlite3.node; plain Node uses the one in node_modules. */
  nativeBinding?: string;
  /** Tests fix the clock. */
  now?: () => number;
};

export type Core = {
  store: Store;
  dispatch(session: SessionHandle, channel: string, input: unknown): Promise<RpcResult<unknown>>;
  close(): void;
};

/** Opens the database and returns the one API over it. Throws AppError DB_DAMAGED / DB_TOO_NEW. */
export function openCore(options: CoreOptions): Core {
  const opened = openDatabase(options.dbPath, {
    migrationsDir: options.migrationsDir,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  const store: Store = {
    sqlite: opened.sqlite,
    db: opened.db,
    schemaVersion: opened.schemaVersion,
    now: options.now ?? Date.now,
    auditKey: loadAuditKey(options.dbPath),
    resourcesDir: path.dirname(options.migrationsDir),
    dataDir:
      options.dbPath === ':memory:'
        ? fs.mkdtempSync(path.join(os.tmpdir(), 'ls-memory-'))
        : path.dirname(path.resolve(options.dbPath)),
  };
  return {
    store,
    dispatch: (session, channel, input) =>
      dispatch(store, handlers, session, channel, input, { idleMinutes: () => getSetting(store, 'idleMinutes') }),
    // after a restore the store holds the new connection: close that one
    close: () => store.sqlite.close(),
  };
}

/**
 * The audit chain's key sits next to the database, never inside it: whoever edits the file with a SQLite tool
 * cannot recompute the chain without it. Created once with owner-only permissions.
 */
export function loadAuditKey(dbPath: string): Buffer {
  if (dbPath === ':memory:') return randomBytes(32);
  const keyFile = `${dbPath}.audit-key`;
  if (!fs.existsSync(keyFile)) fs.writeFileSync(keyFile, randomBytes(32).toString('hex'), { mode: 0o600, flag: 'wx' });
  return Buffer.from(fs.readFileSync(keyFile, 'utf8').trim(), 'hex');
}
