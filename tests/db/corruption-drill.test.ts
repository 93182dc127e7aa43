import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { openStation } from '@core/station';
import { createSession } from '@core/session';
import { checkDatabase } from '@core/services/database-check';
import { MIGRATIONS_DIR, makeSetUpCore, tempDbPath, testClock } from '../helpers/core';
import { makeId } from '../helpers/ids';
import { seededRandom } from '../drills/kill-drill';
import { callOn } from '../helpers/station-files';

const COPIES = 30;
const PAGE = 4096;

/** A real station: setup, 150 persons, a daily backup, then more work after it (which a recovery loses). */
async function realStation(): Promise<{ dbPath: string; personsInBackup: number }> {
  const dbPath = tempDbPath('ls-corrupt-');
  const clock = testClock();
  const core = await makeSetUpCore({ dbPath, now: clock.now });
  for (let i = 0; i < 150; i++) {
    const birth = `19${80 + (i % 20)}0${1 + (i % 9)}1${i % 10}`;
    await core.must('persons:create', {
      idNumber: makeId(birth, String(100 + i)),
      name: '测试人员',
      registeredOn: '2026-03-02',
    });
  }
  await core.must('backups:create', {});
  clock.advance(60_000);
  await core.must('persons:create', {
    idNumber: makeId('19900101', '777'),
    name: '备份后登记',
    registeredOn: '2026-03-02',
  });
  core.close();
  return { dbPath, personsInBackup: 150 };
}

type Damage = { kind: 'garbled' | 'header' | 'truncated'; describe: string; apply: (bytes: Buffer) => Buffer };

function damages(random: () => number, pages: number): Damage[] {
  const pick = (n: number) => Math.floor(random() * n);
  const list: Damage[] = [];
  for (let i = 0; i < COPIES; i++) {
    if (i % 3 === 0) {
      const count = 1 + pick(3);
      const chosen = Array.from({ length: count }, () => pick(pages));
      list.push({
        kind: 'garbled',
        describe: `pages ${chosen.map((p) => p + 1).join(',')} garbled`,
        apply: (bytes) => {
          const copy = Buffer.from(bytes);
          for (const page of chosen) for (let b = 0; b < PAGE; b++) copy[page * PAGE + b] = pick(256);
          return copy;
        },
      });
    } else if (i % 3 === 1) {
      const length = [16, 100, PAGE][pick(3)]!;
      list.push({
        kind: 'header',
        describe: `first ${length} bytes zeroed`,
        apply: (bytes) => Buffer.from(bytes).fill(0, 0, length),
      });
    } else {
      const variant = pick(4);
      const cut = (size: number) => [0, 1 + pick(size - 2), Math.floor(pages / 2) * PAGE, size - PAGE][variant]!;
      list.push({
        kind: 'truncated',
        describe: ['truncated to 0 bytes', 'truncated mid-page', 'truncated to half', 'last page cut off'][variant]!,
        apply: (bytes) => Buffer.from(bytes.subarray(0, cut(bytes.length))),
      });
    }
  }
  return list;
}

const sha = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

describe('corruption drill', () => {
  it(`detects ${COPIES} damaged copies of a real database, never writes to them, and offers a backup that verifies`, async () => {
    const { dbPath, personsInBackup } = await realStation();
    const original = fs.readFileSync(dbPath);
    const seed = Number(process.env.DRILL_SEED ?? Math.floor(Math.random() * 2 ** 31));
    const random = seededRandom(seed);
    const tally = { detected: 0, offered: 0, untouched: 0, restored: 0, checkFlagged: 0, zeroByte: 0 };
    const misses: string[] = [];

    for (const [index, damage] of damages(random, original.length / PAGE).entries()) {
      const copy = tempDbPath(`ls-damaged-${index}-`);
      fs.writeFileSync(copy, damage.apply(original));
      fs.copyFileSync(`${dbPath}.audit-key`, `${copy}.audit-key`);
      fs.cpSync(path.join(path.dirname(dbPath), 'backups'), path.join(path.dirname(copy), 'backups'), {
        recursive: true,
      });
      const before = sha(copy);
      if (fs.statSync(copy).size === 0) tally.zeroByte++;
      if (!checkDatabase(copy, MIGRATIONS_DIR).healthy) tally.checkFlagged++;

      const station = openStation({ dbPath: copy, migrationsDir: MIGRATIONS_DIR });
      const session = createSession();
      const info = await station.dispatch(session, 'app:info', {});
      if (station.mode === 'recovery' && !info.ok && info.error.code === 'DB_DAMAGED') tally.detected++;
      else misses.push(`${damage.describe}: not detected`);
      if (sha(copy) === before) tally.untouched++;

      const status = await callOn(station, session, 'recovery:status', {});
      const offered = status.ok ? status.value.newest : null;
      if (status.ok && offered?.verified && /[\u4e00-\u9fa5]/.test(status.value.message)) tally.offered++;

      const restored = await callOn(station, session, 'recovery:restore', {});
      if (restored.ok && station.mode === 'normal') {
        const persons = station.store.sqlite.prepare('SELECT count(*) FROM persons').pluck().get();
        const kept = restored.value.keptAs;
        if (persons === personsInBackup && kept && sha(kept) === before) tally.restored++;
      }
      station.close();
    }

    console.log(
      `corruption drill (seed ${seed}): ${COPIES} damaged copies, ${tally.detected} detected, ${tally.untouched} left untouched, ` +
        `${tally.offered} recovery offered, ${tally.restored} restored from the newest verified backup; ` +
        `\`check\` flagged ${tally.checkFlagged} (${tally.zeroByte} of them zero-byte files)`,
    );
    expect(misses).toEqual([]);
    expect(tally).toMatchObject({ detected: COPIES, untouched: COPIES, offered: COPIES, restored: COPIES });
    // `check` reads the file header first, so an emptied file is flagged too, not only what integrity_check sees
    expect(tally.checkFlagged).toBe(COPIES);
  }, 120_000);

  it('in recovery mode answers only the recovery channels and refuses a backup that does not verify', async () => {
    const { dbPath } = await realStation();
    fs.writeFileSync(dbPath, Buffer.from(fs.readFileSync(dbPath)).fill(0, 0, 100));
    const before = sha(dbPath);
    const station = openStation({ dbPath, migrationsDir: MIGRATIONS_DIR });
    const session = createSession();
    for (const channel of ['auth:login', 'persons:list', 'backups:create', 'no:such']) {
      const result = await station.dispatch(session, channel, {});
      expect([channel, result]).toMatchObject([channel, { ok: false, error: { code: 'DB_DAMAGED' } }]);
    }
    const garbage = path.join(path.dirname(dbPath), 'garbage.sqlite');
    fs.writeFileSync(garbage, 'not a database');
    expect(await callOn(station, session, 'recovery:restore', { file: garbage })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringContaining('未通过校验') as string },
    });
    expect(await callOn(station, session, 'recovery:status', { folder: 'relative' })).toMatchObject({ ok: false });
    expect(station.mode).toBe('recovery');
    expect(sha(dbPath)).toBe(before);
    expect(() => station.store).toThrowError(/损坏/);
    station.close();
  });
});
