// The person form as the clerk types it (every field a string or a tick), and the checks made before anything is
// sent: the contract's own zod schema, plus the phone and certificate rules of shared/domain, so the clerk sees all
// problems at once. The server checks everything again; its `fields` land in the same places.
import type { z } from 'zod';
import { hasErrors, issuesToFieldErrors, type FieldErrors } from '@renderer/components/fieldErrors';
import type { PersonDetail } from '@shared/contract';
import { parseDisabilityCert } from '@shared/domain/disability-cert';
import { phoneProblem } from '@shared/domain/phone';
import { todayDate, typedDate } from './format';

export type PersonDraft = {
  idNumber: string;
  name: string;
  ethnicity: string;
  education: string;
  hukouType: string;
  villageCode: string;
  address: string;
  phone: string;
  registeredOn: string;
  unemploymentReason: string;
  jobWish: string;
  trainingWish: string;
  skills: string;
  employmentCardNo: string;
  lowIncome: boolean;
  landLost: boolean;
  povertyMonitored: boolean;
  releasedOrRehab: boolean;
  disabilityCert: string;
  placementWish: string;
  lastContactOn: string;
  notes: string;
};

export type DraftPatch = Partial<PersonDraft>;

export function emptyDraft(): PersonDraft {
  return {
    idNumber: '',
    name: '',
    ethnicity: '',
    education: '',
    hukouType: '',
    villageCode: '',
    address: '',
    phone: '',
    registeredOn: todayDate(),
    unemploymentReason: '',
    jobWish: '',
    trainingWish: '',
    skills: '',
    employmentCardNo: '',
    lowIncome: false,
    landLost: false,
    povertyMonitored: false,
    releasedOrRehab: false,
    disabilityCert: '',
    placementWish: '',
    lastContactOn: '',
    notes: '',
  };
}

/**
 * The form of a saved person. A masked certificate number cannot be sent back (it would not match the holder), so a
 * user who may not see full numbers gets an empty certificate field that must be typed again to save.
 */
export function draftFromDetail(person: PersonDetail): PersonDraft {
  const text = (value: string | null) => value ?? '';
  return {
    idNumber: person.idNumber,
    name: person.name,
    ethnicity: text(person.ethnicity),
    education: text(person.education),
    hukouType: text(person.hukouType),
    villageCode: text(person.villageCode),
    address: text(person.address),
    phone: text(person.phone),
    registeredOn: text(person.registeredOn),
    unemploymentReason: text(person.unemploymentReason),
    jobWish: text(person.jobWish),
    trainingWish: text(person.trainingWish),
    skills: text(person.skills),
    employmentCardNo: text(person.employmentCardNo),
    lowIncome: person.lowIncome,
    landLost: person.landLost,
    povertyMonitored: person.povertyMonitored,
    releasedOrRehab: person.releasedOrRehab,
    disabilityCert: person.idMasked ? '' : text(person.disabilityCert),
    placementWish: text(person.placementWish),
    lastContactOn: text(person.lastContactOn),
    notes: text(person.notes),
  };
}

/** What goes to the contract's schema, which turns '' into null. The placement wish only goes with a certificate. */
export function fieldsOf(draft: PersonDraft): PersonDraft {
  return {
    ...draft,
    registeredOn: typedDate(draft.registeredOn),
    lastContactOn: typedDate(draft.lastContactOn),
    placementWish: draft.disabilityCert.trim() === '' ? '' : draft.placementWish,
  };
}

export type DraftCheck<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

/**
 * Every problem the browser can see, or the parsed input ready to send. `holderId` is the full ID number when known
 * (the certificate must start with it); null when it is masked, and then only the server checks the certificate.
 */
export function checkDraft<S extends z.ZodType>(
  schema: S,
  input: unknown,
  draft: PersonDraft,
  holderId: string | null,
): DraftCheck<z.output<S>> {
  const parsed = schema.safeParse(input);
  const errors = parsed.success ? {} : issuesToFieldErrors(parsed.error.issues);
  const phone = phoneProblem(draft.phone);
  if (phone && !errors.phone) errors.phone = phone;
  if (holderId && draft.disabilityCert.trim() !== '' && !errors.disabilityCert) {
    const cert = parseDisabilityCert(draft.disabilityCert, holderId);
    if (!cert.ok) errors.disabilityCert = cert.message;
  }
  if (!parsed.success || hasErrors(errors)) return { ok: false, errors };
  return { ok: true, value: parsed.data };
}
