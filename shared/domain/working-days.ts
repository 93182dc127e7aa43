// Working days under China's official calendar, for the 动态清零 deadline of zero-employment households. A day is a
// working day when it is listed as an adjusted working day (调休上班), or is Monday–Friday and not a holiday. The
// calendar is data (resources/calendar/cn-official.json), passed in as an argument so the station can correct a year
// and tests can use their own; for a year it does not cover, weekends alone decide and callers should warn.

import { z } from 'zod';
import {
  addDays,
  compareDates,
  isValidIsoDate,
  isWeekend,
  quarterOf,
  quarterRange,
  toDayNumber,
  fromDayNumber,
  type IsoDate,
} from './dates';

const isoDate = z.string().refine(isValidIsoDate, { message: '日期格式应为 YYYY-MM-DD，且须是真实日期' });

const calendarYearSchema = z.object({
  /** True while the State Council notice for the year is not yet out and the year holds only statutory days. */
  provisional: z.boolean(),
  source: z.string().min(1, '请注明依据（通知名称与文号）'),
  note: z.string().optional(),
  holidays: z.array(z.object({ name: z.string().min(1, '请填写节日名称'), dates: z.array(isoDate).min(1) })),
  workdays: z.array(isoDate),
});

export const officialCalendarSchema = z
  .object({ years: z.record(z.string().regex(/^\d{4}$/, '年份应为 4 位数字'), calendarYearSchema) })
  .superRefine((calendar, ctx) => {
    for (const [year, data] of Object.entries(calendar.years)) {
      const seen = new Set<string>();
      const check = (date: string, path: (string | number)[], kind: 'holiday' | 'workday') => {
        if (!isValidIsoDate(date)) return;
        if (!date.startsWith(`${year}-`)) ctx.addIssue({ code: 'custom', path, message: `${date} 不在 ${year} 年内` });
        if (seen.has(date)) ctx.addIssue({ code: 'custom', path, message: `${date} 重复列出` });
        seen.add(date);
        if (kind === 'workday' && !isWeekend(date)) {
          ctx.addIssue({ code: 'custom', path, message: `${date} 不是周六或周日，无需列为调休上班日` });
        }
      };
      data.holidays.forEach((holiday, h) =>
        holiday.dates.forEach((date, d) => check(date, ['years', year, 'holidays', h, 'dates', d], 'holiday')),
      );
      data.workdays.forEach((date, w) => check(date, ['years', year, 'workdays', w], 'workday'));
    }
  });

export type OfficialCalendar = z.infer<typeof officialCalendarSchema>;
export type CalendarYear = OfficialCalendar['years'][string];

type CalendarIndex = { holidays: Map<IsoDate, string>; workdays: Set<IsoDate> };
// Deadline lists call isWorkingDay thousands of times with the same calendar object; index it once per object.
const indexCache = new WeakMap<OfficialCalendar, CalendarIndex>();

function indexOf(calendar: OfficialCalendar): CalendarIndex {
  let index = indexCache.get(calendar);
  if (!index) {
    index = { holidays: new Map(), workdays: new Set() };
    for (const year of Object.values(calendar.years)) {
      for (const holiday of year.holidays) for (const date of holiday.dates) index.holidays.set(date, holiday.name);
      for (const date of year.workdays) index.workdays.add(date);
    }
    indexCache.set(calendar, index);
  }
  return index;
}

/** Whether the calendar has data for the year of `date`. */
export function calendarCovers(calendar: OfficialCalendar, date: IsoDate): boolean {
  return Object.prototype.hasOwnProperty.call(calendar.years, date.slice(0, 4));
}

/** Years between two dates (inclusive) that the calendar lacks or only holds provisionally, to warn about. */
export function calendarGaps(
  calendar: OfficialCalendar,
  from: IsoDate,
  to: IsoDate,
): { missing: number[]; provisional: number[] } {
  const missing: number[] = [];
  const provisional: number[] = [];
  const [first, last] = compareDates(from, to) <= 0 ? [from, to] : [to, from];
  for (let year = Number(first.slice(0, 4)); year <= Number(last.slice(0, 4)); year += 1) {
    const data = calendar.years[String(year)];
    if (!data) missing.push(year);
    else if (data.provisional) provisional.push(year);
  }
  return { missing, provisional };
}

/** The holiday's name when `date` is a listed day off ('国庆节'), else null. */
export function holidayName(calendar: OfficialCalendar, date: IsoDate): string | null {
  return indexOf(calendar).holidays.get(date) ?? null;
}

export function isWorkingDay(calendar: OfficialCalendar, date: IsoDate): boolean {
  const index = indexOf(calendar);
  if (index.workdays.has(date)) return true;
  if (index.holidays.has(date)) return false;
  return !isWeekend(date);
}

/**
 * The date `n` working days after `date`: day 1 is the first working day after it, whatever `date` itself is.
 * n = 0 gives `date`; a negative n gives the n-th working day before `date` (-1 = the previous working day).
 */
export function addWorkingDays(calendar: OfficialCalendar, date: IsoDate, n: number): IsoDate {
  if (!Number.isInteger(n)) throw new RangeError('工作日天数应为整数');
  const step = n < 0 ? -1 : 1;
  let day = toDayNumber(date);
  for (let left = Math.abs(n); left > 0;) {
    day += step;
    if (isWorkingDay(calendar, fromDayNumber(day))) left -= 1;
  }
  return fromDayNumber(day);
}

/** Working days in (from, to], so that workingDaysBetween(d, addWorkingDays(d, n)) = n for n ≥ 0; negated when `to` is earlier. */
export function workingDaysBetween(calendar: OfficialCalendar, from: IsoDate, to: IsoDate): number {
  const order = compareDates(from, to);
  if (order === 0) return 0;
  const [start, end] = order < 0 ? [from, to] : [to, from];
  let count = 0;
  for (let day = addDays(start, 1); compareDates(day, end) <= 0; day = addDays(day, 1)) {
    if (isWorkingDay(calendar, day)) count += 1;
  }
  return order < 0 ? count : -count;
}

/** The county's time limit for clearing a recognised household (a setting of the county). */
export type ClearanceRule =
  { kind: 'calendar-days'; days: number } | { kind: 'working-days'; days: number } | { kind: 'quarter-end' };

export const clearanceRuleSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('calendar-days'), days: z.number().int().min(1, '天数至少为 1').max(366) }),
  z.object({ kind: z.literal('working-days'), days: z.number().int().min(1, '天数至少为 1').max(250) }),
  z.object({ kind: z.literal('quarter-end') }),
]);

/** '认定后 30 日内' as the clerk reads the rule. */
export function clearanceRuleLabel(rule: ClearanceRule): string {
  if (rule.kind === 'calendar-days') return `认定后 ${rule.days} 日内`;
  if (rule.kind === 'working-days') return `认定后 ${rule.days} 个工作日内`;
  return '认定当季度末前';
}

/** The last day by which a household recognised on `identifiedOn` must be cleared. */
export function clearanceDeadline(rule: ClearanceRule, identifiedOn: IsoDate, calendar: OfficialCalendar): IsoDate {
  switch (rule.kind) {
    case 'calendar-days':
      return addDays(identifiedOn, rule.days);
    case 'working-days':
      return addWorkingDays(calendar, identifiedOn, rule.days);
    case 'quarter-end': {
      const { year, quarter } = quarterOf(identifiedOn);
      return quarterRange(year, quarter).end;
    }
  }
}

/** A deadline this many days away or fewer is "due soon" on the 动态清零 list (and amber on screen). */
export const DUE_SOON_DAYS = 7;

/** Calendar days from `today` to `deadline`: 0 = due today, negative = overdue by that many days. */
export function daysLeft(deadline: IsoDate, today: IsoDate): number {
  return toDayNumber(deadline) - toDayNumber(today);
}
