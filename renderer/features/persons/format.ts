// Labels and small helpers of the persons area: codes become the words on the clerk's paper forms.
import {
  DIFFICULTY,
  DISABILITY_CATEGORY,
  DISABILITY_GRADE,
  PERSON_STATUS,
  SEX,
  codeLabel,
  type CodeTable,
} from '@shared/codes/index';
import { splitDifficultyCodes } from '@shared/domain/difficulty';
import { chinaTimestamp, todayInChina, type IsoDate } from '@shared/domain/dates';
import { normaliseDate } from '@shared/domain/date-normalise';

const labelOf = (table: CodeTable, code: string | null | undefined): string =>
  code ? (codeLabel(table, code) ?? `未知代码 ${code}`) : '';

export const statusLabel = (code: string | null | undefined) => labelOf(PERSON_STATUS, code);
export const sexLabel = (code: string | null | undefined) => labelOf(SEX, code);

/** '大龄失业人员、残疾人' from the stored '01;02'. */
export function difficultyLabels(joined: string | null | undefined): string {
  return splitDifficultyCodes(joined)
    .map((code) => labelOf(DIFFICULTY, code))
    .join('、');
}

/** '肢体残疾四级', as on the certificate; '' when there is no certificate. */
export function disabilityText(category: string | null | undefined, grade: string | null | undefined): string {
  if (!category) return '';
  return `${labelOf(DISABILITY_CATEGORY, category)}${grade ? labelOf(DISABILITY_GRADE, grade) : ''}`;
}

/** The browser's clock read as a date in China: the same rule the server uses for "today". */
export function todayDate(): IsoDate {
  return todayInChina(Date.now());
}

/** Epoch milliseconds as China wall-clock time, to the minute: 2026-11-21 09:30. */
export function chinaTime(ms: number): string {
  return chinaTimestamp(ms).slice(0, 16).replace('T', ' ');
}

export const personPath = (id: number) => `/persons/${id}`;

/**
 * A typed date as YYYY-MM-DD when it is one (2024.3.5 → 2024-03-05), else the text unchanged so the contract's check
 * names the problem. Used when sending: Enter can submit a dialog before the date field has tidied its text.
 */
export function typedDate(text: string): string {
  const trimmed = text.trim();
  if (trimmed === '') return '';
  const result = normaliseDate(trimmed);
  return result.ok ? result.date : trimmed;
}
