// The person form's rules applied to an imported row: the contract's field schema and personValues (village of the
// township, phone, registration age and dates, disability certificate), plus the rules of 认定 for a difficulty
// category. Each problem becomes a refusal reason `form.<field>` with the form's own message.
import type { ImportReason, PersonFields } from '@shared/contract';
import { codeLabel, DIFFICULTY, type DifficultyCode } from '@shared/codes/index';
import { compareDates, type IsoDate } from '@shared/domain/dates';
import type { ParsedId } from '@shared/domain/id-number';
import { namePinyin } from '@shared/domain/pinyin';
import type { Store } from '../../context';
import { FieldProblems, personRowValues, personValues, type PersonRules } from '../persons/validate';
import { checkNewPerson, reasonsOf, type FormCheck } from './form-check';
import { formFieldsChecker } from './form-fields';
import { remembered } from './remembered';

export type PersonValues = ReturnType<typeof personValues>;

/** The form's fields before its schema has checked them (codes still plain strings). */
export type UncheckedFields = Partial<Record<keyof Omit<PersonFields, 'idNumber'>, unknown>>;

/** What the form's rules need besides the row, read once per import. */
export type FormContext = {
  store: Store;
  /** The township's village codes. */
  villages: ReadonlySet<string>;
  rules: PersonRules;
  checkFields: ReturnType<typeof formFieldsChecker>;
};

/** `rules`: the form's rules as read once for the import (readerSetup in planner.ts). */
export function formContext(
  store: Store,
  villages: ReadonlySet<string>,
  rules: Pick<PersonRules, 'today' | 'ageRules'>,
): FormContext {
  return {
    store,
    villages,
    rules: { today: rules.today, ageRules: rules.ageRules, namePinyin: remembered(namePinyin) },
    checkFields: formFieldsChecker(),
  };
}

/**
 * The database values of `fields` for the person of `id`, or the reasons the form would refuse them. `pre`: what the
 * sheet reader already found for these fields (form-check.ts). A village code among the township's (read once per
 * import) is the same "belongs to the township" rule personValues checks with one query per call, which on 50,000
 * rows costs more than reading the file; any other code goes to personValues.
 */
export function formValues(
  ctx: FormContext,
  id: ParsedId,
  fields: UncheckedFields,
  pre?: FormCheck,
): { ok: true; values: PersonValues } | { ok: false; reasons: ImportReason[] } {
  const check = pre ?? checkNewPerson(ctx.checkFields(fields, id.idNumber), id, ctx.villages, ctx.rules);
  if (check === null) return withVillageLookup(ctx, id, fields);
  if (!check.ok) return check;
  const { fields: checked, phone, disability } = check;
  return { ok: true, values: personRowValues(id, checked, phone, disability, ctx.rules.namePinyin?.(checked.name)) };
}

/** The form's own rules, the village looked up in the database. */
function withVillageLookup(
  ctx: FormContext,
  id: ParsedId,
  fields: UncheckedFields,
): { ok: true; values: PersonValues } | { ok: false; reasons: ImportReason[] } {
  const parsed = ctx.checkFields(fields, id.idNumber);
  if (!parsed.ok) return { ok: false, reasons: reasonsOf(parsed.problems) };
  const { idNumber: _id, ...checked } = parsed.data;
  const problems = new FieldProblems();
  const values = personValues(ctx.store, id, checked, problems, ctx.rules);
  const found = reasonsOf(problems.fields);
  return found.length > 0 ? { ok: false, reasons: found } : { ok: true, values };
}

export type DifficultyRuleFacts = {
  status: string;
  registeredOn: IsoDate | null;
  disabilityCert: string | null;
  /** The person is a member of a recognised zero-employment household. */
  inRecognisedHousehold: boolean;
};

/** The rules of persons:recognise-difficulty for categories and a date taken from the file. */
export function difficultyReasons(
  codes: readonly DifficultyCode[],
  recognisedOn: IsoDate,
  facts: DifficultyRuleFacts,
  enabled: ReadonlySet<string>,
  today: IsoDate,
): ImportReason[] {
  const reasons: ImportReason[] = [];
  const add = (message: string) => reasons.push({ code: 'form.difficulty', message });
  if (facts.status !== '1') add('只有登记失业状态的人员可以认定为就业困难人员');
  if (compareDates(recognisedOn, today) > 0) add(`认定日期不能晚于今天（${today}）`);
  if (facts.registeredOn && compareDates(recognisedOn, facts.registeredOn) < 0) {
    add(`认定日期不能早于失业登记日期（${facts.registeredOn}）`);
  }
  for (const code of codes) {
    if (!enabled.has(code)) add(`本县未启用“${codeLabel(DIFFICULTY, code) ?? code}”类别`);
  }
  if (codes.includes('02') && !facts.disabilityCert) add('认定“残疾人”类别须有残疾人证号');
  if (codes.includes('03') && !facts.inRecognisedHousehold) {
    add('认定“零就业家庭成员”类别须是已认定零就业家庭的成员，请在零就业家庭中登记后再认定');
  }
  return reasons;
}
