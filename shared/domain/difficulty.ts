// Suggests the categories of 就业困难人员 a registered unemployed person falls in at the recognition date. Which
// categories exist and the age thresholds are county settings (the seed county: women 45+, men 50+, "4050" elsewhere
// uses 40/50). The app only suggests, with a reason the clerk can check against the papers; the clerk confirms.

import { z } from 'zod';
import { DIFFICULTY, type DifficultyCode, type HouseholdStage } from '../codes/index';
import { addMonths, compareDates, type IsoDate } from './dates';
import { disabilityLabel, parseDisabilityCert } from './disability-cert';
import { ageAt, sexFromId } from './id-number';

export type DifficultySettings = {
  enabled: DifficultyCode[];
  olderAge: { female: number; male: number };
  longUnemployedMonths: number;
};

export const DEFAULT_DIFFICULTY_SETTINGS: DifficultySettings = {
  enabled: ['01', '02', '03', '04', '05', '06', '07', '08', '09'],
  olderAge: { female: 45, male: 50 },
  longUnemployedMonths: 12,
};

const difficultyCodes = DIFFICULTY.map((entry) => entry.code) as [DifficultyCode, ...DifficultyCode[]];

export const difficultySettingsSchema = z.object({
  enabled: z.array(z.enum(difficultyCodes)),
  olderAge: z.object({ female: z.number().int().min(30).max(65), male: z.number().int().min(30).max(65) }),
  longUnemployedMonths: z.number().int().min(1).max(60),
});

/** What the register knows about the person; flags default to false. */
export type DifficultyFacts = {
  idNumber: string;
  /** 第二代残疾人证号, if any. */
  disabilityCert?: string | null;
  /** Stage of the zero-employment household the person belongs to, if any. */
  householdStage?: HouseholdStage | null;
  /** 城乡低保家庭成员. */
  lowIncome?: boolean;
  /** Date of the current (continuous) unemployment registration. */
  registeredOn?: IsoDate | null;
  /** 被征地农民. */
  landLost?: boolean;
  /** 脱贫人口或防止返贫监测对象. */
  povertyMonitored?: boolean;
  /** 刑满释放或戒毒康复人员. */
  releasedOrRehab?: boolean;
};

export type DifficultySuggestion = { code: DifficultyCode; reason: string };

/** Stages in which the household is or was recognised; an application or a revoked household does not count. */
const RECOGNISED_STAGES: ReadonlySet<HouseholdStage> = new Set(['recognised', 'assisting', 'cleared']);

export function suggestDifficultyCategories(
  facts: DifficultyFacts,
  settings: DifficultySettings,
  atDate: IsoDate,
): DifficultySuggestion[] {
  const found: DifficultySuggestion[] = [];

  const sex = sexFromId(facts.idNumber);
  const age = ageAt(facts.idNumber, atDate);
  if (sex !== null && age !== null) {
    const threshold = sex === '1' ? settings.olderAge.male : settings.olderAge.female;
    if (age >= threshold) {
      found.push({ code: '01', reason: `${sex === '1' ? '男' : '女'}，${atDate} 时年满 ${threshold} 周岁` });
    }
  }

  if (facts.disabilityCert) {
    const cert = parseDisabilityCert(facts.disabilityCert, facts.idNumber);
    if (cert.ok) {
      found.push({
        code: '02',
        reason: `持有第二代残疾人证（${disabilityLabel(cert.value.category, cert.value.grade)}）`,
      });
    }
  }

  if (facts.householdStage && RECOGNISED_STAGES.has(facts.householdStage)) {
    found.push({ code: '03', reason: '所在家庭已认定为零就业家庭' });
  }
  if (facts.lowIncome) found.push({ code: '04', reason: '城乡低保家庭成员' });

  if (facts.registeredOn) {
    const months = settings.longUnemployedMonths;
    if (compareDates(addMonths(facts.registeredOn, months), atDate) <= 0) {
      found.push({ code: '05', reason: `${facts.registeredOn} 登记失业，至 ${atDate} 已连续失业满 ${months} 个月` });
    }
  }

  if (facts.landLost) found.push({ code: '06', reason: '被征地农民' });
  if (facts.povertyMonitored) found.push({ code: '07', reason: '脱贫人口或防止返贫监测对象' });
  if (facts.releasedOrRehab) found.push({ code: '08', reason: '刑满释放或戒毒康复人员' });

  const enabled = new Set(settings.enabled);
  return found.filter((item) => enabled.has(item.code)).sort((a, b) => (a.code < b.code ? -1 : 1));
}

/** The package's spelling of a person's categories: sorted, unique, joined by ';' ('' for none). */
export function joinDifficultyCodes(codes: readonly string[]): string {
  return [...new Set(codes.filter((code) => code !== ''))].sort().join(';');
}

/** The inverse of joinDifficultyCodes, for reading a stored or exported value. */
export function splitDifficultyCodes(joined: string | null | undefined): string[] {
  if (!joined) return [];
  return [
    ...new Set(
      joined
        .split(';')
        .map((code) => code.trim())
        .filter((code) => code !== ''),
    ),
  ].sort();
}
