// 零就业家庭 test: a household qualifies when every member of working age who is able to work (labour capacity 有 or
// 部分) is unemployed, and there is at least one such member. A household of pensioners or of members unable to work
// is not a zero-employment household: it needs other help (低保), not job placement.

import type { LabourCapacityCode } from '../codes/index';

export type HouseholdMemberFacts = {
  name: string;
  idNumber: string;
  workingAge: boolean;
  labourCapacity: LabourCapacityCode;
  employed: boolean;
};

export type HouseholdQualification = {
  qualifies: boolean;
  /** Chinese sentences for the clerk and the 公示 file: why it qualifies, or each member that breaks the rule. */
  reasons: string[];
  /** ID numbers of the members whose employment breaks the rule. */
  breakingMembers: string[];
};

/** Whether a member counts: of working age and able to work, fully or partly. */
export function countsForZeroEmployment(member: HouseholdMemberFacts): boolean {
  return member.workingAge && (member.labourCapacity === '1' || member.labourCapacity === '2');
}

export function assessHouseholdQualification(members: readonly HouseholdMemberFacts[]): HouseholdQualification {
  if (members.length === 0) {
    return { qualifies: false, reasons: ['家庭没有登记成员，不能认定为零就业家庭'], breakingMembers: [] };
  }
  const counted = members.filter(countsForZeroEmployment);
  if (counted.length === 0) {
    return {
      qualifies: false,
      reasons: ['家庭中没有法定劳动年龄内、有劳动能力的成员，不符合零就业家庭条件'],
      breakingMembers: [],
    };
  }
  const breaking = counted.filter((member) => member.employed);
  if (breaking.length > 0) {
    return {
      qualifies: false,
      reasons: breaking.map((member) => `成员 ${member.name} 已就业，不符合零就业家庭条件`),
      breakingMembers: breaking.map((member) => member.idNumber),
    };
  }
  return {
    qualifies: true,
    reasons: [`法定劳动年龄内有劳动能力的成员 ${counted.length} 人，均未就业`],
    breakingMembers: [],
  };
}
