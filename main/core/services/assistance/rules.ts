import type { AssistanceTypeCode, EmploymentTypeCode } from '@shared/codes/index';
import { codeLabel, ASSISTANCE_TYPE } from '@shared/codes/index';

// Rules of the county format for an assistance action (section 3, assistance.csv).

export { NEEDS_AMOUNT, NEEDS_EMPLOYER } from '@shared/domain/assistance-rules';

/** A placement's form of employment, for the offer to mark the person employed. */
const EMPLOYMENT_OF_TYPE: Partial<Record<AssistanceTypeCode, EmploymentTypeCode>> = {
  '02': '1',
  '05': '3',
  '06': '4',
  '09': '1',
  '11': '6',
  '12': '5',
};

export function employmentTypeFor(type: AssistanceTypeCode): EmploymentTypeCode {
  return EMPLOYMENT_OF_TYPE[type] ?? '9';
}

export function typeLabel(type: string): string {
  return codeLabel(ASSISTANCE_TYPE, type) ?? type;
}

/** "1,200.50" → 120050 fen; money is kept in fen so sums are exact. */
export function yuanToFen(yuan: string | null | undefined): number | null {
  if (yuan === null || yuan === undefined || yuan === '') return null;
  const [whole, fraction = ''] = yuan.split('.');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}

export function fenToYuan(fen: number | null): string | null {
  if (fen === null) return null;
  return `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
}
