// statesAt hands the live rows over in JSON batches of a couple of thousand: every row once, in id order, with the
// same values and types as the table itself, across batch boundaries and with a filter.
import { beforeAll, describe, expect, it } from 'vitest';
import { getTableColumns } from 'drizzle-orm';
import { statesAt } from '@core/io/package/snapshot';
import { persons } from '@core/db/schema';
import { generateDemo } from '@core/services/demo/index';
import { makeSetUpCore, testClock, type TestCore } from '../helpers/core';

let core: TestCore;
const FUTURE = Date.parse('2100-01-01T00:00:00Z');

beforeAll(async () => {
  core = await makeSetUpCore({ now: testClock().now });
  generateDemo(core.store, { persons: 4500, households: 100, actions: 5000, seed: 'batches' });
}, 60_000);

describe('statesAt over the live table', () => {
  it('gives every person once, in id order, equal to the row drizzle reads', () => {
    const states = [...statesAt(core.store, 'person', FUTURE)];
    const rows = core.store.db.select().from(persons).orderBy(persons.id).all();
    expect(states.map((s) => s.id)).toEqual(rows.map((r) => r.id));
    const columns = Object.keys(getTableColumns(persons));
    for (const index of [0, 1999, 2000, 2001, 4000, rows.length - 1]) {
      const state = states[index]!;
      const row = rows[index]! as Record<string, unknown>;
      for (const column of columns) expect([column, state[column]]).toEqual([column, row[column]]);
    }
  });

  it('keeps a filter across batches', () => {
    const filter = {
      sql: 'date BETWEEN ? AND ? AND deleted_at IS NULL',
      params: ['2000-01-01', '2026-06-30'],
      test: () => true,
    };
    const ids = [...statesAt(core.store, 'assistance', FUTURE, filter, ['date'])].map((s) => s.id);
    const expected = core.store.sqlite
      .prepare(
        "SELECT id FROM assistance_actions WHERE date BETWEEN '2000-01-01' AND '2026-06-30' AND deleted_at IS NULL ORDER BY id",
      )
      .pluck()
      .all();
    expect(ids.length).toBeGreaterThan(2000);
    expect(ids).toEqual(expected);
  });
});
