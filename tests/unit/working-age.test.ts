import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, type IsoDate } from '@shared/domain/dates';
import { ageAt, checkDigit } from '@shared/domain/id-number';
import { ageRulesSchema, DEFAULT_AGE_RULES, isWorkingAge, retirementAgeFor } from '@shared/domain/working-age';
import { isoDateBetween } from './support/arbitraries';

const id = (birth: string, sequence: string) => {
  const first17 = `431025${birth.replaceAll('-', '')}${sequence}`;
  return first17 + checkDigit(first17);
};

describe('isWorkingAge', () => {
  it('uses 16 to 60 for men and 16 to 50 for women by default', () => {
    const man = id('1966-07-01', '011');
    expect(isWorkingAge(man, '2026-06-30')).toBe(true);
    expect(isWorkingAge(man, '2026-07-01')).toBe(false); // 60th birthday
    const woman = id('1976-07-01', '022');
    expect(isWorkingAge(woman, '2026-06-30')).toBe(true);
    expect(isWorkingAge(woman, '2026-07-01')).toBe(false); // 50th birthday
    const young = { sex: '1' as const, birthDate: '2010-07-01' };
    expect(isWorkingAge(young, '2026-06-30')).toBe(false);
    expect(isWorkingAge(young, '2026-07-01')).toBe(true); // 16th birthday
  });

  it('follows the county settings', () => {
    const rules = { workingAgeFrom: 16, retirementAge: { male: 63, female: 55 } };
    expect(isWorkingAge(id('1966-07-01', '011'), '2026-07-01', rules)).toBe(true);
    expect(isWorkingAge(id('1976-07-01', '022'), '2026-07-01', rules)).toBe(true);
    expect(retirementAgeFor('2', rules)).toBe(55);
    expect(ageRulesSchema.safeParse(rules).success).toBe(true);
    expect(ageRulesSchema.safeParse(DEFAULT_AGE_RULES).success).toBe(true);
    expect(ageRulesSchema.safeParse({ workingAgeFrom: 16, retirementAge: { male: 90, female: 50 } }).success).toBe(
      false,
    );
  });

  it('gives null when the ID number holds no birth date', () => {
    expect(isWorkingAge('abc', '2026-01-01')).toBeNull();
    expect(isWorkingAge('431025199002301234', '2026-01-01')).toBeNull();
  });

  it('agrees with the age in full years (property)', () => {
    const rules = fc.record({
      workingAgeFrom: fc.integer({ min: 14, max: 18 }),
      retirementAge: fc.record({ male: fc.integer({ min: 50, max: 65 }), female: fc.integer({ min: 45, max: 60 }) }),
    });
    fc.assert(
      fc.property(
        isoDateBetween('1940-01-01', '2015-12-31'),
        fc.constantFrom<'1' | '2'>('1', '2'),
        isoDateBetween('2024-01-01', '2030-12-31'),
        rules,
        (birthDate: IsoDate, sex, atDate: IsoDate, r) => {
          const age = ageAt(birthDate, atDate)!;
          const limit = sex === '1' ? r.retirementAge.male : r.retirementAge.female;
          expect(isWorkingAge({ sex, birthDate }, atDate, r)).toBe(age >= r.workingAgeFrom && age < limit);
          expect(isWorkingAge(id(birthDate, sex === '1' ? '013' : '024'), atDate, r)).toBe(
            isWorkingAge({ sex, birthDate }, atDate, r),
          );
          expect(ageAt(birthDate, addDays(atDate, 366))! - age).toBeGreaterThanOrEqual(1);
        },
      ),
    );
  });
});
