// fast-check generators shared by the unit tests of shared/domain.
import fc from 'fast-check';
import { checkDigit } from '@shared/domain/id-number';
import { fromDayNumber, toDayNumber, type IsoDate } from '@shared/domain/dates';

/** Any real date between two ISO dates, inclusive. */
export function isoDateBetween(from: IsoDate, to: IsoDate): fc.Arbitrary<IsoDate> {
  return fc.integer({ min: toDayNumber(from), max: toDayNumber(to) }).map(fromDayNumber);
}

const REGIONS = ['110105', '431025', '430102', '440305', '510107', '650102', '320583', '370203', '130102', '230103'];

/** A valid 18-character ID number born between 1900 and 2025. */
export const validIdNumber: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...REGIONS), isoDateBetween('1900-01-01', '2025-12-31'), fc.integer({ min: 0, max: 999 }))
  .map(([region, birth, sequence]) => {
    const first17 = `${region}${birth.replaceAll('-', '')}${String(sequence).padStart(3, '0')}`;
    return first17 + checkDigit(first17);
  });
