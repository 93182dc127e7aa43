// 公民身份号码 (GB 11643-1999): 6-digit region code, 8-digit birth date, 3-digit sequence (odd = male) and an
// ISO 7064 MOD 11-2 check character. The ID number is the key of every register, so it is checked strictly; the only
// repair ever made is the documented upgrade of a 15-digit number issued before 1999.

import { compareDates, formatIsoDate, isValidDateParts, type IsoDate } from './dates';
import { normaliseIdText } from './text-normalise';

export type IdProblem =
  | 'EMPTY'
  | 'EXCEL_NUMBER'
  | 'BAD_LENGTH'
  | 'BAD_CHARACTERS'
  | 'BAD_REGION'
  | 'BAD_BIRTH_DATE'
  | 'BIRTH_BEFORE_1900'
  | 'BIRTH_IN_FUTURE'
  | 'BAD_CHECK_DIGIT';

export type ParsedId = {
  /** The 18-character number, X upper-case. */
  idNumber: string;
  sex: '1' | '2';
  birthDate: IsoDate;
  regionCode: string;
  /** Set when the input was a 15-digit number and `idNumber` is its 18-character form. */
  upgradedFrom15?: string;
};

export type IdResult = { ok: true; value: ParsedId } | { ok: false; reason: IdProblem; message: string };

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARACTERS = '10X98765432';

/** Province-level codes (GB/T 2260 first two digits), including 71 台湾, 81 香港, 82 澳门 and 83 (台湾居民居住证). */
const PROVINCES = new Set(
  '11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 61 62 63 64 65 71 81 82 83'.split(' '),
);

/** The 18th character for the first 17 digits. Throws on anything but 17 digits (a programming error). */
export function checkDigit(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError('checkDigit 需要 17 位数字');
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK_CHARACTERS[sum % 11]!;
}

const fail = (reason: IdProblem, message: string): IdResult => ({ ok: false, reason, message });

/**
 * Checks an ID number as typed or imported. `today` (YYYY-MM-DD) refuses birth dates in the future; without it only
 * the calendar is checked. A 15-digit number is upgraded (19 inserted before the birth date, check digit appended).
 */
export function parseIdNumber(raw: string, today?: IsoDate): IdResult {
  const text = normaliseIdText(raw);
  if (text === '') return fail('EMPTY', '请填写身份证号码');
  const mangled = looksExcelMangled(text);
  if (mangled) return fail('EXCEL_NUMBER', mangled);

  let idNumber: string;
  let upgradedFrom15: string | undefined;
  if (text.length === 15) {
    if (!/^\d{15}$/.test(text)) return fail('BAD_CHARACTERS', '15 位旧身份证号码应全部是数字');
    const first17 = `${text.slice(0, 6)}19${text.slice(6)}`;
    idNumber = first17 + checkDigit(first17);
    upgradedFrom15 = text;
  } else if (text.length === 18) {
    if (!/^\d{17}[\dX]$/.test(text)) {
      return fail('BAD_CHARACTERS', '身份证号码前 17 位应为数字，最后一位为数字或 X');
    }
    idNumber = text;
  } else {
    return fail('BAD_LENGTH', `身份证号码应为 18 位（或 15 位旧号码），现为 ${[...text].length} 位`);
  }

  if (!PROVINCES.has(idNumber.slice(0, 2))) {
    return fail('BAD_REGION', `身份证号码前两位“${idNumber.slice(0, 2)}”不是有效的省级行政区代码`);
  }
  const year = Number(idNumber.slice(6, 10));
  const month = Number(idNumber.slice(10, 12));
  const day = Number(idNumber.slice(12, 14));
  if (!isValidDateParts(year, month, day)) {
    return fail('BAD_BIRTH_DATE', `身份证号码中的出生日期 ${idNumber.slice(6, 14)} 不存在`);
  }
  const birthDate = formatIsoDate(year, month, day);
  if (year < 1900) return fail('BIRTH_BEFORE_1900', `身份证号码中的出生日期 ${birthDate} 早于 1900 年，请核对`);
  if (today !== undefined && compareDates(birthDate, today) > 0) {
    return fail('BIRTH_IN_FUTURE', `身份证号码中的出生日期 ${birthDate} 晚于今天，请核对`);
  }
  // The expected check character is not shown: the wrong digit may be anywhere, and a clerk told "the last digit
  // should be 7" would change the last digit and save a number that belongs to nobody.
  if (upgradedFrom15 === undefined && checkDigit(idNumber.slice(0, 17)) !== idNumber[17]) {
    return fail('BAD_CHECK_DIGIT', '身份证号码校验位不符，号码中有录错的数字，请与身份证原件逐位核对');
  }

  const sex = Number(idNumber[16]) % 2 === 1 ? '1' : '2';
  const value: ParsedId = { idNumber, sex, birthDate, regionCode: idNumber.slice(0, 6) };
  if (upgradedFrom15 !== undefined) value.upgradedFrom15 = upgradedFrom15;
  return { ok: true, value };
}

const EXCEL_ADVICE = '请把该列设为“文本”格式，按身份证原件重新录入后再导入';

/**
 * A Chinese message when the text shows that Excel stored the ID as a number (scientific notation, a trailing '.0'),
 * or — when the cell is known to be a number cell — any 16+ digit value; otherwise null.
 */
export function looksExcelMangled(raw: string, fromNumberCell = false): string | null {
  const text = normaliseIdText(raw);
  if (/^\d+(\.\d+)?E\+?\d+$/.test(text)) {
    return `身份证号码被 Excel 存成了科学计数法（${text}），后几位已经丢失，无法恢复。${EXCEL_ADVICE}`;
  }
  if (/^\d{15,18}\.0+$/.test(text)) {
    return `身份证号码被存成了数字（${text}），超过 15 位的数字可能已经丢失。${EXCEL_ADVICE}`;
  }
  if (fromNumberCell && /^\d{16,}$/.test(text)) {
    return `身份证号码被 Excel 存成了数字（${text}），第 15 位以后的数字已变成 0，无法恢复。${EXCEL_ADVICE}`;
  }
  return null;
}

/**
 * An ID number read from a number cell is always refused: Excel keeps only 15 significant digits, so the value is
 * not the number on the card, and rebuilding it (for example by recomputing the check digit) would invent a person.
 */
export function idFromNumericCell(value: number): { ok: false; reason: 'EXCEL_NUMBER'; message: string } {
  // show no more than a masked number: even mangled, it is most of a real person's ID
  const digits = Number.isFinite(value) ? BigInt(Math.round(value)).toString() : String(value);
  const shown =
    digits.length > 10 ? `${digits.slice(0, 6)}${'*'.repeat(digits.length - 10)}${digits.slice(-4)}` : digits;
  return {
    ok: false,
    reason: 'EXCEL_NUMBER',
    message: `身份证号码所在单元格是“数字”格式（${shown}），Excel 只保留 15 位有效数字，号码已不完整，不能导入。${EXCEL_ADVICE}`,
  };
}

/** Sex code from an 18- or 15-digit number ('1' male for an odd sequence digit), or null if it is not one. */
export function sexFromId(idNumber: string): '1' | '2' | null {
  const text = normaliseIdText(idNumber);
  const digit = text.length === 18 ? text[16] : text.length === 15 ? text[14] : undefined;
  if (digit === undefined || !/^\d$/.test(digit)) return null;
  return Number(digit) % 2 === 1 ? '1' : '2';
}

/** Birth date from an 18- or 15-digit number, or null if it holds no real date. */
export function birthDateFromId(idNumber: string): IsoDate | null {
  const text = normaliseIdText(idNumber);
  const digits = text.length === 18 ? text.slice(6, 14) : text.length === 15 ? `19${text.slice(6, 12)}` : '';
  if (!/^\d{8}$/.test(digits)) return null;
  const year = Number(digits.slice(0, 4));
  const month = Number(digits.slice(4, 6));
  const day = Number(digits.slice(6, 8));
  return isValidDateParts(year, month, day) ? formatIsoDate(year, month, day) : null;
}

/**
 * Age in full years (周岁) at `atDate`, from an ID number or a birth date; null when neither gives a date. The age
 * rises on the birthday itself; someone born on 29 February reaches it on 1 March in common years.
 */
export function ageAt(idOrBirthDate: string, atDate: IsoDate): number | null {
  const birth = /^\d{4}-\d{2}-\d{2}$/.test(idOrBirthDate) ? idOrBirthDate : birthDateFromId(idOrBirthDate);
  if (birth === null || !isValidDateParts(...partsOf(birth))) return null;
  const [by, bm, bd] = partsOf(birth);
  const [ay, am, ad] = partsOf(atDate);
  return ay - by - (am < bm || (am === bm && ad < bd) ? 1 : 0);
}

function partsOf(date: IsoDate): [number, number, number] {
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

/** For print and lists: first 6 + '********' + last 4 (18 characters out for 18 in). */
export function maskIdNumber(idNumber: string): string {
  const text = normaliseIdText(idNumber);
  if (text.length < 10) return '*'.repeat(text.length);
  return `${text.slice(0, 6)}${'*'.repeat(text.length - 10)}${text.slice(-4)}`;
}
