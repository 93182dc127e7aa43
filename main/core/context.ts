import type Database from 'better-sqlite3';
import type { Db } from './db/open';
import type { SessionHandle } from './session';
import type { users } from './db/schema';
import type { Role } from '@shared/contract';

export type UserRow = typeof users.$inferSelect;

/** What every service and handler works with: one open database and a clock (tests pass a fixed one). */
export type Store = {
  sqlite: Database.Database;
  db: Db;
  schemaVersion: number;
  now: () => number;
  /** Key of the audit log's HMAC chain, kept outside the database file. */
  auditKey: Buffer;
  /** resources/ (source tree) or the packaged app's resources: migrations, calendar, print CSS. */
  resourcesDir: string;
  /** the folder of the database file: exports and backups live beside it */
  dataDir: string;
};

export type HandlerContext = {
  store: Store;
  session: SessionHandle;
  /** The logged-in user, fresh from the database on every call; null on public channels and for the CLI. */
  user: UserRow | null;
  /** The caller's rights: the user's role, 'head' for the CLI, null when nobody is logged in. */
  role: Role | null;
  /** Who the history and the audit log name. */
  actor: Actor;
};

/** Who did it, as stored in the history and the audit log. */
export type Actor = {
  userId: number | null;
  userName: string;
  /** `correction`: an edit that fixes an error and so also applies to the reports of past quarters */
  source: 'ui' | 'import' | 'cli' | 'demo' | 'system' | 'correction';
};

export const SYSTEM_ACTOR: Actor = { userId: null, userName: '系统', source: 'system' };
