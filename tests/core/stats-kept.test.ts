// The statistics of a quarter are kept in the database (quarter_figures) with the history they were counted from,
// answered from there after a restart, counted again only when that history changed, and counted ahead by the idle
// refresher. Real SQLite files; the figures asserted are what the statistics screen shows.
import { describe, expect, it } from 'vitest';
import { refreshOneStaleQuarter } from '@core/services/stats/quarter-figures';
import { refreshedQuarters, startFiguresRefresher } from '@core/services/stats/figures-refresher';
import { makeSetUpCore, makeCore, SEED_SETUP, tempDbPath, testClock, type TestCore } from '../helpers/core';
import { makeId } from '../helpers/ids';

const EAST = '431025100201';
const WEST = '431025100202';

/** Two persons registered in 2026 Q3, the clock moved into Q4 and the head logged in again. */
async function stationWithQ3(dbPath: string) {
  const clock = testClock(Date.parse('2026-09-30T02:00:00Z'));
  const core = await makeSetUpCore({ dbPath, now: clock.now });
  const first = await core.must('persons:create', {
    idNumber: makeId('19900101', '011'),
    name: '甲',
    registeredOn: '2026-07-01',
    villageCode: EAST,
  });
  await core.must('persons:create', {
    idNumber: makeId('19910101', '021'),
    name: '乙',
    registeredOn: '2026-09-30',
    villageCode: EAST,
  });
  clock.set(Date.parse('2026-10-10T02:00:00Z'));
  await login(core);
  return { core, clock, first };
}

async function login(core: TestCore) {
  await core.must('auth:login', { username: 'admin', password: SEED_SETUP.head.password });
}

const figure = async (core: TestCore, code: string, quarter: 3 | 4 = 3) =>
  (await core.must('stats:quarter', { year: 2026, quarter })).figures.find((f) => f.code === code)!.value;

const keptRow = (core: TestCore, quarter: string) =>
  core.store.sqlite
    .prepare('SELECT stamp, figures, computed_at FROM quarter_figures WHERE quarter = ?')
    .get(quarter) as { stamp: string; figures: string; computed_at: number } | undefined;

describe('kept quarter figures', () => {
  it('are answered after a restart from the database, and the drill-down still lists the records', async () => {
    const dbPath = tempDbPath('ls-kept-');
    const { core, clock } = await stationWithQ3(dbPath);
    expect(await figure(core, 'I01')).toBe('2');
    expect(keptRow(core, '2026Q3')).toBeDefined();
    core.close();

    // the kept row is what a restarted program answers with: mark it and see the mark on the screen's figures
    const reopened = makeCore({ dbPath, now: clock.now });
    const kept = keptRow(reopened, '2026Q3')!;
    const marked = JSON.parse(kept.figures) as { total: { counts: Record<string, number> } };
    marked.total.counts.I04 = 99;
    reopened.store.sqlite
      .prepare('UPDATE quarter_figures SET figures = ? WHERE quarter = ?')
      .run(JSON.stringify(marked), '2026Q3');
    await login(reopened);
    expect(await figure(reopened, 'I04')).toBe('99');
    // the names behind a number come from a count (kept figures hold no names)
    const records = await reopened.must('stats:records', { year: 2026, quarter: 3, code: 'I01' });
    expect(records.rows.map((r) => r.name).sort()).toEqual(['乙', '甲']);
    reopened.close();
  });

  it('stay when later work changes nothing before the quarter end; a correction (更正) counts them again', async () => {
    const { core, first } = await stationWithQ3(tempDbPath('ls-kept-'));
    const village = async () =>
      (await core.must('stats:quarter', { year: 2026, quarter: 3 })).byVillage.find((v) => v.villageCode === WEST)!
        .values.I01;
    expect(await village()).toBe('0');
    const before = keptRow(core, '2026Q3')!;

    // an ordinary edit in Q4 (a new village) is not the state at the end of Q3
    const person = await core.must('persons:get', { id: first.id });
    const moved = await core.must('persons:update', { ...editable(person), villageCode: WEST });
    expect(await village()).toBe('0');
    expect(keptRow(core, '2026Q3')).toEqual(before);

    // the same edit as a correction: the village was wrong all along, so Q3 is counted again
    await core.must('persons:update', {
      ...editable(person),
      id: first.id,
      version: moved.version,
      villageCode: WEST,
      correction: true,
    });
    expect(await village()).toBe('1');
    expect(keptRow(core, '2026Q3')!.stamp).not.toBe(before.stamp);
  });

  it('are counted ahead, one stale quarter at a time, by the idle refresher', async () => {
    const { core } = await stationWithQ3(tempDbPath('ls-kept-'));
    const quarters = refreshedQuarters(core.store);
    expect(quarters.map((q) => `${q.year}Q${q.quarter}`).slice(0, 3)).toEqual(['2026Q4', '2026Q3', '2026Q2']);
    const counted: string[] = [];
    for (
      let done = refreshOneStaleQuarter(core.store, quarters);
      done;
      done = refreshOneStaleQuarter(core.store, quarters)
    )
      counted.push(`${done.year}Q${done.quarter}`);
    expect(counted).toHaveLength(9);
    expect(refreshOneStaleQuarter(core.store, quarters)).toBeNull();

    // a registration today changes the current quarter only
    await core.must('persons:create', {
      idNumber: makeId('19920101', '031'),
      name: '丙',
      registeredOn: '2026-10-09',
      villageCode: EAST,
    });
    expect(refreshOneStaleQuarter(core.store, quarters)).toEqual({ year: 2026, quarter: 4 });
    expect(refreshOneStaleQuarter(core.store, quarters)).toBeNull();
  });

  it('are counted by the running refresher once the station is idle', async () => {
    const { core } = await stationWithQ3(tempDbPath('ls-kept-'));
    const refresher = startFiguresRefresher(() => core.store, { idleMs: 0, intervalMs: 5 });
    try {
      for (let wait = 0; wait < 400 && keptCount(core) < 9; wait++) await new Promise((r) => setTimeout(r, 10));
    } finally {
      refresher.stop();
    }
    expect(keptCount(core)).toBe(9);
    expect(await figure(core, 'I01')).toBe('2');
  });
});

const keptCount = (core: TestCore) =>
  (core.store.sqlite.prepare('SELECT count(*) AS n FROM quarter_figures').get() as { n: number }).n;

/** The editable fields of persons:get's answer, as persons:update takes them. */
function editable(person: { id: number; version: number; name: string; registeredOn: string | null }) {
  return { id: person.id, version: person.version, name: person.name, registeredOn: person.registeredOn ?? '' };
}
