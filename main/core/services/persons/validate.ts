import { eq } from 'drizzle-orm';
import { AppError, type PersonFields } from '@shared/contract';
import { todayInChina, type IsoDate } from '@shared/domain/dates';
import type { DisabilityCert } from '@shared/domain/disability-cert';
import { parseIdNumber, type ParsedId } from '@shared/domain/id-number';
import { namePinyin, type NamePinyin } from '@shared/domain/pinyin';
import { villages } from '../../db/schema';
import type { Store } from '../../context';
import { getSetting } from '../settings';
import { checkPersonFields, dateNotAfter, rowValuesOf, type PersonRules } from './form-rules';

/** Collects every field problem of one save, so the clerk sees all of them next to their fields at once. */
export class FieldProblems {
  readonly fields: Record<string, string> = {};
  add(field: string, message: string): void {
    this.fields[field] ??= message;
  }
  throwIfAny(): void {
    const entries = Object.values(this.fields);
    if (entries.length === 0) return;
    const more = entries.length > 1 ? `（共 ${entries.length} 处需要修改）` : '';
    throw new AppError('INVALID_INPUT', `${entries[0]}${more}`, this.fields);
  }
}

export function today(store: Store): IsoDate {
  return todayInChina(store.now());
}

/** The ID number as the register keeps it, or a field problem. A 15-digit number is upgraded with a note. */
export function checkIdNumber(store: Store, raw: string, problems: FieldProblems): ParsedId | null {
  const parsed = parseIdNumber(raw, today(store));
  if (!parsed.ok) {
    problems.add('idNumber', parsed.message);
    return null;
  }
  return parsed.value;
}

export function dateNotAfterToday(
  store: Store,
  field: string,
  label: string,
  date: IsoDate | null | undefined,
  problems: FieldProblems,
): void {
  dateNotAfter(today(store), field, label, date, problems);
}

export { dateNotBefore, type PersonRules } from './form-rules';

export const personRules = (store: Store): PersonRules => ({
  today: today(store),
  ageRules: getSetting(store, 'ageRules'),
});

/** The database values of the typed fields, after every rule the form and the importer share. */
export function personValues(
  store: Store,
  id: ParsedId,
  fields: Omit<PersonFields, 'idNumber'>,
  problems: FieldProblems,
  rules: PersonRules = personRules(store),
) {
  if (fields.villageCode) {
    const village = store.db.select().from(villages).where(eq(villages.code, fields.villageCode)).get();
    if (!village) problems.add('villageCode', `村（社区）代码 ${fields.villageCode} 不属于本乡镇`);
  }
  // the rules that need no database live in form-rules.ts, where the importer's worker can use them too
  const { phone, disability } = checkPersonFields(id, fields, problems, rules);
  return personRowValues(id, fields, phone, disability, rules.namePinyin?.(fields.name));
}

/**
 * The row values of checked fields: the ID's sex and birth date, the normalised phone, the certificate read apart,
 * and the name's pinyin for search. Shared by the form's rules (personValues) and the demo's bulk writer.
 */
export function personRowValues(
  id: ParsedId,
  fields: Omit<PersonFields, 'idNumber'>,
  phone: string | null,
  disability: DisabilityCert | null,
  pinyin: NamePinyin = namePinyin(fields.name),
) {
  return rowValuesOf(id, fields, phone, disability, pinyin);
}
