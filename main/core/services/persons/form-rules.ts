// The rules of 人员登记 that need no database (personValues in validate.ts adds the village lookup), kept apart so
// that the importer's worker can apply them to rows while it reads the file: nothing here loads the database layer
// or the pinyin dictionary.
import type { PersonFields } from '@shared/contract/persons';
import { compareDates, type IsoDate } from '@shared/domain/dates';
import { parseDisabilityCert, type DisabilityCert } from '@shared/domain/disability-cert';
import { ageAt, type ParsedId } from '@shared/domain/id-number';
import { parsePhone } from '@shared/domain/phone';
import type { NamePinyin } from '@shared/domain/pinyin';
import { retirementAgeFor, type AgeRules } from '@shared/domain/working-age';

/** Where a rule reports a problem with a field (FieldProblems keeps the first one per field). */
export type Problems = { add(field: string, message: string): void };

/**
 * What the rules read besides the fields: today and the county's age rules, and the name's pinyin. A caller checking
 * thousands of rows at once (the importer) reads them once and may remember the pinyin of names it has seen.
 */
export type PersonRules = { today: IsoDate; ageRules: AgeRules; namePinyin?: (name: string) => NamePinyin };

export type PersonFieldsChecked = Omit<PersonFields, 'idNumber'>;

export function dateNotAfter(
  day: IsoDate,
  field: string,
  label: string,
  date: IsoDate | null | undefined,
  problems: Problems,
): void {
  if (date && compareDates(date, day) > 0) problems.add(field, `${label}不能晚于今天（${day}）`);
}

export function dateNotBefore(
  field: string,
  label: string,
  date: IsoDate | null | undefined,
  floor: IsoDate | null | undefined,
  floorLabel: string,
  problems: Problems,
): void {
  if (date && floor && compareDates(date, floor) < 0) problems.add(field, `${label}不能早于${floorLabel}（${floor}）`);
}

/** The phone, the dates, the working age at registration and the certificate; their values read apart. */
export function checkPersonFields(
  id: ParsedId,
  fields: PersonFieldsChecked,
  problems: Problems,
  rules: PersonRules,
): { phone: string | null; disability: DisabilityCert | null } {
  let phone: string | null = null;
  if (fields.phone) {
    const parsed = parsePhone(fields.phone);
    if (parsed.ok) phone = parsed.value || null;
    else problems.add('phone', parsed.message);
  }
  dateNotAfter(rules.today, 'registeredOn', '失业登记日期', fields.registeredOn, problems);
  dateNotBefore('registeredOn', '失业登记日期', fields.registeredOn, id.birthDate, '出生日期', problems);
  const ageAtRegistration = ageAt(id.birthDate, fields.registeredOn);
  const { ageRules } = rules;
  if (ageAtRegistration !== null && ageAtRegistration < ageRules.workingAgeFrom) {
    problems.add('registeredOn', `登记时未满 ${ageRules.workingAgeFrom} 周岁，不能进行失业登记`);
  }
  const retirement = retirementAgeFor(id.sex, ageRules);
  if (ageAtRegistration !== null && ageAtRegistration >= retirement) {
    problems.add('registeredOn', `登记时已达到退休年龄（${retirement} 周岁），不能进行失业登记`);
  }
  dateNotAfter(rules.today, 'lastContactOn', '最近联系日期', fields.lastContactOn, problems);
  let disability: DisabilityCert | null = null;
  if (fields.disabilityCert) {
    const cert = parseDisabilityCert(fields.disabilityCert, id.idNumber);
    if (cert.ok) disability = cert.value;
    else problems.add('disabilityCert', cert.message);
  }
  return { phone, disability };
}

/** The row values of checked fields (personRowValues in validate.ts, with the pinyin given). */
export function rowValuesOf(
  id: ParsedId,
  fields: PersonFieldsChecked,
  phone: string | null,
  disability: DisabilityCert | null,
  pinyin: NamePinyin,
) {
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
