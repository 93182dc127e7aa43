import path from 'node:path';
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '@core/db/open';
import { verifyAuditChain } from '@core/services/audit-verify';
import { readAuditKey } from '@core/services/backups/database-file';
import { MIGRATIONS_DIR } from '../helpers/core';
import { makeStationFile } from '../helpers/station-files';
import { runKillDrill, seededRandom, waitForLine, type Inspection } from '../drills/kill-drill';

const WRITER = path.resolve('tests/drills/bulk-writer.mjs');
const ROWS = 1000;
const RUNS = 50;

/** Opens the database the way the app does after a power cut (quick_check, hot WAL recovered), then checks. */
function inspect(dbPath: string, tag: string): Inspection {
  const { sqlite } = openDatabase(dbPath, { migrationsDir: MIGRATIONS_DIR });
  try {
    const integrity = (sqlite.pragma('integrity_check') as { integrity_check: string }[])
      .map((r) => r.integrity_check)
      .join('; ');
    const note = `drill:${tag}:0`;
    const persons = sqlite.prepare('SELECT count(*) FROM persons WHERE notes = ?').pluck().get(note) as number;
    const history = sqlite
      .prepare(
        "SELECT count(*) FROM change_log WHERE entity = 'person' AND entity_id IN (SELECT id FROM persons WHERE notes = ?)",
      )
      .pluck()
      .get(note) as number;
    const audit = sqlite.prepare('SELECT count(*) FROM audit_log WHERE target_id = ?').pluck().get(note) as number;
    const chain = verifyAuditChain(sqlite, readAuditKey(dbPath));
    const outcome =
      persons === ROWS && history === ROWS && audit === 1
        ? 'whole'
        : persons + history + audit === 0
          ? 'none'
          : 'partial';
    return { integrity: integrity === 'ok' && !chain.intact ? `audit chain: ${chain.message}` : integrity, outcome };
  } finally {
    sqlite.close();
  }
}

describe('kill -9 during a bulk write (the importer will be drilled the same way)', () => {
  it(`leaves the database intact and every batch all-or-nothing, ${RUNS} times`, async () => {
    const dbPath = await makeStationFile('ls-kill-');
    const writer = (tag: string, offset: number, linger: boolean) =>
      spawn(
        process.execPath,
        [
          WRITER,
          '--db',
          dbPath,
          '--tag',
          tag,
          '--rows',
          String(ROWS),
          '--offset',
          String(offset),
          ...(linger ? ['--linger'] : []),
        ],
        {
          stdio: ['ignore', 'pipe', 'inherit'],
        },
      );

    // calibrate: the kill window spans the whole transaction and its commit on this machine
    const calibration = writer('calibrate', 0, false);
    await waitForLine(calibration, /^begin /);
    const started = performance.now();
    await waitForLine(calibration, /^committed /);
    const transactionMs = performance.now() - started;
    await new Promise((resolve) => calibration.once('exit', resolve));
    const windowMs = Math.max(40, Math.round(transactionMs * 2));

    const seed = Number(process.env.DRILL_SEED ?? Math.floor(Math.random() * 2 ** 31));
    const { figures, runs } = await runKillDrill({
      runs: RUNS,
      spawnWriter: (run) => writer(`run${run}`, (run + 1) * ROWS, true),
      inspect: (run) => inspect(dbPath, `run${run}`),
      windowMs,
      random: seededRandom(seed),
    });
    console.log(
      `kill drill (seed ${seed}, transaction ≈ ${Math.round(transactionMs)} ms, kill window ${windowMs} ms): ` +
        `${figures.runs} runs, ${figures.killed} killed with -9, ${figures.whole} batches whole, ${figures.none} rolled back, ` +
        `${figures.partial} partially written, ${figures.integrityFailures} integrity failures, ` +
        `${figures.committedButLost} reported commits lost`,
    );
    expect(runs.filter((r) => r.integrity !== 'ok' || r.outcome === 'partial')).toEqual([]);
    expect(figures).toMatchObject({ runs: RUNS, killed: RUNS, partial: 0, integrityFailures: 0, committedButLost: 0 });
    // the kills really landed on both sides of the commit
    expect(figures.whole).toBeGreaterThan(0);
    expect(figures.none).toBeGreaterThan(0);
  }, 180_000);
});
