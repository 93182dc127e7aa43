// 法定劳动年龄: from 16 up to (not including) the statutory retirement age. The retirement ages are county settings:
// the defaults are the long-standing 60 for men and 50 for women workers (55 for women cadres), but China's gradual
// retirement reform in force since 2025-01-01 raises them month by month according to the birth month (towards 63 and
// 55/58), and counties apply it in their own way, so the county sets the numbers rather than this code.

import { z } from 'zod';
import { ageAt, birthDateFromId, sexFromId } from './id-number';
import type { IsoDate } from './dates';
import type { SexCode } from '../codes/index';

export type AgeRules = { workingAgeFrom: number; retirementAge: { male: number; female: number } };

export const DEFAULT_AGE_RULES: AgeRules = { workingAgeFrom: 16, retirementAge: { male: 60, female: 50 } };

export const ageRulesSchema = z
  .object({
    workingAgeFrom: z.number().int().min(14).max(18),
    retirementAge: z.object({
      male: z.number().int().min(45, '退休年龄不应小于 45').max(70, '退休年龄不应大于 70'),
      female: z.number().int().min(45, '退休年龄不应小于 45').max(70, '退休年龄不应大于 70'),
    }),
  })
  .refine((rules) => rules.workingAgeFrom < Math.min(rules.retirementAge.male, rules.retirementAge.female), {
    message: '劳动年龄起点应小于退休年龄',
  });

export type SexAndBirth = { sex: SexCode; birthDate: IsoDate };

function sexAndBirth(person: string | SexAndBirth): SexAndBirth | null {
  if (typeof person !== 'string') return person;
  const sex = sexFromId(person);
  const birthDate = birthDateFromId(person);
  return sex && birthDate ? { sex, birthDate } : null;
}

/** The retirement age that applies to a person under the county's rules. */
export function retirementAgeFor(sex: SexCode, rules: AgeRules = DEFAULT_AGE_RULES): number {
  return sex === '1' ? rules.retirementAge.male : rules.retirementAge.female;
}

/**
 * Whether a person (an ID number, or sex and birth date) is of working age on `atDate`: at least `workingAgeFrom`
 * and below the retirement age. Null when the ID number holds no sex or birth date.
 */
export function isWorkingAge(
  person: string | SexAndBirth,
  atDate: IsoDate,
  rules: AgeRules = DEFAULT_AGE_RULES,
): boolean | null {
  const facts = sexAndBirth(person);
  if (!facts) return null;
  const age = ageAt(facts.birthDate, atDate);
  if (age === null) return null;
  return age >= rules.workingAgeFrom && age < retirementAgeFor(facts.sex, rules);
}
