// The person form's field schema (personFields) applied to tens of thousands of imported rows. Most fields repeat
// from row to row (a code, a date, an empty cell), and parsing the whole object again for every row cost more than
// reading the row from the file, so each field is parsed on its own and its answer remembered per value. That is
// what the object schema does with the keys a row has: each is parsed by its own schema, its first issue is the
// field's problem. A row with a key the schema does not know, or lacking one it may not lack, is parsed whole.
import { personFields, type PersonFields } from '@shared/contract/persons';
import { remembered } from './remembered';

type Key = keyof typeof personFields.shape;
type Answer = { ok: true; value: unknown } | { ok: false; message: string };
export type FieldsCheck = { ok: true; data: PersonFields } | { ok: false; problems: Record<string, string> };

const KEYS = Object.keys(personFields.shape) as Key[];
/** Keys the object schema skips when absent (optional in and out). */
const MAY_BE_ABSENT = new Set<string>(
  KEYS.filter((key) => {
    const { optin, optout } = personFields.shape[key]._zod;
    return optin === 'optional' && optout === 'optional';
  }),
);

function whole(input: Record<string, unknown>): FieldsCheck {
  const parsed = personFields.safeParse(input);
  if (parsed.success) return { ok: true, data: parsed.data };
  const problems: Record<string, string> = {};
  for (const issue of parsed.error.issues) problems[String(issue.path[0] ?? '_')] ??= issue.message;
  return { ok: false, problems };
}

/** One checker per import: its memory lives as long as the import. It checks `{ ...fields, idNumber }`. */
export function formFieldsChecker(): (fields: Record<string, unknown>, idNumber: string) => FieldsCheck {
  // values remembered per field (remembered.ts): enough for codes, dates and villages; names and phone numbers are
  // not worth it
  const answers = new Map<Key, (value: unknown) => Answer>(
    KEYS.map((key) => [
      key,
      remembered((value: unknown): Answer => {
        const parsed = personFields.shape[key].safeParse(value);
        return parsed.success
          ? { ok: true, value: parsed.data }
          : { ok: false, message: parsed.error.issues[0]?.message ?? '' };
      }),
    ]),
  );
  const answer = (key: Key, value: unknown): Answer => answers.get(key)!(value);
  return (fields, idNumber) => {
    const data: Record<string, unknown> = {};
    const problems: Record<string, string> = {};
    let failed = false;
    let present = 0;
    for (const key of KEYS) {
      const given = key === 'idNumber' || key in fields;
      if (!given) {
        if (MAY_BE_ABSENT.has(key)) continue;
        return whole({ ...fields, idNumber });
      }
      present += 1;
      const found = answer(key, key === 'idNumber' ? idNumber : fields[key]);
      if (found.ok) data[key] = found.value;
      else {
        problems[key] = found.message;
        failed = true;
      }
    }
    // a key the schema does not know: the object schema decides what becomes of it
    if (present !== Object.keys(fields).length + ('idNumber' in fields ? 0 : 1)) return whole({ ...fields, idNumber });
    return failed ? { ok: false, problems } : { ok: true, data: data as PersonFields };
  };
}
