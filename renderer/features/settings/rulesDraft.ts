// The county rules as the form holds them (text, as typed) and back to the settings object. Field keys are the
// settings' own paths (`difficulty.olderAge.female`), so the server's field messages land on the same inputs.
import { settingsValues, type SettingsValues } from '@shared/contract';
import type { DifficultyCode } from '@shared/codes/index';
import type { ClearanceRule } from '@shared/domain/working-days';
import { issuesToFieldErrors, type FieldErrors } from '@renderer/components/fieldErrors';

export type RulesDraft = {
  enabled: DifficultyCode[];
  olderFemale: string;
  olderMale: string;
  longMonths: string;
  workingFrom: string;
  retireMale: string;
  retireFemale: string;
  clearanceKind: ClearanceRule['kind'];
  clearanceDays: string;
  followUpDays: string;
  referrals: string;
  guidance: string;
  training: string;
  offers: string;
  idleMinutes: string;
  backupFolder: string;
};

/** Which settings path each number of the draft is checked as. */
export const NUMBER_PATHS = {
  olderFemale: 'difficulty.olderAge.female',
  olderMale: 'difficulty.olderAge.male',
  longMonths: 'difficulty.longUnemployedMonths',
  workingFrom: 'ageRules.workingAgeFrom',
  retireMale: 'ageRules.retirementAge.male',
  retireFemale: 'ageRules.retirementAge.female',
  clearanceDays: 'clearanceRule.days',
  followUpDays: 'followUpDays',
  referrals: 'quotas.perPerson.referrals',
  guidance: 'quotas.perPerson.guidance',
  training: 'quotas.perPerson.training',
  offers: 'quotas.perHousehold.offers',
  idleMinutes: 'idleMinutes',
} as const satisfies Partial<Record<keyof RulesDraft, string>>;

export type NumberKey = keyof typeof NUMBER_PATHS;

export function toDraft(values: SettingsValues): RulesDraft {
  const rule = values.clearanceRule;
  return {
    enabled: [...values.difficulty.enabled],
    olderFemale: String(values.difficulty.olderAge.female),
    olderMale: String(values.difficulty.olderAge.male),
    longMonths: String(values.difficulty.longUnemployedMonths),
    workingFrom: String(values.ageRules.workingAgeFrom),
    retireMale: String(values.ageRules.retirementAge.male),
    retireFemale: String(values.ageRules.retirementAge.female),
    clearanceKind: rule.kind,
    clearanceDays: rule.kind === 'quarter-end' ? '30' : String(rule.days),
    followUpDays: String(values.followUpDays),
    referrals: String(values.quotas.perPerson.referrals),
    guidance: String(values.quotas.perPerson.guidance),
    training: String(values.quotas.perPerson.training),
    offers: String(values.quotas.perHousehold.offers),
    idleMinutes: String(values.idleMinutes),
    backupFolder: values.backupFolder ?? '',
  };
}

/** Whole numbers as clerks type them, full-width digits included (a Chinese input method leaves them on). */
function wholeNumber(text: string): number | null {
  const ascii = text.trim().replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0));
  return /^\d{1,4}$/.test(ascii) ? Number(ascii) : null;
}

export function fromDraft(draft: RulesDraft): { values: SettingsValues | null; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const n = (key: NumberKey): number => {
    const value = wholeNumber(draft[key]);
    if (value === null) errors[NUMBER_PATHS[key]] = '请填写整数';
    return value ?? 0;
  };
  const clearanceRule: ClearanceRule =
    draft.clearanceKind === 'quarter-end'
      ? { kind: 'quarter-end' }
      : { kind: draft.clearanceKind, days: n('clearanceDays') };
  const candidate: SettingsValues = {
    difficulty: {
      enabled: [...draft.enabled].sort(),
      olderAge: { female: n('olderFemale'), male: n('olderMale') },
      longUnemployedMonths: n('longMonths'),
    },
    ageRules: {
      workingAgeFrom: n('workingFrom'),
      retirementAge: { male: n('retireMale'), female: n('retireFemale') },
    },
    clearanceRule,
    followUpDays: n('followUpDays'),
    quotas: {
      perPerson: { referrals: n('referrals'), guidance: n('guidance'), training: n('training') },
      perHousehold: { offers: n('offers') },
    },
    idleMinutes: n('idleMinutes'),
    backupFolder: draft.backupFolder.trim() === '' ? null : draft.backupFolder.trim(),
  };
  const parsed = settingsValues.safeParse(candidate);
  const schemaErrors = parsed.success ? {} : issuesToFieldErrors(parsed.error.issues);
  // "请填写整数" says more than a range message about the 0 that stood in for the unreadable text
  const all = { ...schemaErrors, ...errors };
  return { values: Object.keys(all).length === 0 && parsed.success ? parsed.data : null, errors: all };
}

/**
 * Only the settings that changed: the server checks the second backup folder whenever it is sent, and a USB stick
 * that is not plugged in today must not stop the head from changing an age threshold.
 */
export function changedSettings(before: SettingsValues, after: SettingsValues): Partial<SettingsValues> {
  const changed: Partial<Record<keyof SettingsValues, unknown>> = {};
  for (const key of Object.keys(after) as (keyof SettingsValues)[]) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) changed[key] = after[key];
  }
  return changed as Partial<SettingsValues>;
}
