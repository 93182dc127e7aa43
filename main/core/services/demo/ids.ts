// ID numbers, birth dates and phone numbers for demo persons. Every ID number is one a real person of the county
// could hold: the county's region code, a real birth date, a sequence whose parity gives the sex (odd = male) and
// the GB 11643 check character — built with the same checkDigit the register checks numbers with.

import type { SexCode } from '@shared/codes/index';
import { addMonths, fromDayNumber, toDayNumber, type IsoDate } from '@shared/domain/dates';
import { ageAt, checkDigit } from '@shared/domain/id-number';
import type { Rng } from './random';

/**
 * An age at registration between `from` and `to` (both included), shaped like a register of the unemployed: few
 * teenagers, most between 25 and 49, fewer close to retirement.
 */
export function registrationAge(rng: Rng, from: number, to: number): number {
  for (;;) {
    const age = rng.int(from, to);
    const weight = age < 20 ? 0.4 : age < 25 ? 0.8 : age < 50 ? 1 : 0.7;
    if (rng.next() < weight) return age;
  }
}

/** A birth date at which the person is exactly `age` on `atDate`. */
export function birthDateForAge(rng: Rng, atDate: IsoDate, age: number): IsoDate {
  const latest = toDayNumber(addMonths(atDate, -12 * age));
  const earliest = toDayNumber(addMonths(atDate, -12 * (age + 1))) + 1;
  const birth = fromDayNumber(rng.int(earliest, latest));
  // addMonths clamps 29 February, so the edge day can be off by one: the latest day is always exactly `age`
  return ageAt(birth, atDate) === age ? birth : fromDayNumber(latest);
}

/**
 * A new 18-character ID number, never one in `taken` (which it then joins): with a hundred thousand persons born on
 * some 18,000 days, two draws of the same date and sequence happen a few hundred times.
 */
export function idNumberFor(rng: Rng, region: string, birthDate: IsoDate, sex: SexCode, taken: Set<string>): string {
  const birth = birthDate.replaceAll('-', '');
  for (let attempt = 0; attempt < 1000; attempt += 1) {
    const parity = sex === '1' ? rng.int(0, 4) * 2 + 1 : rng.int(0, 4) * 2;
    const first17 = `${region}${birth}${String(rng.int(0, 99)).padStart(2, '0')}${parity}`;
    const idNumber = first17 + checkDigit(first17);
    if (!taken.has(idNumber)) {
      taken.add(idNumber);
      return idNumber;
    }
  }
  throw new Error(`出生日期 ${birthDate} 的演示身份证号已用尽`);
}

const MOBILE_PREFIXES = ['130', '131', '132', '133', '135', '136', '137', '138', '139', '150', '151', '152', '153'];
const MORE_PREFIXES = ['155', '156', '157', '158', '159', '166', '173', '177', '180', '181', '182', '183', '185'];
const ALL_PREFIXES = [...MOBILE_PREFIXES, ...MORE_PREFIXES, '186', '187', '188', '189', '191', '198', '199'];

/** An 11-digit mobile number of the kind parsePhone accepts (1[3-9] and nine digits). */
export function mobileNumber(rng: Rng): string {
  return rng.pick(ALL_PREFIXES) + String(rng.int(0, 99_999_999)).padStart(8, '0');
}
