// The members of a new application as the clerk builds them: a person picked from the registers, or a family member
// typed by ID number and name. The checks here only spare a round trip; the server checks everything again.
import type { LabourCapacityCode, RelationCode } from '@shared/codes/index';
import type { MemberInput, PersonRow } from '@shared/contract';
import type { IsoDate } from '@shared/domain/dates';
import { ageAt, parseIdNumber } from '@shared/domain/id-number';
import { isWorkingAge, type AgeRules } from '@shared/domain/working-age';
import type { FieldErrors } from '@renderer/components/fieldErrors';

export const HEAD: RelationCode = '02';

export type DraftMember = {
  key: number;
  /** set when the member was picked from the registers: name, ID and employment come from that record */
  person: PersonRow | null;
  idNumber: string;
  name: string;
  employed: boolean;
  relation: RelationCode | '';
  labourCapacity: LabourCapacityCode | '';
};

let nextKey = 1;

export function draftMember(person: PersonRow | null, relation: RelationCode | ''): DraftMember {
  nextKey += 1;
  return { key: nextKey, person, idNumber: '', name: '', employed: false, relation, labourCapacity: '' };
}

export type AgePreview = { age: number | null; workingAge: boolean | null };

/** Age and working age at `today`, from the picked record or the typed ID number; nulls while the ID is incomplete. */
export function previewAge(member: DraftMember, today: IsoDate, rules: AgeRules): AgePreview {
  if (member.person) {
    const { sex, birthDate } = member.person;
    const known = (sex === '1' || sex === '2') && birthDate !== '';
    return {
      age: member.person.age,
      workingAge: known ? isWorkingAge({ sex, birthDate }, today, rules) : null,
    };
  }
  const parsed = parseIdNumber(member.idNumber, today);
  if (!parsed.ok) return { age: null, workingAge: null };
  return { age: ageAt(parsed.value.birthDate, today), workingAge: isWorkingAge(parsed.value.idNumber, today, rules) };
}

/** Problems the page can see before sending, keyed like the server's (`members.2.idNumber`). */
export function draftProblems(members: DraftMember[], today: IsoDate): FieldErrors {
  const errors: FieldErrors = {};
  const heads = members.filter((member) => member.relation === HEAD).length;
  if (members.length === 0) errors.members = '请至少录入户主';
  else if (heads !== 1) errors.members = heads === 0 ? '请指定户主（与户主关系为“户主”）' : '一户只能有一位户主';
  members.forEach((member, index) => {
    const at = `members.${index}`;
    if (!member.person) {
      const parsed = parseIdNumber(member.idNumber, today);
      if (!parsed.ok) errors[`${at}.idNumber`] = parsed.message;
      if (member.name.trim() === '') errors[`${at}.name`] = '请填写成员姓名';
    }
    if (member.relation === '') errors[`${at}.relation`] = '请选择与户主关系';
    if (member.labourCapacity === '') errors[`${at}.labourCapacity`] = '请选择劳动能力';
  });
  return errors;
}

/** The contract's member; only called once draftProblems found nothing, so both codes are chosen. */
export function toMemberInput(member: DraftMember): MemberInput {
  const codes = {
    relation: member.relation as RelationCode,
    labourCapacity: member.labourCapacity as LabourCapacityCode,
  };
  if (member.person) return { personId: member.person.id, ...codes };
  return { idNumber: member.idNumber.trim(), name: member.name.trim(), employed: member.employed, ...codes };
}
