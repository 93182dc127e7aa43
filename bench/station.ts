import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openCore, type Core } from '@core/open-core';
import { sourceResourcesDir } from '@core/paths';
import { DEMO_SETUP } from '@core/services/demo/index';
import { createSession, type SessionHandle } from '@core/session';

/** A township set up in a temporary database, with its head logged in on `session` — as after the setup wizard. */
export type BenchStation = { core: Core; session: SessionHandle; dbPath: string; close(): void };

export async function openBenchStation(): Promise<BenchStation> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ls-bench-'));
  const dbPath = path.join(dir, 'station.sqlite');
  const core = openCore({ dbPath, migrationsDir: path.join(sourceResourcesDir(), 'migrations') });
  const session = createSession();
  const setup = await core.dispatch(session, 'setup:complete', DEMO_SETUP);
  if (!setup.ok) throw new Error(`首次设置失败：${setup.error.message}`);
  return {
    core,
    session,
    dbPath,
    close: () => {
      core.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Size of the database once the WAL is folded back in, in MB. */
export function databaseSizeMb(station: BenchStation): number {
  station.core.store.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  return Math.round((fs.statSync(station.dbPath).size / 1_000_000) * 10) / 10;
}
