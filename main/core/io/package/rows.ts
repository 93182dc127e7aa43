import { householdStatusForStage, type HouseholdStage } from '@shared/codes/index';
import { chinaTimestamp, type IsoDate } from '@shared/domain/dates';
import type { AgeRules } from '@shared/domain/working-age';
import { isWorkingAge } from '@shared/domain/working-age';
import { fenToYuan } from '@shared/domain/money';
import type { Row } from './fields';
import type { Snapshot } from './snapshot';

// Turns a record's state at the period end into its CSV row (field codes of section 3). Pure: no database here.

const text = (value: unknown): string | null =>
  typeof value === 'string' ? (value === '' ? null : value) : typeof value === 'number' ? String(value) : null;
const flag = (value: unknown): string => (value ? '1' : '0');

export function personRow(person: Snapshot, period: { end: IsoDate }, householdId: number | null): Row {
  const exited = typeof person.difficultyExitOn === 'string' && person.difficultyExitOn <= period.end;
  const difficulty = exited ? null : text(person.difficulty);
  return {
    person_id: String(person.id),
    id_number: text(person.idNumber),
    name: text(person.name),
    sex: text(person.sex),
    birth_date: text(person.birthDate),
    ethnicity: text(person.ethnicity),
    education: text(person.education),
    hukou_type: text(person.hukouType),
    village_code: text(person.villageCode),
    address: text(person.address),
    phone: text(person.phone),
    registered_on: text(person.registeredOn),
    status: text(person.status),
    employed_on: person.status === '2' ? text(person.employedOn) : null,
    employment_type: person.status === '2' ? text(person.employmentType) : null,
    cancelled_on: person.status === '3' ? text(person.cancelledOn) : null,
    cancel_reason: person.status === '3' ? text(person.cancelReason) : null,
    difficulty,
    difficulty_on: difficulty ? text(person.difficultyOn) : null,
    disability_cert: text(person.disabilityCert),
    disability_category: text(person.disabilityCategory),
    disability_grade: text(person.disabilityGrade),
    household_id: householdId === null ? null : String(householdId),
    updated_at: chinaTimestamp(person.updatedAt),
  };
}

/** Households recognised on or before the period end are reported; applications under review are not. */
export function isReported(household: Snapshot, period: { end: IsoDate }): boolean {
  const identifiedOn = text(household.identifiedOn);
  const status = householdStatusForStage(household.stage as HouseholdStage);
  return identifiedOn !== null && identifiedOn <= period.end && status !== null;
}

export function householdRow(household: Snapshot, members: number): Row {
  const status = householdStatusForStage(household.stage as HouseholdStage);
  return {
    household_id: String(household.id),
    head_id_number: text(household.headIdNumber),
    head_name: text(household.headName),
    village_code: text(household.villageCode),
    address: text(household.address),
    members: String(members),
    identified_on: text(household.identifiedOn),
    deadline: text(household.deadline),
    status,
    cleared_on: status === '3' ? text(household.clearedOn) : null,
    cleared_by: status === '3' ? text(household.clearedByPersonId) : null,
    updated_at: chinaTimestamp(household.updatedAt),
  };
}

export function memberRow(
  member: Snapshot,
  period: { end: IsoDate },
  rules: AgeRules,
  reportedPersons: ReadonlySet<number>,
): Row {
  const personId =
    typeof member.personId === 'number' && reportedPersons.has(member.personId) ? String(member.personId) : null;
  return {
    household_id: String(member.householdId),
    id_number: text(member.idNumber),
    name: text(member.name),
    relation: text(member.relation),
    working_age: flag(isWorkingAge(String(member.idNumber), period.end, rules)),
    labour_capacity: text(member.labourCapacity),
    employed: flag(member.employed),
    person_id: personId,
    updated_at: chinaTimestamp(member.updatedAt),
  };
}

export function actionRow(action: Snapshot): Row {
  const fen = typeof action.amountFen === 'number' ? action.amountFen : null;
  return {
    action_id: String(action.id),
    person_id: text(action.personId),
    household_id: text(action.householdId),
    type: text(action.type),
    date: text(action.date),
    content: text(action.content),
    employer: text(action.employer),
    position: text(action.position),
    amount: fenToYuan(fen),
    result: text(action.result),
    staff: text(action.staffName),
  };
}
