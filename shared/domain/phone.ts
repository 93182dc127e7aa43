// 联系电话 as the exchange format accepts it: an 11-digit mobile number 1[3-9]xxxxxxxxx, a landline with area code
// 0xx(x)-xxxxxxx(x) (the hyphen optional), or nothing. Clerks type spaces, full-width digits, '+86' and dashes of
// every kind; those are cleaned, nothing else is changed (a missing area code cannot be known, so it is refused).

import { normaliseAscii } from './text-normalise';

export const MOBILE_PATTERN = /^1[3-9]\d{9}$/;
export const LANDLINE_PATTERN = /^0\d{2,3}-?\d{7,8}$/;

export type PhoneResult =
  { ok: true; value: string; kind: 'mobile' | 'landline' | 'empty' } | { ok: false; message: string };

/** Cleans a typed number: ASCII digits, no blanks, no +86, one '-' where the clerk put a separator in a landline. */
export function normalisePhone(raw: string): string {
  let text = normaliseAscii(raw)
    .replace(/[\u2010-\u2015\u2212\u30fc]/g, '-')
    .replace(/[()]/g, ' ')
    .trim();
  text = text.replace(/^(\+|00)86[\s-]*/, '');
  const digitsOnly = text.replace(/[\s-]+/g, '');
  if (MOBILE_PATTERN.test(digitsOnly)) return digitsOnly;
  // A landline keeps one separator after the area code when the clerk typed one (space or dash).
  return text.replace(/[\s-]+/, '-').replace(/[\s]+/g, '');
}

export function parsePhone(raw: string | null | undefined): PhoneResult {
  const value = normalisePhone(raw ?? '');
  if (value === '') return { ok: true, value: '', kind: 'empty' };
  if (MOBILE_PATTERN.test(value)) return { ok: true, value, kind: 'mobile' };
  if (LANDLINE_PATTERN.test(value)) return { ok: true, value, kind: 'landline' };
  if (/^[1-9]\d{6,7}$/.test(value)) return { ok: false, message: `固定电话请带区号，如 0731-1234567，现为“${value}”` };
  if (/^1\d*$/.test(value)) return { ok: false, message: `手机号码应为 11 位，以 13–19 开头，现为“${value}”` };
  return { ok: false, message: `电话号码“${value}”格式不对：手机 11 位，固定电话为区号加号码（如 0731-1234567）` };
}

/** The problem with a phone number in Chinese, or null when it is acceptable (empty is acceptable). */
export function phoneProblem(raw: string | null | undefined): string | null {
  const result = parsePhone(raw);
  return result.ok ? null : result.message;
}
