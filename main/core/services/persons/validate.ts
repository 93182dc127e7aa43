import { eq } from 'drizzle-orm';
import { AppError, type PersonFields } from '@shared/contract';
import { compareDates, todayInChina, type IsoDate } from '@shared/domain/dates';
import { parseDisabilityCert, type DisabilityCert } from '@shared/domain/disability-cert';
import { ageAt, parseIdNumber, type ParsedId } from '@shared/domain/id-number';
import { parsePhone } from '@shared/domain/phone';
import { namePinyin } from '@shared/domain/pinyin';
import { retirementAgeFor } from '@shared/domain/working-age';
import { villages } from '../../db/schema';
import type { Store } from '../../context';
import { getSetting } from '../settings';

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
  if (date && compareDates(date, today(store)) > 0) problems.add(field, `${label}不能晚于今天（${today(store)}）`);
}

export function dateNotBefore(
  field: string,
  label: string,
  date: IsoDate | null | undefined,
  floor: IsoDate | null | undefined,
  floorLabel: string,
  problems: FieldProblems,
): void {
  if (date && floor && compareDates(date, floor) < 0) problems.add(field, `${label}不能早于${floorLabel}（${floor}）`);
}

/** The database values of the typed fields, after every rule the form and the importer share. */
export function personValues(
  store: Store,
  id: ParsedId,
  fields: Omit<PersonFields, 'idNumber'>,
  problems: FieldProblems,
) {
  if (fields.villageCode) {
    const village = store.db.select().from(villages).where(eq(villages.code, fields.villageCode)).get();
    if (!village) problems.add('villageCode', `村（社区）代码 ${fields.villageCode} 不属于本乡镇`);
  }
  let phone: string | null = null;
  if (fields.phone) {
    const parsed = parsePhone(fields.phone);
    if (parsed.ok) phone = parsed.value || null;
    else problems.add('phone', parsed.message);
  }
  dateNotAfterToday(store, 'registeredOn', '失业登记日期', fields.registeredOn, problems);
  dateNotBefore('registeredOn', '失业登记日期', fields.registeredOn, id.birthDate, '出生日期', problems);
  const ageAtRegistration = ageAt(id.birthDate, fields.registeredOn);
  const rules = getSetting(store, 'ageRules');
  if (ageAtRegistration !== null && ageAtRegistration < rules.workingAgeFrom) {
    problems.add('registeredOn', `登记时未满 ${rules.workingAgeFrom} 周岁，不能进行失业登记`);
  }
  const retirement = retirementAgeFor(id.sex, rules);
  if (ageAtRegistration !== null && ageAtRegistration >= retirement) {
    problems.add('registeredOn', `登记时已达到退休年龄（${retirement} 周岁），不能进行失业登记`);
  }
  dateNotAfterToday(store, 'lastContactOn', '最近联系日期', fields.lastContactOn, problems);
  let disability: DisabilityCert | null = null;
  if (fields.disabilityCert) {
    const cert = parseDisabilityCert(fields.disabilityCert, id.idNumber);
    if (cert.ok) disability = cert.value;
    else problems.add('disabilityCert', cert.message);
  }
  return personRowValues(id, fields, phone, disability);
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
) {
  const pinyin = namePinyin(fields.name);
  return {
    name: fields.name,
    sex: id.sex,
    birthDate: id.birthDate,
    ethnicity: fields.ethnicity ?? null,
    education: fields.education ?? null,
    hukouType: fields.hukouType ?? null,
    villageCode: fields.villageCode ?? null,
    address: fields.address ?? null,
    phone,
    registeredOn: fields.registeredOn,
    unemploymentReason: fields.unemploymentReason ?? null,
    jobWish: fields.jobWish ?? null,
    trainingWish: fields.trainingWish ?? null,
    skills: fields.skills ?? null,
    employmentCardNo: fields.employmentCardNo ?? null,
    lowIncome: fields.lowIncome ?? false,
    landLost: fields.landLost ?? false,
    povertyMonitored: fields.povertyMonitored ?? false,
    releasedOrRehab: fields.releasedOrRehab ?? false,
    disabilityCert: disability ? disability.cert : null,
    disabilityCategory: disability?.category ?? null,
    disabilityGrade: disability?.grade ?? null,
    placementWish: fields.placementWish ?? null,
    lastContactOn: fields.lastContactOn ?? null,
    notes: fields.notes ?? null,
    nameInitials: pinyin.initials,
    namePinyin: pinyin.full,
  };
}
