// Small shared pieces of the households area: labels, the "days left" wording and today's date as the clerk sees it.
import { HOUSEHOLD_STAGE, LABOUR_CAPACITY, PERSON_STATUS, RELATION, codeLabel } from '@shared/codes/index';
import { todayInChina, type IsoDate } from '@shared/domain/dates';

/** Mirrors DUE_SOON_DAYS of the server's deadline list, so the register and the home card colour rows alike. */
export const DUE_SOON_DAYS = 7;

export type Urgency = 'overdue' | 'soon' | 'normal';

export function urgencyOf(daysLeft: number | null): Urgency | null {
  if (daysLeft === null) return null;
  if (daysLeft < 0) return 'overdue';
  return daysLeft <= DUE_SOON_DAYS ? 'soon' : 'normal';
}

/** The wording clerks use on the deadline list: 超期 3 天 / 今天到期 / 剩 5 天. */
export function daysLeftText(daysLeft: number | null): string {
  if (daysLeft === null) return '';
  if (daysLeft < 0) return `超期 ${-daysLeft} 天`;
  if (daysLeft === 0) return '今天到期';
  return `剩 ${daysLeft} 天`;
}

export const stageLabel = (stage: string) => codeLabel(HOUSEHOLD_STAGE, stage) ?? stage;
export const relationLabel = (code: string) => codeLabel(RELATION, code) ?? code;
export const capacityLabel = (code: string) => codeLabel(LABOUR_CAPACITY, code) ?? code;
export const personStatusLabel = (code: string | null) => (code ? (codeLabel(PERSON_STATUS, code) ?? code) : '');

/** The browser's clock read as a date in China, the same rule the server uses for "today". */
export function todayDate(): IsoDate {
  return todayInChina(Date.now());
}

/** '2026-11-21T09:30:00+08:00'-style stamps are too long for a table: 2026-11-21 09:30. */
export function shortStamp(iso: string): string {
  return iso.slice(0, 16).replace('T', ' ');
}

export const householdPath = (id: number) => `/zero-households/${id}`;
export const personPath = (id: number) => `/persons/${id}`;
