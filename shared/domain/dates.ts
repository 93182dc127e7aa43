// Dates are ISO strings 'YYYY-MM-DD' everywhere in the app: they sort as text, print as the clerk expects and never
// shift with the PC's time zone. All arithmetic here works on day numbers (days since 1970-01-01) computed by hand,
// so nothing depends on the local time zone or on Date's two-digit-year quirks.

/** A calendar date 'YYYY-MM-DD' (the app's date type). Validate untrusted input with `isValidIsoDate`. */
export type IsoDate = string;
export type Quarter = 1 | 2 | 3 | 4;
export type YearQuarter = { year: number; quarter: Quarter };

const DAY_MS = 86_400_000;
/** China has used UTC+8 without daylight saving since 1991; the app only needs the current offset. */
const CHINA_OFFSET_MS = 8 * 3_600_000;
const ISO_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isValidDateParts(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 1 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

export function isValidIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const match = ISO_PATTERN.exec(value);
  if (!match) return false;
  return isValidDateParts(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** Builds 'YYYY-MM-DD' from parts; the caller guarantees they are valid. */
export function formatIsoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export type DateParts = { year: number; month: number; day: number };

/** Splits a valid ISO date; throws on anything else because callers must validate input first. */
export function dateParts(date: IsoDate): DateParts {
  const match = ISO_PATTERN.exec(date);
  if (!match || !isValidIsoDate(date)) throw new RangeError(`不是有效日期：${date}`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

// Day-number conversion after Howard Hinnant's days_from_civil / civil_from_days (proleptic Gregorian calendar).
export function toDayNumber(date: IsoDate): number {
  const { year, month, day } = dateParts(date);
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

export function fromDayNumber(dayNumber: number): IsoDate {
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return formatIsoDate(year, month, day);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

export function compareDates(a: IsoDate, b: IsoDate): -1 | 0 | 1 {
  const diff = toDayNumber(a) - toDayNumber(b);
  return diff < 0 ? -1 : diff > 0 ? 1 : 0;
}

/** 0 = Sunday … 6 = Saturday, as Date.getUTCDay. 1970-01-01 was a Thursday. */
export function weekdayOf(date: IsoDate): number {
  return (((toDayNumber(date) + 4) % 7) + 7) % 7;
}

export function isWeekend(date: IsoDate): boolean {
  const weekday = weekdayOf(date);
  return weekday === 0 || weekday === 6;
}

/** Same day `months` later; a day missing in the target month becomes its last day (2024-02-29 + 12 → 2025-02-28). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const { year, month, day } = dateParts(date);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12 + 1;
  return formatIsoDate(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}

export function quarterOf(date: IsoDate): YearQuarter {
  const { year, month } = dateParts(date);
  return { year, quarter: (Math.floor((month - 1) / 3) + 1) as Quarter };
}

export function quarterRange(year: number, quarter: Quarter): { start: IsoDate; end: IsoDate } {
  const lastMonth = quarter * 3;
  return {
    start: formatIsoDate(year, lastMonth - 2, 1),
    end: formatIsoDate(year, lastMonth, daysInMonth(year, lastMonth)),
  };
}

/** '2026Q3' (also '2026q3', '2026-Q3') → {year, quarter}; anything else → null. */
export function parseQuarter(text: string): YearQuarter | null {
  const match = /^(\d{4})-?[Qq]([1-4])$/.exec(text.trim());
  if (!match) return null;
  return { year: Number(match[1]), quarter: Number(match[2]) as Quarter };
}

/** The package's spelling: '2026Q3'. */
export function formatQuarter(year: number, quarter: Quarter): string {
  return `${year}Q${quarter}`;
}

/** What clerks write on paper: '2026年第3季度'. */
export function quarterLabel(year: number, quarter: Quarter): string {
  return `${year}年第${quarter}季度`;
}

export function previousQuarter(year: number, quarter: Quarter): YearQuarter {
  return quarter === 1 ? { year: year - 1, quarter: 4 } : { year, quarter: (quarter - 1) as Quarter };
}

export function nextQuarter(year: number, quarter: Quarter): YearQuarter {
  return quarter === 4 ? { year: year + 1, quarter: 1 } : { year, quarter: (quarter + 1) as Quarter };
}

/** The `n` quarters before (year, quarter), most recent first; the given quarter itself is not included. */
export function previousQuarters(year: number, quarter: Quarter, n: number): YearQuarter[] {
  const result: YearQuarter[] = [];
  let current: YearQuarter = { year, quarter };
  for (let i = 0; i < n; i += 1) {
    current = previousQuarter(current.year, current.quarter);
    result.push(current);
  }
  return result;
}

function utcParts(ms: number): { date: IsoDate; time: string } {
  const dayNumber = Math.floor(ms / DAY_MS);
  const msOfDay = ms - dayNumber * DAY_MS;
  const seconds = Math.floor(msOfDay / 1000);
  const hh = String(Math.floor(seconds / 3600)).padStart(2, '0');
  const mm = String(Math.floor((seconds % 3600) / 60)).padStart(2, '0');
  const ss = String(seconds % 60).padStart(2, '0');
  return { date: fromDayNumber(dayNumber), time: `${hh}:${mm}:${ss}` };
}

/** The date on a wall calendar in China at the instant `nowMs` (epoch milliseconds). */
export function todayInChina(nowMs: number): IsoDate {
  return utcParts(nowMs + CHINA_OFFSET_MS).date;
}

/** ISO 8601 with the China offset, seconds precision, as the package wants: '2026-10-08T09:30:00+08:00'. */
export function chinaTimestamp(ms: number): string {
  const { date, time } = utcParts(ms + CHINA_OFFSET_MS);
  return `${date}T${time}+08:00`;
}

/** The instant 00:00 China time at the start of `date`, in epoch milliseconds. */
export function startOfDayChinaMs(date: IsoDate): number {
  return toDayNumber(date) * DAY_MS - CHINA_OFFSET_MS;
}

/** The instant 24:00 China time at the end of `date` (= 00:00 of the next day), in epoch milliseconds. */
export function endOfDayChinaMs(date: IsoDate): number {
  return (toDayNumber(date) + 1) * DAY_MS - CHINA_OFFSET_MS;
}
