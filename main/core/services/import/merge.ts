// A row for a person already registered (same ID number): never a second record. By default the file only fills
// the fields that are empty in the register; the fields the clerk chose to overwrite take the file's value. A value
// that differs and is kept is reported, so the clerk can decide to overwrite it.
import { IMPORT_FIELD_LABELS, type ImportField, type ImportReason } from '@shared/contract';
import { joinDifficultyCodes } from '@shared/domain/difficulty';
import type { ParsedId } from '@shared/domain/id-number';
import type { PersonRecord } from '../persons/write';
import {
  difficultyReasons,
  formValues,
  type DifficultyRuleFacts,
  type FormContext,
  type UncheckedFields,
} from './person-rules';
import type { RowValues } from './read-row';

/** The person form's fields the file can give, and the import field each belongs to. */
const FORM_KEYS = {
  name: 'name',
  ethnicity: 'ethnicity',
  education: 'education',
  hukouType: 'hukouType',
  villageCode: 'village',
  address: 'address',
  phone: 'phone',
  registeredOn: 'registeredOn',
  unemploymentReason: 'unemploymentReason',
  jobWish: 'jobWish',
  trainingWish: 'trainingWish',
  skills: 'skills',
  employmentCardNo: 'employmentCardNo',
  disabilityCert: 'disabilityCert',
  lastContactOn: 'lastContactOn',
  notes: 'notes',
} as const satisfies Partial<Record<keyof PersonRecord, ImportField>>;
type FormKey = keyof typeof FORM_KEYS;

export type PersonChanges = Partial<Omit<PersonRecord, 'id' | 'idNumber' | 'version' | 'createdAt' | 'createdBy'>>;

export type MergeResult =
  | { ok: true; changes: PersonChanges; fields: string[]; warnings: ImportReason[] }
  | { ok: false; reasons: ImportReason[] };

/** The register's record as the person form's fields. */
function asFields(before: PersonRecord): UncheckedFields {
  return {
    name: before.name,
    ethnicity: before.ethnicity,
    education: before.education,
    hukouType: before.hukouType,
    villageCode: before.villageCode,
    address: before.address,
    phone: before.phone,
    registeredOn: before.registeredOn ?? '',
    unemploymentReason: before.unemploymentReason,
    jobWish: before.jobWish,
    trainingWish: before.trainingWish,
    skills: before.skills,
    employmentCardNo: before.employmentCardNo,
    lowIncome: before.lowIncome,
    landLost: before.landLost,
    povertyMonitored: before.povertyMonitored,
    releasedOrRehab: before.releasedOrRehab,
    disabilityCert: before.disabilityCert,
    placementWish: before.placementWish,
    lastContactOn: before.lastContactOn,
    notes: before.notes,
  };
}

export type MergeContext = FormContext & {
  overwrite: ReadonlySet<ImportField>;
  enabledDifficulty: ReadonlySet<string>;
  today: string;
  inRecognisedHousehold: (personId: number) => boolean;
};

export function mergeExisting(ctx: MergeContext, before: PersonRecord, id: ParsedId, values: RowValues): MergeResult {
  const merged = asFields(before);
  const taken: FormKey[] = [];
  const kept: string[] = [];
  for (const key of Object.keys(FORM_KEYS) as FormKey[]) {
    const incoming = values[key];
    if (incoming === undefined) continue;
    const current = before[key];
    if (current === incoming) continue;
    if (current === null || current === '' || ctx.overwrite.has(FORM_KEYS[key])) {
      (merged as Record<string, unknown>)[key] = incoming;
      taken.push(key);
    } else kept.push(IMPORT_FIELD_LABELS[FORM_KEYS[key]]);
  }
  if (taken.includes('registeredOn') && before.status !== '1' && before.registeredOn !== null) {
    return {
      ok: false,
      reasons: [
        {
          code: 'form.registeredOn',
          message: '该人员已就业或已注销，登记日期不能修改；如再次失业请在程序中“重新登记”',
        },
      ],
    };
  }
  const checked = formValues(ctx, id, merged);
  if (!checked.ok) return checked;
  const changes: PersonChanges = {};
  for (const [key, value] of Object.entries(checked.values) as [keyof PersonChanges, unknown][]) {
    if (before[key] !== value) (changes as Record<string, unknown>)[key] = value;
  }
  const fields = taken.map((key) => IMPORT_FIELD_LABELS[FORM_KEYS[key]]);

  if (values.difficulty && values.difficultyOn) {
    const sameAsBefore =
      before.difficulty === joinDifficultyCodes(values.difficulty) && before.difficultyOn === values.difficultyOn;
    if (!sameAsBefore && (before.difficulty === null || ctx.overwrite.has('difficulty'))) {
      const facts: DifficultyRuleFacts = {
        status: before.status,
        registeredOn: checked.values.registeredOn,
        disabilityCert: checked.values.disabilityCert,
        inRecognisedHousehold: ctx.inRecognisedHousehold(before.id),
      };
      const reasons = difficultyReasons(
        values.difficulty,
        values.difficultyOn,
        facts,
        ctx.enabledDifficulty,
        ctx.today,
      );
      if (reasons.length > 0) return { ok: false, reasons };
      Object.assign(changes, {
        difficulty: joinDifficultyCodes(values.difficulty),
        difficultyOn: values.difficultyOn,
        difficultyExitOn: null,
        difficultyExitReason: null,
      });
      fields.push(IMPORT_FIELD_LABELS.difficulty);
    } else if (!sameAsBefore) kept.push(IMPORT_FIELD_LABELS.difficulty);
  }
  const warnings: ImportReason[] =
    kept.length === 0
      ? []
      : [
          {
            code: 'update.kept_existing',
            message: `${kept.join('、')}与已登记的不同，保留了已登记的内容（如以文件为准，请选择覆盖这些字段）`,
          },
        ];
  return { ok: true, changes, fields, warnings };
}
