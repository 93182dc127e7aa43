import { checkDigit } from '@shared/domain/id-number';

/** A valid 18-character ID number: region (county 431025 by default), birth date YYYYMMDD, 3-digit sequence. */
export function makeId(birth: string, sequence: string, region = '431025'): string {
  const first17 = `${region}${birth}${sequence}`;
  return first17 + checkDigit(first17);
}
