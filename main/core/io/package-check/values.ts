// Value rules shared by every table: ID numbers, dates, timestamps, money. Strict on purpose: these read what an
// exporter wrote, not what a clerk typed, so nothing is cleaned (no trimming, no full-width folding, no 15-digit
// upgrade) — a value that needs cleaning is already a deviation the county would reject.

import { checkDigit } from '@shared/domain/id-number';
import { isValidDateParts, isValidIsoDate, toDayNumber } from '@shared/domain/dates';

export type ValueProblem = { check: string; text: string };

const ID_SHAPE = /^\d{17}[\dX]$/;

/** GB 11643: 18 characters, 17 digits, a real birth date, the MOD 11-2 check character with `X` upper-case. */
export function idNumberProblem(value: string): ValueProblem | null {
  // the usual case first: 17 digits and a digit or X, which settles length and characters at once
  if (!ID_SHAPE.test(value)) {
    const length = [...value].length;
    if (length !== 18) return { check: 'length', text: `身份证号码应为 18 位，现为 ${length} 位（“${value}”）` };
    if (/^\d{17}x$/.test(value)) return { check: 'lowercase_x', text: `身份证号码末位的 X 必须大写（“${value}”）` };
    return { check: 'characters', text: `身份证号码前 17 位应为数字，末位为数字或 X（“${value}”）` };
  }
  const [year, month, day] = [value.slice(6, 10), value.slice(10, 12), value.slice(12, 14)].map(Number);
  if (!isValidDateParts(year!, month!, day!)) {
    return { check: 'date', text: `身份证号码第 7–14 位的出生日期 ${value.slice(6, 14)} 不存在（“${value}”）` };
  }
  if (checkDigit(value.slice(0, 17)) !== value[17]) {
    return { check: 'check_digit', text: `身份证号码校验位不符（“${value}”），号码中有录错的数字，请与原件核对` };
  }
  return null;
}

/** Sex code from digit 17 of an 18-character ID: odd = '1' (男). */
export function sexOfId(idNumber: string): '1' | '2' {
  return Number(idNumber[16]) % 2 === 1 ? '1' : '2';
}

/** Birth date 'YYYY-MM-DD' from digits 7–14. */
export function birthDateOfId(idNumber: string): string {
  return `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`;
}

export function dateProblem(value: string): ValueProblem | null {
  if (isValidIsoDate(value)) return null;
  // isValidIsoDate narrows `value` to never on this side, so the message quotes the text through a wider type
  const shown: unknown = value;
  return { check: 'date', text: `“${String(shown)}”不是有效日期，日期应写作 YYYY-MM-DD，如 2026-07-01` };
}

const TIMESTAMP = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?([+-])(\d{2}):(\d{2})$/;

/**
 * An ISO 8601 timestamp with seconds and an explicit offset (`+08:00`), as the format's example; epoch milliseconds,
 * or null when it is not one. `Z` is refused: the format asks for an offset, and every example carries one.
 */
export function parseTimestamp(value: string): number | null {
  const match = TIMESTAMP.exec(value);
  if (!match) return null;
  const [, date, hh, mm, ss, fraction, sign, oh, om] = match;
  const hours = Number(hh);
  const minutes = Number(mm);
  const seconds = Number(ss);
  const offsetMinutes = Number(oh) * 60 + Number(om);
  if (!isValidIsoDate(date) || hours > 23 || minutes > 59 || seconds > 59) return null;
  if (Number(oh) > 14 || Number(om) > 59) return null;
  const local = toDayNumber(date) * 86_400_000 + ((hours * 60 + minutes) * 60 + seconds) * 1000;
  const millis = fraction ? Math.floor(Number(`0${fraction}`) * 1000) : 0;
  return local + millis - (sign === '+' ? 1 : -1) * offsetMinutes * 60_000;
}

export function timestampText(value: string): string {
  return `“${value}”不是带时区偏移的 ISO 8601 时间，应写作如 2026-10-08T09:30:00+08:00`;
}

const MONEY = /^(0|[1-9]\d*)(?:\.(\d{1,2}))?$/;

/** Yuan with up to 2 decimals, as whole fen (integers, so sums are exact); null when it is not such a number. */
export function moneyToFen(value: string): number | null {
  const match = MONEY.exec(value);
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

/** Fen as yuan with exactly 2 decimals: 445125 → '4451.25'. */
export function fenToYuan(fen: number): string {
  return `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
}

/** Characters a spreadsheet would run as a formula, and the guard itself. */
export const FORMULA_START = /^[=+\-@\t\r]/;
export const ANY_GUARDED_START = /^[=+\-@\t\r']/;

/** How a leading character is named in a message (TAB and CR are invisible). */
export function describeStart(value: string): string {
  const first = value[0] ?? '';
  return first === '\t' ? '制表符（TAB）' : first === '\r' ? '回车符（CR）' : `“${first}”`;
}
