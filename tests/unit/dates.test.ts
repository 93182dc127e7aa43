import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  chinaTimestamp,
  compareDates,
  daysBetween,
  endOfDayChinaMs,
  formatQuarter,
  fromDayNumber,
  isValidIsoDate,
  nextQuarter,
  parseQuarter,
  previousQuarters,
  quarterLabel,
  quarterOf,
  quarterRange,
  startOfDayChinaMs,
  toDayNumber,
  todayInChina,
  weekdayOf,
  type Quarter,
} from '@shared/domain/dates';
import { isoDateBetween } from './support/arbitraries';

const anyDate = isoDateBetween('1900-01-01', '2099-12-31');
const anyQuarter = fc.constantFrom<Quarter>(1, 2, 3, 4);

describe('ISO dates', () => {
  it('validates real calendar dates only', () => {
    expect(isValidIsoDate('2024-02-29')).toBe(true);
    expect(isValidIsoDate('2025-02-29')).toBe(false);
    expect(isValidIsoDate('1900-02-29')).toBe(false);
    expect(isValidIsoDate('2000-02-29')).toBe(true);
    expect(isValidIsoDate('2026-13-01')).toBe(false);
    expect(isValidIsoDate('2026-04-31')).toBe(false);
    expect(isValidIsoDate('2026-4-3')).toBe(false);
    expect(isValidIsoDate(20260403)).toBe(false);
  });

  it('adds days across month and year ends', () => {
    expect(addDays('2026-12-15', 30)).toBe('2027-01-14');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(compareDates('2026-09-30', '2026-10-01')).toBe(-1);
    expect(compareDates('2026-10-01', '2026-10-01')).toBe(0);
  });

  it('knows the weekday', () => {
    expect(weekdayOf('2026-10-01')).toBe(4); // Thursday
    expect(weekdayOf('2025-10-11')).toBe(6); // Saturday
    expect(weekdayOf('1900-01-01')).toBe(1); // Monday
  });

  it('adds months keeping the day or the last day of the month', () => {
    expect(addMonths('2025-03-01', 12)).toBe('2026-03-01');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
  });

  it('agrees with Date.UTC on day numbers (property)', () => {
    fc.assert(
      fc.property(anyDate, (date) => {
        const [y, m, d] = date.split('-').map(Number) as [number, number, number];
        expect(toDayNumber(date) * 86_400_000).toBe(Date.UTC(y, m - 1, d));
        expect(fromDayNumber(toDayNumber(date))).toBe(date);
        expect(weekdayOf(date)).toBe(new Date(Date.UTC(y, m - 1, d)).getUTCDay());
      }),
    );
  });

  it('adds and subtracts consistently (property)', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: -5000, max: 5000 }), (date, n) => {
        const later = addDays(date, n);
        expect(isValidIsoDate(later)).toBe(true);
        expect(daysBetween(date, later)).toBe(n);
        expect(addDays(later, -n)).toBe(date);
      }),
    );
  });
});

describe('quarters', () => {
  it('gives the ranges of 2026', () => {
    expect(quarterRange(2026, 1)).toEqual({ start: '2026-01-01', end: '2026-03-31' });
    expect(quarterRange(2026, 2)).toEqual({ start: '2026-04-01', end: '2026-06-30' });
    expect(quarterRange(2026, 3)).toEqual({ start: '2026-07-01', end: '2026-09-30' });
    expect(quarterRange(2026, 4)).toEqual({ start: '2026-10-01', end: '2026-12-31' });
    expect(quarterOf('2026-09-30')).toEqual({ year: 2026, quarter: 3 });
    expect(quarterOf('2026-10-01')).toEqual({ year: 2026, quarter: 4 });
  });

  it('parses and formats the package spelling', () => {
    expect(parseQuarter('2026Q3')).toEqual({ year: 2026, quarter: 3 });
    expect(parseQuarter(' 2026q1 ')).toEqual({ year: 2026, quarter: 1 });
    expect(parseQuarter('2026-Q4')).toEqual({ year: 2026, quarter: 4 });
    expect(parseQuarter('2026Q5')).toBeNull();
    expect(parseQuarter('26Q1')).toBeNull();
    expect(formatQuarter(2026, 3)).toBe('2026Q3');
    expect(quarterLabel(2026, 3)).toBe('2026年第3季度');
  });

  it('lists previous quarters, most recent first, across a year end', () => {
    expect(previousQuarters(2026, 2, 3)).toEqual([
      { year: 2026, quarter: 1 },
      { year: 2025, quarter: 4 },
      { year: 2025, quarter: 3 },
    ]);
    expect(previousQuarters(2026, 1, 0)).toEqual([]);
  });

  it('tiles the year without gaps or overlaps (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2099 }), anyQuarter, (year, quarter) => {
        const { start, end } = quarterRange(year, quarter);
        expect(quarterOf(start)).toEqual({ year, quarter });
        expect(quarterOf(end)).toEqual({ year, quarter });
        expect(quarterOf(addDays(end, 1))).toEqual(nextQuarter(year, quarter));
        const length = daysBetween(start, end) + 1;
        expect(length).toBeGreaterThanOrEqual(90);
        expect(length).toBeLessThanOrEqual(92);
        expect(parseQuarter(formatQuarter(year, quarter))).toEqual({ year, quarter });
      }),
    );
  });

  it('puts every date inside the range of its quarter (property)', () => {
    fc.assert(
      fc.property(anyDate, (date) => {
        const { year, quarter } = quarterOf(date);
        const { start, end } = quarterRange(year, quarter);
        expect(compareDates(start, date)).toBeLessThanOrEqual(0);
        expect(compareDates(date, end)).toBeLessThanOrEqual(0);
      }),
    );
  });
});

describe('China time', () => {
  it('turns the date at 16:00 UTC', () => {
    expect(todayInChina(Date.UTC(2026, 9, 7, 15, 59, 59, 999))).toBe('2026-10-07');
    expect(todayInChina(Date.UTC(2026, 9, 7, 16, 0, 0))).toBe('2026-10-08');
  });

  it('writes timestamps with the +08:00 offset', () => {
    expect(chinaTimestamp(Date.UTC(2026, 9, 8, 1, 30, 0))).toBe('2026-10-08T09:30:00+08:00');
    expect(chinaTimestamp(Date.UTC(2026, 11, 31, 16, 0, 0, 500))).toBe('2027-01-01T00:00:00+08:00');
  });

  it('ends a period at 24:00 China time', () => {
    expect(endOfDayChinaMs('2026-09-30')).toBe(Date.UTC(2026, 8, 30, 16, 0, 0));
    expect(startOfDayChinaMs('2026-10-01')).toBe(Date.UTC(2026, 8, 30, 16, 0, 0));
  });

  it('places every instant inside its China day (property)', () => {
    const instant = fc.integer({ min: Date.UTC(1971, 0, 1), max: Date.UTC(2099, 0, 1) });
    fc.assert(
      fc.property(instant, (ms) => {
        const day = todayInChina(ms);
        expect(startOfDayChinaMs(day)).toBeLessThanOrEqual(ms);
        expect(ms).toBeLessThan(endOfDayChinaMs(day));
        expect(Date.parse(chinaTimestamp(ms))).toBe(Math.floor(ms / 1000) * 1000);
        expect(chinaTimestamp(ms).startsWith(day)).toBe(true);
      }),
    );
  });
});
