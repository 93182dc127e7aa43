// The database values of a demo person's registration. personValues (the service's builder) looks the village and
// the age rules up in the database on every call — about 150 µs a person, most of a 100,000-person run — so the
// demo parses phone and certificate itself, builds the row with the service's own personRowValues, and checks itself against personValues on a sample of rows: a rule added to the service and not here stops the run.

import { isDeepStrictEqual } from 'node:util';
import type { PersonFields } from '@shared/contract';
import { parseDisabilityCert } from '@shared/domain/disability-cert';
import type { ParsedId } from '@shared/domain/id-number';
import { parsePhone } from '@shared/domain/phone';
import type { Store } from '../../context';
import { FieldProblems, personRowValues, personValues } from '../persons/validate';

export type RegistrationValues = ReturnType<typeof personValues>;

/** Every this-many persons (and the first of a run) is also built by personValues and compared. */
export const SERVICE_CHECK_EVERY = 50;

export function registrationValues(id: ParsedId, fields: PersonFields): RegistrationValues {
  const phone = fields.phone ? parsePhone(fields.phone) : null;
  if (phone && !phone.ok) throw new Error(phone.message);
  const cert = fields.disabilityCert ? parseDisabilityCert(fields.disabilityCert, id.idNumber) : null;
  if (cert && !cert.ok) throw new Error(cert.message);
  return personRowValues(id, fields, phone?.value || null, cert?.value ?? null);
}

/**
 * Runs the service's own builder and every rule it holds (village of the township, dates, working age at
 * registration, phone, certificate) on the same input; throws when it refuses the person or builds other values.
 */
export function assertSameAsService(store: Store, id: ParsedId, fields: PersonFields, built: RegistrationValues): void {
  const problems = new FieldProblems();
  const expected = personValues(store, id, fields, problems);
  problems.throwIfAny();
  if (isDeepStrictEqual(expected, built)) return;
  const keys = new Set([...Object.keys(expected), ...Object.keys(built)]);
  const differing = [...keys].filter(
    (key) => !isDeepStrictEqual((expected as Record<string, unknown>)[key], (built as Record<string, unknown>)[key]),
  );
  throw new Error(`演示数据与人员登记服务的取值不一致：${differing.join('、')}`);
}
