// Dates as clerks typed them into Excel or WPS, for the importer: 2019.3.5, 2019/03/05, 2019年3月5日, 20190305,
// full-width digits, Excel serial numbers and the Date objects exceljs hands out. Anything that is not one exact day
// is refused with a Chinese message for the import report; nothing is guessed (no two-digit years, no day-first).

import { addDays, daysBetween, formatIsoDate, isValidDateParts, type IsoDate } from './dates';
import { normaliseAscii, removeBlanks } from './text-normalise';

export type DateNormaliseOptions = {
  /** Accept '2019.03' as the first of the month, with a warning (for columns where only a month is known). */
  allowYearMonth?: boolean;
  /** The workbook uses the 1904 date system (old Mac Excel). */
  date1904?: boolean;
  /** Plausible years; outside them the value is more likely a typing error than a date. Default 1900–2099. */
  minYear?: number;
  maxYear?: number;
};

export type DateNormaliseResult = { ok: true; date: IsoDate; warning?: string } | { ok: false; message: string };

const refuse = (message: string): DateNormaliseResult => ({ ok: false, message });

// Excel's 1900 system counts 1900-01-01 as 1 and, copying Lotus 1-2-3, has a 29 February 1900 (serial 60) that never
// existed; from serial 61 (1900-03-01) on, the day is 1899-12-30 + serial.
const EXCEL_1900_BASE: IsoDate = '1899-12-30';
const EXCEL_1904_BASE: IsoDate = '1904-01-01';
const EXCEL_MAX_SERIAL = 2_958_465; // 9999-12-31

export function normaliseDate(input: string | number | Date, opts: DateNormaliseOptions = {}): DateNormaliseResult {
  if (input instanceof Date) return fromDateObject(input, opts);
  if (typeof input === 'number') return fromNumber(input, opts);
  return fromText(input, opts);
}

/** The Excel serial number of a date (1900 system unless `date1904`), e.g. for writing ledger.xlsx. */
export function toExcelSerial(date: IsoDate, date1904 = false): number {
  if (date1904) return daysBetween(EXCEL_1904_BASE, date);
  const serial = daysBetween(EXCEL_1900_BASE, date);
  return serial <= 60 ? serial - 1 : serial;
}

function checked(
  year: number,
  month: number,
  day: number,
  opts: DateNormaliseOptions,
  shown: string,
): DateNormaliseResult {
  const minYear = opts.minYear ?? 1900;
  const maxYear = opts.maxYear ?? 2099;
  if (month < 1 || month > 12) return refuse(`日期“${shown}”的月份应为 1–12`);
  if (!isValidDateParts(year, month, day)) return refuse(`日期“${shown}”不存在：${year} 年 ${month} 月没有 ${day} 日`);
  if (year < minYear || year > maxYear) return refuse(`日期“${shown}”的年份应在 ${minYear}–${maxYear} 之间，请核对`);
  return { ok: true, date: formatIsoDate(year, month, day) };
}

function yearMonth(year: number, month: number, opts: DateNormaliseOptions, shown: string): DateNormaliseResult {
  if (!opts.allowYearMonth) return refuse(`日期“${shown}”只有年月，缺少日，请补全（如 ${year}.${month}.1）`);
  const result = checked(year, month, 1, opts, shown);
  if (!result.ok) return result;
  return { ...result, warning: `日期“${shown}”只填了年月，已按 ${result.date} 记录，请核实` };
}

/**
 * exceljs reads a cell's serial as if it were UTC, so the UTC fields of the Date are exactly the day (and time) the
 * clerk saw in Excel in China; shifting by +8 hours would move evening times to the next day.
 */
function fromDateObject(value: Date, opts: DateNormaliseOptions): DateNormaliseResult {
  if (Number.isNaN(value.getTime())) return refuse('单元格里的日期无效');
  const year = value.getUTCFullYear();
  const month = value.getUTCMonth() + 1;
  const day = value.getUTCDate();
  return checked(year, month, day, opts, formatIsoDate(year, month, day));
}

function fromNumber(value: number, opts: DateNormaliseOptions): DateNormaliseResult {
  if (!Number.isFinite(value)) return refuse('单元格里的日期无效');
  const whole = Math.floor(value);
  const shown = String(value);
  // A date typed as digits into a number cell: 20190305 or 201903. Serials that large fall after the year 2099.
  if (whole === value && whole >= 10_000_000 && whole <= 99_999_999) return fromText(shown, opts);
  if (whole === value && whole >= 190_001 && whole <= 209_912) return fromText(shown, opts);
  // A bare year such as 2019 would otherwise read as the serial of a day in 1905.
  if (whole === value && whole >= 1900 && whole <= 2100) return refuse(`日期“${shown}”只有年份，缺少月、日`);
  if (opts.date1904) {
    if (whole < 0 || whole > EXCEL_MAX_SERIAL) return refuse(`“${shown}”不是有效的 Excel 日期`);
    return fromIso(addDays(EXCEL_1904_BASE, whole), opts, shown);
  }
  if (whole < 1 || whole > EXCEL_MAX_SERIAL) return refuse(`“${shown}”不是有效的 Excel 日期`);
  if (whole === 60) return refuse('Excel 日期序列值 60 对应不存在的 1900-02-29，请核对');
  return fromIso(addDays(EXCEL_1900_BASE, whole < 60 ? whole + 1 : whole), opts, shown);
}

function fromIso(date: IsoDate, opts: DateNormaliseOptions, shown: string): DateNormaliseResult {
  const [year, month, day] = [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
  const result = checked(year, month, day, opts, date);
  return result.ok ? result : refuse(`${result.message}（Excel 日期序列值 ${shown}）`);
}

const TIME_SUFFIX = /(?:T|\s+)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;

function fromText(raw: string, opts: DateNormaliseOptions): DateNormaliseResult {
  const shown = normaliseAscii(raw).replace(/。/g, '.');
  if (shown === '') return refuse('日期为空');
  const text = removeBlanks(shown.replace(TIME_SUFFIX, ''));
  const num = (s: string | undefined) => Number(s);

  let m = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (m) return checked(num(m[1]), num(m[2]), num(m[3]), opts, shown);
  m = /^(\d{4})([./-])(\d{1,2})\2(\d{1,2})$/.exec(text);
  if (m) return checked(num(m[1]), num(m[3]), num(m[4]), opts, shown);
  m = /^(\d{4})年(\d{1,2})月(\d{1,2})[日号]?$/.exec(text);
  if (m) return checked(num(m[1]), num(m[2]), num(m[3]), opts, shown);

  m = /^(\d{4})(?:[./-](\d{1,2})|年(\d{1,2})月?|(\d{2}))$/.exec(text);
  if (m) return yearMonth(num(m[1]), num(m[2] ?? m[3] ?? m[4]), opts, shown);
  if (/^\d{4}年?$/.test(text)) return refuse(`日期“${shown}”只有年份，缺少月、日`);
  if (/^\d{2}([./-])\d{1,2}\1\d{1,2}$/.test(text) || /^\d{2}年\d{1,2}月/.test(text)) {
    return refuse(`日期“${shown}”的年份只有两位，请写全 4 位（如 2019.3.5）`);
  }
  if (/^\d+(\.\d+)?$/.test(text)) return refuse(`“${shown}”不是日期；如果是 Excel 日期，请把单元格设为日期格式`);
  return refuse(`无法识别的日期“${shown}”，请写成 2019-03-05 或 2019.3.5 的样子`);
}
