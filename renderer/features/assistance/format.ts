// Labels and small rules of the assistance area: codes become the words of the clerk's paper forms.
import { ASSISTANCE_RESULT, ASSISTANCE_TYPE, codeLabel } from '@shared/codes/index';
import { todayInChina, type IsoDate } from '@shared/domain/dates';

export { NEEDS_AMOUNT, NEEDS_EMPLOYER } from '@shared/domain/assistance-rules';

export const typeLabel = (code: string) => codeLabel(ASSISTANCE_TYPE, code) ?? `未知代码 ${code}`;
export const resultLabel = (code: string) => codeLabel(ASSISTANCE_RESULT, code) ?? `未知代码 ${code}`;

/** The browser's clock read as a date in China, the same rule the server uses for "today". */
export function todayDate(): IsoDate {
  return todayInChina(Date.now());
}

/** "12000.5" → "12,000.50": amounts read the way clerks write them in Excel. */
export function yuanText(amount: string | null | undefined): string {
  if (amount === null || amount === undefined || amount === '') return '';
  const [whole = '0', fraction = ''] = amount.split('.');
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${fraction.padEnd(2, '0')}`;
}

export const personPath = (id: number) => `/persons/${id}`;
export const householdPath = (id: number) => `/zero-households/${id}`;
