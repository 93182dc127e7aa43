// The person form's rules for a new person as far as they need no database: the field schema, the phone, the dates,
// the working age and the certificate. The sheet reader applies them to each row as it is read (in the worker, during
// an import), and person-rules.ts uses what it found; a village code that is not the township's is left to the form's
// own rule, which looks it up in the database.
import type { ImportReason } from '@shared/contract/imports';
import type { DisabilityCert } from '@shared/domain/disability-cert';
import type { ParsedId } from '@shared/domain/id-number';
import { checkPersonFields, type PersonFieldsChecked, type PersonRules } from '../persons/form-rules';
import type { FieldsCheck } from './form-fields';

export type FormCheck =
  | { ok: true; fields: PersonFieldsChecked; phone: string | null; disability: DisabilityCert | null }
  | { ok: false; reasons: ImportReason[] };

/** The form's problems as refusal reasons `form.<field>`, with the form's own messages. */
export function reasonsOf(problems: Record<string, string>): ImportReason[] {
  return Object.entries(problems).map(([field, message]) => ({ code: `form.${field}`, message }));
}

/** `check`: the field schema's answer. null: the row names a village code only the database can judge. */
export function checkNewPerson(
  check: FieldsCheck,
  id: ParsedId,
  villages: ReadonlySet<string>,
  rules: PersonRules,
): FormCheck | null {
  if (!check.ok) return { ok: false, reasons: reasonsOf(check.problems) };
  const { idNumber: _id, ...fields } = check.data;
  const { villageCode } = fields;
  if (villageCode != null && !villages.has(villageCode)) return null;
  const problems: Record<string, string> = {};
  const parts = checkPersonFields(id, fields, { add: (field, message) => (problems[field] ??= message) }, rules);
  const reasons = reasonsOf(problems);
  return reasons.length > 0 ? { ok: false, reasons } : { ok: true, fields, ...parts };
}
