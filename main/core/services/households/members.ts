import { and, eq, isNull, ne } from 'drizzle-orm';
import { AppError, type MemberInput } from '@shared/contract';
import { householdMembers, households } from '../../db/schema';
import type { Store } from '../../context';
import { findByIdNumber, findLivePerson } from '../persons/write';
import { checkIdNumber, FieldProblems } from '../persons/validate';

export type MemberRecord = typeof householdMembers.$inferSelect;

/** The stored values of a member: a registered person (linked, the same person never twice) or a typed family member. */
export function memberValues(store: Store, input: MemberInput, field: string) {
  const problems = new FieldProblems();
  let person = input.personId ? findLivePerson(store, input.personId) : null;
  let idNumber = person?.idNumber ?? null;
  let name = person?.name ?? input.name?.trim() ?? '';
  let sex = person?.sex ?? '';
  let birthDate = person?.birthDate ?? '';
  if (!person) {
    const parsed = checkIdNumber(store, input.idNumber ?? '', problems);
    if (parsed) {
      // typed ID number of someone already in the registers: link the record instead of keeping a second copy
      person = findByIdNumber(store, parsed.idNumber);
      idNumber = parsed.idNumber;
      sex = parsed.sex;
      birthDate = parsed.birthDate;
      if (person) name = person.name;
    }
    if (!name) problems.add('name', '请填写成员姓名');
  }
  if (Object.keys(problems.fields).length > 0) {
    const fields = Object.fromEntries(
      Object.entries(problems.fields).map(([key, message]) => [`${field}.${key}`, message]),
    );
    throw new AppError('INVALID_INPUT', Object.values(problems.fields)[0]!, fields);
  }
  return {
    personId: person?.id ?? null,
    idNumber: idNumber!,
    name,
    sex,
    birthDate,
    relation: input.relation,
    labourCapacity: input.labourCapacity,
    employed: person ? person.status === '2' : (input.employed ?? false),
  };
}

/**
 * A person belongs to at most one household that is not revoked. The partial unique index enforces it; this check
 * comes first so the clerk reads which household holds the person instead of a constraint error.
 */
export function assertNotInAnotherHousehold(
  store: Store,
  idNumber: string,
  name: string,
  householdId: number | null,
): void {
  const other = store.db
    .select({ householdId: householdMembers.householdId, headName: households.headName })
    .from(householdMembers)
    .innerJoin(households, eq(households.id, householdMembers.householdId))
    .where(
      and(
        eq(householdMembers.idNumber, idNumber),
        eq(householdMembers.active, true),
        householdId === null ? undefined : ne(householdMembers.householdId, householdId),
      ),
    )
    .get();
  if (other) {
    throw new AppError(
      'CONFLICT',
      `${name} 已是户主为 ${other.headName} 的零就业家庭（编号 ${other.householdId}）的成员，一人只能属于一个未撤销的家庭`,
    );
  }
}

/** The members on record: active ones, and for a revoked household those it had when revoked (not removed). */
export function currentMembers(store: Store, householdId: number): MemberRecord[] {
  return store.db
    .select()
    .from(householdMembers)
    .where(and(eq(householdMembers.householdId, householdId), isNull(householdMembers.removedAt)))
    .all();
}

export function activeMembers(store: Store, householdId: number): MemberRecord[] {
  return store.db
    .select()
    .from(householdMembers)
    .where(and(eq(householdMembers.householdId, householdId), eq(householdMembers.active, true)))
    .all();
}

/** Turns the database's own refusal (the partial unique index) into the same Chinese message, should a race get past the check. */
export function explainConstraint(error: unknown): never {
  if (error instanceof Error && /UNIQUE constraint failed: household_members\.id_number/.test(error.message)) {
    throw new AppError('CONFLICT', '该成员已属于另一个未撤销的零就业家庭，一人只能属于一个未撤销的家庭');
  }
  throw error;
}
