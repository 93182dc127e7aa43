import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DifficultyCode, HouseholdStage } from '@shared/codes';
import { checkDigit } from '@shared/domain/id-number';
import {
  DEFAULT_DIFFICULTY_SETTINGS,
  difficultySettingsSchema,
  joinDifficultyCodes,
  splitDifficultyCodes,
  suggestDifficultyCategories,
  type DifficultyFacts,
} from '@shared/domain/difficulty';
import { isoDateBetween, validIdNumber } from './support/arbitraries';

const id = (birth: string, sequence: string) => {
  const first17 = `431025${birth.replaceAll('-', '')}${sequence}`;
  return first17 + checkDigit(first17);
};
const WOMAN_45 = id('1981-07-01', '022'); // 45 on 2026-07-01
const MAN_49 = id('1977-03-01', '011'); // 49 on 2026-07-01
const settings = DEFAULT_DIFFICULTY_SETTINGS;

describe('suggestDifficultyCategories', () => {
  it('suggests 大龄 from the ID at the recognition date, with the reason', () => {
    expect(suggestDifficultyCategories({ idNumber: WOMAN_45 }, settings, '2026-07-01')).toEqual([
      { code: '01', reason: '女，2026-07-01 时年满 45 周岁' },
    ]);
    expect(suggestDifficultyCategories({ idNumber: WOMAN_45 }, settings, '2026-06-30')).toEqual([]);
    expect(suggestDifficultyCategories({ idNumber: MAN_49 }, settings, '2026-07-01')).toEqual([]);
    expect(suggestDifficultyCategories({ idNumber: MAN_49 }, settings, '2027-03-01')).toEqual([
      { code: '01', reason: '男，2027-03-01 时年满 50 周岁' },
    ]);
    const fortyFifty = { ...settings, olderAge: { female: 40, male: 50 } };
    expect(suggestDifficultyCategories({ idNumber: id('1985-01-01', '022') }, fortyFifty, '2026-01-01')).toHaveLength(
      1,
    );
  });

  it('suggests every category the facts support, sorted by code', () => {
    const facts: DifficultyFacts = {
      idNumber: WOMAN_45,
      disabilityCert: `${WOMAN_45}42`,
      householdStage: 'assisting',
      lowIncome: true,
      registeredOn: '2025-07-01',
      landLost: true,
      povertyMonitored: true,
      releasedOrRehab: true,
    };
    const suggestions = suggestDifficultyCategories(facts, settings, '2026-07-01');
    expect(suggestions.map((s) => s.code)).toEqual(['01', '02', '03', '04', '05', '06', '07', '08']);
    expect(suggestions.find((s) => s.code === '02')?.reason).toBe('持有第二代残疾人证（肢体残疾二级）');
    expect(suggestions.find((s) => s.code === '05')?.reason).toBe(
      '2025-07-01 登记失业，至 2026-07-01 已连续失业满 12 个月',
    );
  });

  it('counts only recognised households, valid certificates and a full year of unemployment', () => {
    const base = { idNumber: MAN_49 };
    for (const stage of ['applied', 'publicised', 'revoked'] satisfies HouseholdStage[]) {
      expect(suggestDifficultyCategories({ ...base, householdStage: stage }, settings, '2026-07-01')).toEqual([]);
    }
    expect(suggestDifficultyCategories({ ...base, householdStage: 'cleared' }, settings, '2026-07-01')).toHaveLength(1);
    expect(suggestDifficultyCategories({ ...base, disabilityCert: `${WOMAN_45}42` }, settings, '2026-07-01')).toEqual(
      [],
    );
    expect(suggestDifficultyCategories({ ...base, registeredOn: '2025-07-02' }, settings, '2026-07-01')).toEqual([]);
  });

  it('suggests only enabled categories', () => {
    const only04: typeof settings = { ...settings, enabled: ['04'] };
    const facts = { idNumber: WOMAN_45, lowIncome: true, landLost: true };
    expect(suggestDifficultyCategories(facts, only04, '2026-07-01').map((s) => s.code)).toEqual(['04']);
    expect(difficultySettingsSchema.safeParse(only04).success).toBe(true);
    expect(difficultySettingsSchema.safeParse({ ...settings, enabled: ['10'] }).success).toBe(false);
  });

  it('returns sorted, unique, enabled codes with Chinese reasons (property)', () => {
    const codes = fc.subarray(['01', '02', '03', '04', '05', '06', '07', '08', '09'] as DifficultyCode[]);
    const stage = fc.constantFrom<HouseholdStage | null>(null, 'applied', 'recognised', 'cleared', 'revoked');
    const facts = fc.record({
      idNumber: validIdNumber,
      householdStage: stage,
      lowIncome: fc.boolean(),
      registeredOn: fc.option(isoDateBetween('2020-01-01', '2026-12-31')),
      landLost: fc.boolean(),
      povertyMonitored: fc.boolean(),
      releasedOrRehab: fc.boolean(),
    });
    fc.assert(
      fc.property(facts, codes, isoDateBetween('2024-01-01', '2027-12-31'), (f, enabled, at) => {
        const result = suggestDifficultyCategories(f, { ...settings, enabled }, at);
        const got = result.map((s) => s.code);
        expect(got).toEqual([...new Set(got)].sort());
        expect(got.every((code) => enabled.includes(code))).toBe(true);
        expect(result.every((s) => /[\u4e00-\u9fff]/.test(s.reason))).toBe(true);
        expect(got.includes('04')).toBe(f.lowIncome && enabled.includes('04'));
      }),
    );
  });
});

describe('difficulty codes in the package', () => {
  it('joins sorted and unique with ";"', () => {
    expect(joinDifficultyCodes(['04', '01', '04'])).toBe('01;04');
    expect(joinDifficultyCodes([])).toBe('');
    expect(splitDifficultyCodes('04;01; 04')).toEqual(['01', '04']);
    expect(splitDifficultyCodes('')).toEqual([]);
  });

  it('splits what it joins (property)', () => {
    const codes = fc.array(fc.constantFrom('01', '02', '03', '04', '05', '06', '07', '08', '09'));
    fc.assert(
      fc.property(codes, (list) => {
        expect(splitDifficultyCodes(joinDifficultyCodes(list))).toEqual([...new Set(list)].sort());
      }),
    );
  });
});
