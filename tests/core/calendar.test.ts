import { describe, expect, it } from 'vitest';
import { makeSetUpCore, testClock } from '../helpers/core';
import { addUserSession } from '../helpers/users';

const YEAR_2028 = {
  year: 2028,
  source: '国务院办公厅关于2028年部分节假日安排的通知（示例）',
  holidays: [{ name: '元旦', dates: ['2028-01-01', '2028-01-02', '2028-01-03'] }],
  workdays: ['2028-01-08'],
};

describe('official calendar in settings', () => {
  it('lists the shipped years with 2027 provisional', async () => {
    const core = await makeSetUpCore({ now: testClock().now });
    const years = await core.must('calendar:get', {});
    expect(years.map((y) => [y.year, y.provisional, y.origin])).toEqual([
      [2024, false, 'shipped'],
      [2025, false, 'shipped'],
      [2026, false, 'shipped'],
      [2027, true, 'shipped'],
    ]);
  });

  it('lets the head add a later year that working-day deadlines then follow, and refuses a bad date', async () => {
    const core = await makeSetUpCore({ now: testClock().now });
    const bad = await core.call('calendar:set-year', { ...YEAR_2028, workdays: ['2028-01-05'] });
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(!bad.ok && bad.error.fields?.['workdays.0']).toContain('不是周六或周日');
    const clerk = await addUserSession(core, 'clerk', 'clerk');
    expect(await core.call('calendar:set-year', YEAR_2028, clerk)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });

    const years = await core.must('calendar:set-year', YEAR_2028);
    expect(years.find((y) => y.year === 2028)).toMatchObject({ origin: 'station', workdays: ['2028-01-08'] });
    const removed = await core.must('calendar:remove-year', { year: 2028 });
    expect(removed.some((y) => y.year === 2028)).toBe(false);
    expect(await core.call('calendar:remove-year', { year: 2026 })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  it('replaces the provisional 2027 with the published notice', async () => {
    const core = await makeSetUpCore({ now: testClock().now });
    const years = await core.must('calendar:set-year', {
      year: 2027,
      source: '国务院办公厅关于2027年部分节假日安排的通知',
      holidays: [{ name: '元旦', dates: ['2027-01-01'] }],
      workdays: [],
    });
    expect(years.find((y) => y.year === 2027)).toMatchObject({ provisional: false, origin: 'station' });
  });
});
