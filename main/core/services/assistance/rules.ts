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

export { fenToYuan, yuanToFen } from '@shared/domain/money';
