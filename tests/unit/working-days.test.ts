import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import calendarFile from '../../resources/calendar/cn-official.json';
import { addDays, compareDates, isWeekend } from '@shared/domain/dates';
import {
  addWorkingDays,
  calendarCovers,
  calendarGaps,
  clearanceDeadline,
  clearanceRuleLabel,
  clearanceRuleSchema,
  daysLeft,
  holidayName,
  isWorkingDay,
  officialCalendarSchema,
  workingDaysBetween,
  type OfficialCalendar,
} from '@shared/domain/working-days';
import { isoDateBetween } from './support/arbitraries';

const calendar: OfficialCalendar = officialCalendarSchema.parse(calendarFile);
const covered = isoDateBetween('2024-01-01', '2027-12-31');

const workingDaysInYear = (year: number) => workingDaysBetween(calendar, `${year - 1}-12-31`, `${year}-12-31`);

describe('the calendar file', () => {
  it('passes its schema and covers 2024–2027, with 2027 marked provisional', () => {
    expect(officialCalendarSchema.safeParse(calendarFile).success).toBe(true);
    expect(Object.keys(calendar.years)).toEqual(['2024', '2025', '2026', '2027']);
    expect(calendar.years['2024']!.provisional).toBe(false);
    expect(calendar.years['2025']!.provisional).toBe(false);
    expect(calendar.years['2026']!.provisional).toBe(false);
    expect(calendar.years['2027']!.provisional).toBe(true);
  });

  it('gives the published number of working days: 251 in 2024, 248 in 2025, and 248 in 2026 by count', () => {
    expect(workingDaysInYear(2024)).toBe(251);
    expect(workingDaysInYear(2025)).toBe(248);
    expect(workingDaysInYear(2026)).toBe(248);
  });

  it('rejects dates outside their year, duplicates and weekdays listed as working days', () => {
    const bad = {
      years: {
        '2026': {
          provisional: false,
          source: '测试',
          holidays: [{ name: '国庆节', dates: ['2026-10-01', '2025-10-02', '2026-10-01', '2026-02-30'] }],
          workdays: ['2026-10-09'],
        },
      },
    };
    const result = officialCalendarSchema.safeParse(bad);
    expect(result.success).toBe(false);
    const messages = result.error?.issues.map((issue) => issue.message) ?? [];
    expect(messages).toContain('2025-10-02 不在 2026 年内');
    expect(messages).toContain('2026-10-01 重复列出');
    expect(messages).toContain('2026-10-09 不是周六或周日，无需列为调休上班日');
    expect(messages.some((message) => message.startsWith('日期格式应为'))).toBe(true);
  });
});

describe('working days', () => {
  it('follows National Day 2025 (merged with Mid-Autumn) and its adjusted days', () => {
    expect(isWorkingDay(calendar, '2025-09-27')).toBe(false); // Saturday
    expect(isWorkingDay(calendar, '2025-09-28')).toBe(true); // Sunday, 调休上班
    expect(isWorkingDay(calendar, '2025-09-30')).toBe(true);
    for (let day = 1; day <= 8; day += 1) expect(isWorkingDay(calendar, `2025-10-0${day}`)).toBe(false);
    expect(isWorkingDay(calendar, '2025-10-09')).toBe(true);
    expect(isWorkingDay(calendar, '2025-10-11')).toBe(true); // Saturday, 调休上班
    expect(isWorkingDay(calendar, '2025-10-12')).toBe(false);
    expect(holidayName(calendar, '2025-10-06')).toBe('国庆节、中秋节');
  });

  it('follows Mid-Autumn and National Day 2026 and their adjusted days', () => {
    expect(isWorkingDay(calendar, '2026-09-19')).toBe(false); // Saturday
    expect(isWorkingDay(calendar, '2026-09-20')).toBe(true); // Sunday, 调休上班
    expect(isWorkingDay(calendar, '2026-09-25')).toBe(false); // 中秋节
    expect(isWorkingDay(calendar, '2026-09-28')).toBe(true);
    for (let day = 1; day <= 7; day += 1) expect(isWorkingDay(calendar, `2026-10-0${day}`)).toBe(false);
    expect(isWorkingDay(calendar, '2026-10-08')).toBe(true);
    expect(isWorkingDay(calendar, '2026-10-10')).toBe(true); // Saturday, 调休上班
    expect(isWorkingDay(calendar, '2026-10-11')).toBe(false);
    expect(holidayName(calendar, '2026-09-26')).toBe('中秋节');
    expect(holidayName(calendar, '2026-10-08')).toBeNull();
  });

  it('counts deadlines in working days across the holidays', () => {
    expect(addWorkingDays(calendar, '2026-09-28', 10)).toBe('2026-10-16');
    expect(addWorkingDays(calendar, '2025-09-26', 5)).toBe('2025-10-10');
    expect(addWorkingDays(calendar, '2025-12-24', 10)).toBe('2026-01-08');
    expect(addWorkingDays(calendar, '2026-02-13', 1)).toBe('2026-02-14'); // Saturday before 春节, 调休上班
    expect(addWorkingDays(calendar, '2026-02-14', 1)).toBe('2026-02-24');
    expect(addWorkingDays(calendar, '2026-10-01', 0)).toBe('2026-10-01');
    expect(addWorkingDays(calendar, '2026-10-08', -1)).toBe('2026-09-30');
    expect(workingDaysBetween(calendar, '2026-09-28', '2026-10-16')).toBe(10);
    expect(workingDaysBetween(calendar, '2026-10-16', '2026-09-28')).toBe(-10);
  });

  it('treats a weekend day as working only when it is listed (property)', () => {
    fc.assert(
      fc.property(covered, (date) => {
        const listed = Object.values(calendar.years).some((year) => year.workdays.includes(date));
        const holiday = holidayName(calendar, date) !== null;
        expect(isWorkingDay(calendar, date)).toBe(listed || (!holiday && !isWeekend(date)));
      }),
    );
  });

  it('makes addWorkingDays and workingDaysBetween inverse (property)', () => {
    fc.assert(
      fc.property(isoDateBetween('2024-01-01', '2027-09-30'), fc.integer({ min: 0, max: 60 }), (date, n) => {
        const deadline = addWorkingDays(calendar, date, n);
        expect(workingDaysBetween(calendar, date, deadline)).toBe(n);
        expect(workingDaysBetween(calendar, deadline, date) + n).toBe(0);
        if (n > 0) {
          expect(isWorkingDay(calendar, deadline)).toBe(true);
          expect(compareDates(addWorkingDays(calendar, date, n - 1), deadline)).toBe(-1);
        }
      }),
    );
  });

  it('counts back to the previous working days and forward again (property)', () => {
    fc.assert(
      fc.property(isoDateBetween('2024-03-01', '2027-12-31'), fc.integer({ min: 1, max: 40 }), (date, n) => {
        const earlier = addWorkingDays(calendar, date, -n);
        expect(isWorkingDay(calendar, earlier)).toBe(true);
        expect(compareDates(earlier, date)).toBe(-1);
        if (isWorkingDay(calendar, date)) expect(addWorkingDays(calendar, earlier, n)).toBe(date);
      }),
    );
  });
});

describe('clearance deadline', () => {
  it('applies the three kinds of county rule at month and year ends', () => {
    expect(clearanceDeadline({ kind: 'calendar-days', days: 30 }, '2026-12-15', calendar)).toBe('2027-01-14');
    expect(clearanceDeadline({ kind: 'calendar-days', days: 30 }, '2026-01-31', calendar)).toBe('2026-03-02');
    expect(clearanceDeadline({ kind: 'working-days', days: 10 }, '2026-09-28', calendar)).toBe('2026-10-16');
    expect(clearanceDeadline({ kind: 'working-days', days: 10 }, '2025-12-24', calendar)).toBe('2026-01-08');
    expect(clearanceDeadline({ kind: 'quarter-end' }, '2026-08-15', calendar)).toBe('2026-09-30');
    expect(clearanceDeadline({ kind: 'quarter-end' }, '2026-12-31', calendar)).toBe('2026-12-31');
    expect(clearanceDeadline({ kind: 'quarter-end' }, '2024-01-01', calendar)).toBe('2024-03-31');
  });

  it('never falls before the recognition date (property)', () => {
    const rule = fc.oneof(
      fc.integer({ min: 1, max: 90 }).map((days) => ({ kind: 'calendar-days' as const, days })),
      fc.integer({ min: 1, max: 60 }).map((days) => ({ kind: 'working-days' as const, days })),
      fc.constant({ kind: 'quarter-end' as const }),
    );
    fc.assert(
      fc.property(rule, isoDateBetween('2024-01-01', '2027-09-30'), (r, identifiedOn) => {
        expect(clearanceRuleSchema.safeParse(r).success).toBe(true);
        const deadline = clearanceDeadline(r, identifiedOn, calendar);
        expect(compareDates(deadline, identifiedOn)).toBeGreaterThanOrEqual(0);
        if (r.kind === 'calendar-days') expect(deadline).toBe(addDays(identifiedOn, r.days));
      }),
    );
  });

  it('counts the days left and labels the rule', () => {
    expect(daysLeft('2026-10-16', '2026-10-16')).toBe(0);
    expect(daysLeft('2026-10-16', '2026-10-10')).toBe(6);
    expect(daysLeft('2026-10-16', '2026-10-20')).toBe(-4);
    expect(clearanceRuleLabel({ kind: 'working-days', days: 10 })).toBe('认定后 10 个工作日内');
    expect(clearanceRuleSchema.safeParse({ kind: 'calendar-days', days: 0 }).success).toBe(false);
  });

  it('tells which years the calendar lacks', () => {
    expect(calendarCovers(calendar, '2026-10-01')).toBe(true);
    expect(calendarCovers(calendar, '2028-01-01')).toBe(false);
    expect(calendarGaps(calendar, '2026-12-01', '2028-02-01')).toEqual({ missing: [2028], provisional: [2027] });
  });
});
