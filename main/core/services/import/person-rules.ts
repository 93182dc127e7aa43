// The person form's rules applied to an imported row: the contract's field schema and personValues (village of the
// township, phone, registration age and dates, disability certificate), plus the rules of 认定 for a difficulty
// category. Each problem becomes a refusal reason `form.<field>` with the form's own message.
import { personFields, type ImportReason, type PersonFields } from '@shared/contract';
import { codeLabel, DIFFICULTY, type DifficultyCode } from '@shared/codes/index';
import { compareDates, type IsoDate } from '@shared/domain/dates';
import type { ParsedId } from '@shared/domain/id-number';
import type { Store } from '../../context';
import { FieldProblems, personValues } from '../persons/validate';

export type PersonValues = ReturnType<typeof personValues>;

/** The form's fields before its schema has checked them (codes still plain strings). */
export type UncheckedFields = Partial<Record<keyof Omit<PersonFields, 'idNumber'>, unknown>>;

/** A problem of the form as a refusal reason. */
function reasonsOf(problems: Record<string, string>): ImportReason[] {
  return Object.entries(problems).map(([field, message]) => ({ code: `form.${field}`, message }));
}

/**
 * The database values of `fields` for the person of `id`, or the reasons the form would refuse them. `villages` is
 * the township's village codes, read once per import: a code among them is the same "belongs to the township" rule
 * personValues checks with one query per call, which on 50,000 rows costs more than reading the file.
 */
export function formValues(
  store: Store,
  id: ParsedId,
  fields: UncheckedFields,
  villages: ReadonlySet<string>,
): { ok: true; values: PersonValues } | { ok: false; reasons: ImportReason[] } {
  const parsed = personFields.safeParse({ ...fields, idNumber: id.idNumber });
  if (!parsed.success) {
    const problems: Record<string, string> = {};
    for (const issue of parsed.error.issues) problems[String(issue.path[0] ?? '_')] ??= issue.message;
    return { ok: false, reasons: reasonsOf(problems) };
  }
  const problems = new FieldProblems();
  const { idNumber: _id, villageCode, ...checked } = parsed.data;
  const known = villageCode != null && villages.has(villageCode);
  const values = personValues(store, id, known ? checked : { ...checked, villageCode }, problems);
  const found = reasonsOf(problems.fields);
  return found.length > 0
    ? { ok: false, reasons: found }
    : { ok: true, values: { ...values, villageCode: villageCode ?? null } };
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
