// The facts of one demo person, drawn at random in realistic shares: who they are, when they registered, whether
// and when they were recognised as 就业困难人员, last contacted, employed or cancelled. Nothing is written here;
// persons.ts turns a plan into database rows through the register's own rules.

import type { CancelReasonCode, DifficultyCode, EmploymentTypeCode, SexCode } from '@shared/codes/index';
import type { PersonFieldsInput } from '@shared/contract';
import { addDays, compareDates, fromDayNumber, toDayNumber, type IsoDate } from '@shared/domain/dates';
import { suggestDifficultyCategories, type DifficultySettings } from '@shared/domain/difficulty';
import { disabilityCertNumber } from '@shared/domain/disability-cert';
import { ageAt } from '@shared/domain/id-number';
import { retirementAgeFor, type AgeRules } from '@shared/domain/working-age';
import { birthDateForAge, idNumberFor, mobileNumber, registrationAge } from './ids';
import { personName } from './names';
import * as texts from './person-texts';
import { weightedPicker, type Rng } from './random';

export type PlanSettings = {
  today: IsoDate;
  /** First day registrations may fall on: the start of the quarter four quarters before today's. */
  windowStart: IsoDate;
  region: string;
  townshipName: string;
  pickVillage: (rng: Rng) => { code: string; name: string };
  ageRules: AgeRules;
  difficulty: DifficultySettings;
  followUpDays: number;
  /** ID numbers already in the register or drawn by this run. */
  takenIds: Set<string>;
};

export type PersonEnd =
  | { kind: 'employ'; on: IsoDate; employmentType: EmploymentTypeCode; employer: string | null }
  | { kind: 'cancel'; on: IsoDate; reason: CancelReasonCode; note: string | null };

export type PersonPlan = {
  /** What the clerk typed at registration (status 登记失业, contacted that day). */
  fields: PersonFieldsInput & { idNumber: string; registeredOn: IsoDate };
  sex: SexCode;
  recognition: { on: IsoDate; codes: DifficultyCode[] } | null;
  contactOn: IsoDate | null;
  end: PersonEnd | null;
};

const pickStatus = weightedPicker([
  ['1', 55],
  ['2', 35],
  ['3', 10],
] as const);
const pickEthnicity = weightedPicker([
  ['01', 880],
  ['13', 60],
  ['06', 20],
  ['15', 20],
  ['08', 8],
  ['12', 5],
  ['03', 3],
  ['05', 4],
] as const);
const pickEducation = weightedPicker([
  ['10', 3],
  ['20', 60],
  ['30', 100],
  ['40', 120],
  ['60', 180],
  ['70', 400],
  ['80', 110],
  ['90', 27],
] as const);
const pickEmployment = weightedPicker([
  ['1', 30],
  ['2', 28],
  ['3', 8],
  ['4', 7],
  ['5', 8],
  ['6', 17],
  ['9', 2],
] as const);
const pickCancelReason = weightedPicker([
  ['3', 5],
  ['4', 10],
  ['5', 3],
  ['6', 15],
  ['7', 3],
  ['8', 45],
  ['9', 10],
] as const);
const pickCategory = weightedPicker([
  ['1', 12],
  ['2', 15],
  ['3', 3],
  ['4', 50],
  ['5', 8],
  ['6', 7],
  ['7', 5],
] as const);
const pickGrade = weightedPicker([
  ['1', 5],
  ['2', 15],
  ['3', 35],
  ['4', 45],
] as const);
const pickPlacement = weightedPicker([
  ['1', 15],
  ['2', 25],
  ['3', 35],
  ['4', 15],
  ['5', 10],
] as const);

export function dateBetween(rng: Rng, from: IsoDate, to: IsoDate): IsoDate {
  return compareDates(from, to) >= 0 ? from : fromDayNumber(rng.int(toDayNumber(from), toDayNumber(to)));
}

const earlier = (a: IsoDate, b: IsoDate): IsoDate => (compareDates(a, b) <= 0 ? a : b);
const later = (a: IsoDate, b: IsoDate): IsoDate => (compareDates(a, b) >= 0 ? a : b);

export function planPerson(rng: Rng, s: PlanSettings): PersonPlan {
  const sex: SexCode = rng.chance(0.5) ? '1' : '2';
  const ethnicity = pickEthnicity(rng);
  const status = pickStatus(rng);
  // an ended registration needs a few weeks between registering and ending
  const registeredOn = dateBetween(rng, s.windowStart, status === '1' ? s.today : addDays(s.today, -14));
  const age = registrationAge(rng, s.ageRules.workingAgeFrom, retirementAgeFor(sex, s.ageRules) - 1);
  const birthDate = birthDateForAge(rng, registeredOn, age);
  const idNumber = idNumberFor(rng, s.region, birthDate, sex, s.takenIds);
  const village = s.pickVillage(rng);
  const community = village.name.endsWith('社区');
  const disabled = rng.chance(0.05);
  const disabilityCert = disabled ? disabilityCertNumber(idNumber, pickCategory(rng), pickGrade(rng)) : null;
  const fields: PersonPlan['fields'] = {
    idNumber,
    name: personName(rng, sex, ethnicity),
    ethnicity,
    education: pickEducation(rng),
    hukouType: rng.chance(community ? 0.75 : 0.12) ? '1' : '2',
    villageCode: village.code,
    address: community
      ? `${village.name}${rng.pick(texts.STREETS)}${rng.int(1, 200)}号`
      : `${village.name}${rng.int(1, 12)}组${rng.int(1, 60)}号`,
    phone: rng.chance(0.95) ? mobileNumber(rng) : null,
    registeredOn,
    unemploymentReason: age < 24 && rng.chance(0.6) ? '毕业后未就业' : rng.pick(texts.UNEMPLOYMENT_REASONS),
    jobWish: rng.pick(texts.JOB_WISHES),
    trainingWish: rng.chance(0.6) ? rng.pick(texts.TRAINING_WISHES) : null,
    skills: rng.chance(0.5) ? rng.pick(texts.SKILLS) : null,
    lowIncome: false,
    landLost: false,
    povertyMonitored: false,
    disabilityCert,
    placementWish: disabled ? pickPlacement(rng) : null,
    lastContactOn: registeredOn,
  };
  const end = status === '1' ? null : planEnd(rng, s, status, fields, sex, birthDate, village.name);
  const recognition = planRecognition(rng, s, fields, end);
  return { fields, sex, recognition, contactOn: planContact(rng, s, registeredOn, recognition, end), end };
}

function planEnd(
  rng: Rng,
  s: PlanSettings,
  status: '2' | '3',
  fields: PersonPlan['fields'],
  sex: SexCode,
  birthDate: IsoDate,
  villageName: string,
): PersonEnd {
  const on = dateBetween(rng, addDays(fields.registeredOn, 7), earlier(s.today, addDays(fields.registeredOn, 300)));
  if (status === '2') {
    const employmentType = pickEmployment(rng);
    return {
      kind: 'employ',
      on,
      employmentType,
      employer: texts.employerFor(rng, employmentType, { township: s.townshipName, village: villageName }),
    };
  }
  const age = ageAt(birthDate, on) ?? 0;
  // a reason the facts bear out: retirement age reached means reason 2, 入学参军 only for the young
  let reason: CancelReasonCode = age >= retirementAgeFor(sex, s.ageRules) ? '2' : pickCancelReason(rng);
  if (reason === '4' && age >= 35) reason = '8';
  return { kind: 'cancel', on, reason, note: texts.CANCEL_NOTES[reason] ?? null };
}

/**
 * About one in five is recognised as 就业困难人员 (most holders of a disability certificate). The categories are
 * the ones the register itself suggests at the recognition date, under the county's settings, as a clerk would
 * confirm them; the facts behind a suggestion (低保, 被征地, 脱贫监测) are set on the person first.
 */
function planRecognition(
  rng: Rng,
  s: PlanSettings,
  fields: PersonPlan['fields'],
  end: PersonEnd | null,
): PersonPlan['recognition'] {
  const recognised = rng.chance(fields.disabilityCert ? 0.6 : 0.18);
  const share = recognised ? 1 : 0.05; // a few carry the facts without (yet) being recognised
  fields.lowIncome = rng.chance(0.3 * share);
  fields.landLost = fields.hukouType === '2' && rng.chance(0.2 * share);
  fields.povertyMonitored = rng.chance(0.2 * share);
  if (!recognised) return null;
  // recognition needs the registration to be open, so it comes before employment or cancellation
  const lastOpenDay = end ? addDays(end.on, -1) : s.today;
  const on = dateBetween(rng, fields.registeredOn, earlier(lastOpenDay, addDays(fields.registeredOn, 90)));
  const suggest = () =>
    suggestDifficultyCategories(
      {
        idNumber: fields.idNumber,
        disabilityCert: fields.disabilityCert ?? null,
        lowIncome: fields.lowIncome ?? false,
        registeredOn: fields.registeredOn,
        landLost: fields.landLost ?? false,
        povertyMonitored: fields.povertyMonitored ?? false,
      },
      s.difficulty,
      on,
    );
  let suggestions = suggest();
  if (suggestions.length === 0) {
    if (rng.chance(0.5)) fields.lowIncome = true;
    else fields.povertyMonitored = true;
    suggestions = suggest();
  }
  // a county that has switched off every category the facts point to recognises nobody
  return suggestions.length === 0 ? null : { on, codes: suggestions.map((suggestion) => suggestion.code) };
}

/**
 * The last contact after registration. About a third of those still registered have gone longer than the
 * follow-up interval without one, so the follow-up list has work on it.
 */
function planContact(
  rng: Rng,
  s: PlanSettings,
  registeredOn: IsoDate,
  recognition: PersonPlan['recognition'],
  end: PersonEnd | null,
): IsoDate | null {
  const from = recognition ? later(registeredOn, recognition.on) : registeredOn;
  if (end) return rng.chance(0.6) ? dateBetween(rng, from, end.on) : null;
  const dueBefore = addDays(s.today, -s.followUpDays);
  const contact = rng.chance(0.68)
    ? dateBetween(rng, later(from, dueBefore), s.today)
    : rng.chance(0.5) && compareDates(from, dueBefore) < 0
      ? dateBetween(rng, from, addDays(dueBefore, -1))
      : null;
  return contact === registeredOn ? null : contact;
}
