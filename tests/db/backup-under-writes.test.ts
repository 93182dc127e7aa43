import path from 'node:path';
import { spawn } from 'node:child_process';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '@core/context';
import { createBackup } from '@core/services/backups/backup';
import { verifyAuditChain } from '@core/services/audit-verify';
import { openStation } from '@core/station';
import { createSession } from '@core/session';
import type { BackupInfo } from '@shared/contract';
import { MIGRATIONS_DIR, tempDbPath } from '../helpers/core';
import { makeStationFile } from '../helpers/station-files';
import { waitForLine } from '../drills/kill-drill';

const WRITER = path.resolve('tests/drills/bulk-writer.mjs');
const ROWS = 300;
const BATCHES = 40;
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Every batch in the file is whole or absent: a backup is one consistent moment, never half an import. */
function partialBatches(file: string): number {
  const sqlite = new Database(file, { readonly: true });
  try {
    const counts = sqlite
      .prepare("SELECT count(*) FROM persons WHERE notes LIKE 'drill:busy:%' GROUP BY notes")
      .pluck()
      .all() as number[];
    return counts.filter((n) => n !== ROWS).length;
  } finally {
    sqlite.close();
  }
}

describe('backups while another process writes', () => {
  it('are each a consistent snapshot that verifies, restores, and keeps the audit chain intact', async () => {
    const dbPath = await makeStationFile('ls-busy-');
    const app = openStation({ dbPath, migrationsDir: MIGRATIONS_DIR });
    const writer = spawn(
      process.execPath,
      [WRITER, '--db', dbPath, '--tag', 'busy', '--rows', String(ROWS), '--batches', String(BATCHES), '--pause', '10'],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let writing = true;
    const finished = new Promise<number | null>((resolve) =>
      writer.once('exit', (code) => {
        writing = false;
        resolve(code);
      }),
    );
    await waitForLine(writer, /^begin /);
    const taken: BackupInfo[] = [];
    while (writing && taken.length < 12) {
      taken.push(...createBackup(app.store, SYSTEM_ACTOR, { kind: 'manual' }).created);
      await sleep(30);
    }
    expect(await finished).toBe(0);
    app.close();

    let verified = 0;
    let restored = 0;
    let chains = 0;
    let partial = 0;
    for (const backup of taken) {
      if (backup.verified) verified++;
      partial += partialBatches(backup.file);
      const station = openStation({ dbPath: tempDbPath('ls-busy-restore-'), migrationsDir: MIGRATIONS_DIR });
      const result = await station.dispatch(createSession(), 'recovery:restore', { file: backup.file });
      if (result.ok && station.store.sqlite.prepare('SELECT count(*) FROM persons').pluck().get() === backup.persons) {
        restored++;
      }
      if (result.ok && verifyAuditChain(station.store.sqlite, station.store.auditKey).intact) chains++;
      station.close();
    }
    const sizes = new Set(taken.map((b) => b.persons));
    console.log(
      `backups under writes: ${taken.length} taken while another process committed ${BATCHES} batches of ${ROWS}, ` +
        `${sizes.size} different states caught, ${verified} verified, ${restored} restored, ${chains} audit chains intact, ` +
        `${partial} partial batches`,
    );
    expect(taken.length).toBeGreaterThanOrEqual(3);
    expect(sizes.size).toBeGreaterThan(1); // the writer really was writing between backups
    expect({ verified, restored, chains, partial }).toEqual({
      verified: taken.length,
      restored: taken.length,
      chains: taken.length,
      partial: 0,
    });
  }, 60_000);
});
