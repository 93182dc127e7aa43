import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LabourCapacityCode } from '@shared/codes';
import {
  assessHouseholdQualification,
  countsForZeroEmployment,
  type HouseholdMemberFacts,
} from '@shared/domain/household-qualification';

const member = (name: string, over: Partial<HouseholdMemberFacts> = {}): HouseholdMemberFacts => ({
  name,
  idNumber: `id-${name}`,
  workingAge: true,
  labourCapacity: '1',
  employed: false,
  ...over,
});

describe('assessHouseholdQualification', () => {
  it('qualifies when every working-age member able to work is unemployed', () => {
    const result = assessHouseholdQualification([
      member('张三'),
      member('李四', { labourCapacity: '2' }),
      member('张大爷', { workingAge: false, employed: true }),
      member('王五', { labourCapacity: '3', employed: true }),
    ]);
    expect(result).toEqual({
      qualifies: true,
      reasons: ['法定劳动年龄内有劳动能力的成员 2 人，均未就业'],
      breakingMembers: [],
    });
  });

  it('names each member who breaks the rule', () => {
    const result = assessHouseholdQualification([
      member('张三', { employed: true }),
      member('李四'),
      member('赵六', { labourCapacity: '2', employed: true }),
    ]);
    expect(result).toEqual({
      qualifies: false,
      reasons: ['成员 张三 已就业，不符合零就业家庭条件', '成员 赵六 已就业，不符合零就业家庭条件'],
      breakingMembers: ['id-张三', 'id-赵六'],
    });
  });

  it('refuses households without any member who counts', () => {
    expect(assessHouseholdQualification([])).toMatchObject({ qualifies: false, breakingMembers: [] });
    const result = assessHouseholdQualification([
      member('张大爷', { workingAge: false }),
      member('王五', { labourCapacity: '3' }),
    ]);
    expect(result.qualifies).toBe(false);
    expect(result.reasons[0]).toContain('没有法定劳动年龄内、有劳动能力的成员');
  });

  it('follows the rule for any household (property)', () => {
    const facts = fc.record({
      name: fc.constantFrom('张三', '李四', '王五', '赵六'),
      idNumber: fc.uuid(),
      workingAge: fc.boolean(),
      labourCapacity: fc.constantFrom<LabourCapacityCode>('1', '2', '3'),
      employed: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(facts, { maxLength: 8 }), (members) => {
        const counted = members.filter((m) => m.workingAge && m.labourCapacity !== '3');
        const result = assessHouseholdQualification(members);
        expect(result.qualifies).toBe(counted.length > 0 && counted.every((m) => !m.employed));
        expect(result.breakingMembers).toEqual(counted.filter((m) => m.employed).map((m) => m.idNumber));
        expect(result.reasons.length).toBeGreaterThan(0);
        expect(members.filter(countsForZeroEmployment)).toEqual(counted);
      }),
    );
  });
});
