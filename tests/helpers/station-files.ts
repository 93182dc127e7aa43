import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { ChannelInput, ChannelName, ChannelOutput, RpcResult } from '@shared/contract';
import type { Core } from '@core/open-core';
import type { SessionHandle } from '@core/session';
import { makeSetUpCore, tempDbPath, type TestCore } from './core';

/** A set-up station database on disk (with its audit key beside it), closed and checkpointed. */
export async function makeStationFile(prefix = 'ls-station-'): Promise<string> {
  const dbPath = tempDbPath(prefix);
  const core = await makeSetUpCore({ dbPath });
  core.close();
  return dbPath;
}

/** Copies a station (database and key) into a fresh folder, as another PC or another drill run would have it. */
export function copyStation(dbPath: string, prefix = 'ls-copy-'): string {
  const target = tempDbPath(prefix);
  fs.copyFileSync(dbPath, target);
  fs.copyFileSync(`${dbPath}.audit-key`, `${target}.audit-key`);
  return target;
}

export function backupsIn(dbPath: string): string[] {
  const folder = path.join(path.dirname(dbPath), 'backups');
  return fs.existsSync(folder) ? fs.readdirSync(folder).filter((name) => name.endsWith('.sqlite')) : [];
}

/** Every row of every table, hashed: two equal hashes mean nothing was written. */
export function contentHash(sqlite: Database.Database): string {
  const hash = createHash('sha256');
  const tables = sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    .pluck()
    .all() as string[];
  for (const table of tables) {
    hash.update(`\n#${table}\n`);
    for (const row of sqlite.prepare(`SELECT * FROM "${table}" ORDER BY rowid`).raw().iterate()) {
      hash.update(JSON.stringify(row));
    }
  }
  return hash.digest('hex');
}

export function countOf(core: TestCore, sql: string, ...params: unknown[]): number {
  return (
    (core.store.sqlite
      .prepare(sql)
      .pluck()
      .get(...params) as number | undefined) ?? 0
  );
}

/** A typed call through any Core (a Station included). */
export async function callOn<C extends ChannelName>(
  core: Core,
  session: SessionHandle,
  channel: C,
  input: ChannelInput<C>,
): Promise<RpcResult<ChannelOutput<C>>> {
  return (await core.dispatch(session, channel, input)) as RpcResult<ChannelOutput<C>>;
}
