// kill -9 during an import, with the backups engineer's drill (tests/drills/kill-drill.ts): the import's one
// transaction is either all there (persons, their history, the audit entry) or not there at all.
import path from 'node:path';
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '@core/db/open';
import { MIGRATIONS_DIR } from '../helpers/core';
import { makeStationFile } from '../helpers/station-files';
import { runKillDrill, seededRandom, waitForLine, type Inspection } from '../drills/kill-drill';

const CHILD = path.resolve('tests/drills/import-child.ts');
const ROWS = 300;
const RUNS = 6;

function inspect(dbPath: string, tag: string): Inspection {
  const { sqlite } = openDatabase(dbPath, { migrationsDir: MIGRATIONS_DIR });
  try {
    const integrity = (sqlite.pragma('integrity_check') as { integrity_check: string }[])
      .map((r) => r.integrity_check)
      .join('; ');
    const persons = sqlite.prepare('SELECT count(*) FROM persons WHERE notes = ?').pluck().get(tag) as number;
    const history = sqlite
      .prepare(
        "SELECT count(*) FROM change_log WHERE entity = 'person' AND source = 'import' AND entity_id IN (SELECT id FROM persons WHERE notes = ?)",
      )
      .pluck()
      .get(tag) as number;
    const audit = sqlite
      .prepare("SELECT count(*) FROM audit_log WHERE action = 'import.persons' AND detail LIKE ?")
      .pluck()
      .get(`%"${tag}.xlsx"%`) as number;
    const whole = persons === ROWS && history === ROWS && audit === 1;
    return { integrity, outcome: whole ? 'whole' : persons + history + audit === 0 ? 'none' : 'partial' };
  } finally {
    sqlite.close();
  }
}

describe('kill -9 during an import', () => {
  it(`leaves the database intact and the import all-or-nothing, ${RUNS} times`, async () => {
    const dbPath = await makeStationFile('ls-import-kill-');
    const child = (tag: string, offset: number) =>
      spawn(
        process.execPath,
        ['--import', 'tsx', CHILD, '--db', dbPath, '--tag', tag, '--rows', String(ROWS), '--offset', String(offset)],
        { stdio: ['ignore', 'pipe', 'inherit'] },
      );
    const calibration = child('calibrate', 0);
    await waitForLine(calibration, /^begin /, 60_000);
    const started = performance.now();
    await waitForLine(calibration, /^committed /, 60_000);
    const transactionMs = performance.now() - started;
    calibration.kill('SIGKILL');
    const windowMs = Math.max(40, Math.round(transactionMs * 2));
    const seed = Number(process.env.DRILL_SEED ?? Math.floor(Math.random() * 2 ** 31));
    const { figures, runs } = await runKillDrill({
      runs: RUNS,
      spawnWriter: (run) => child(`run${run}`, (run + 1) * ROWS),
      inspect: (run) => inspect(dbPath, `run${run}`),
      windowMs,
      random: seededRandom(seed),
    });
    console.log(`import kill drill (seed ${seed}, window ${windowMs} ms): ${JSON.stringify(figures)}`);
    expect(runs.filter((r) => r.integrity !== 'ok' || r.outcome === 'partial')).toEqual([]);
    expect(figures).toMatchObject({ runs: RUNS, killed: RUNS, partial: 0, integrityFailures: 0, committedButLost: 0 });
  }, 300_000);
});
