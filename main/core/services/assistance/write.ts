import { randomUUID } from 'node:crypto';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import { AppError, type ChannelArgs, type ChannelOutput } from '@shared/contract';
import { assistanceActions, households, persons } from '../../db/schema';
import type { Actor, Store } from '../../context';
import { appendAudit } from '../audit';
import { recordChange } from '../change-log';
import { dateNotAfterToday, FieldProblems } from '../persons/validate';
import { NEEDS_AMOUNT, NEEDS_EMPLOYER, employmentTypeFor, typeLabel, yuanToFen } from './rules';

type Fields = Omit<ChannelArgs<'assistance:create'>, 'personId' | 'householdId'>;
type ActionRecord = typeof assistanceActions.$inferSelect;

function checkFields(store: Store, fields: Fields, problems: FieldProblems) {
  dateNotAfterToday(store, 'date', '援助日期', fields.date, problems);
  if (NEEDS_EMPLOYER.has(fields.type) && !fields.employer)
    problems.add('employer', `“${typeLabel(fields.type)}”须填写推荐或安置单位`);
  if (NEEDS_AMOUNT.has(fields.type) && !fields.amount) problems.add('amount', `“${typeLabel(fields.type)}”须填写金额`);
  return {
    type: fields.type,
    date: fields.date,
    content: fields.content,
    employer: fields.employer || null,
    position: fields.position || null,
    amountFen: yuanToFen(fields.amount ?? null),
    result: fields.result,
    notes: fields.notes || null,
  };
}

function livePerson(store: Store, id: number) {
  const person = store.db
    .select()
    .from(persons)
    .where(and(eq(persons.id, id), isNull(persons.deletedAt)))
    .get();
  if (!person) throw new AppError('NOT_FOUND', `找不到编号为 ${id} 的人员`);
  return person;
}

function liveHousehold(store: Store, id: number) {
  const household = store.db
    .select()
    .from(households)
    .where(and(eq(households.id, id), isNull(households.deletedAt)))
    .get();
  if (!household) throw new AppError('NOT_FOUND', `找不到编号为 ${id} 的零就业家庭`);
  return household;
}

/**
 * Inserts one action with its history. An action is also a contact: the person's last-contact date (a derived
 * cache for the follow-up list, not the clerk's data) moves forward without bumping the record's version, so it never
 * makes a clerk's open form stale. Assisting a recognised household moves it to 援助中.
 */
function insertAction(
  store: Store,
  actor: Actor,
  values: ReturnType<typeof checkFields>,
  target: { personId?: number; householdId?: number },
  batchId: string | null,
): ActionRecord {
  const now = store.now();
  const row = store.db
    .insert(assistanceActions)
    .values({
      ...values,
      personId: target.personId ?? null,
      householdId: target.householdId ?? null,
      staffUserId: actor.userId,
      staffName: actor.userName,
      batchId,
      createdAt: now,
      updatedAt: now,
      createdBy: actor.userId,
      updatedBy: actor.userId,
    })
    .returning()
    .get();
  recordChange(store, actor, 'assistance', null, row);
  if (target.personId) {
    store.sqlite
      .prepare(
        'UPDATE persons SET last_contact_on = ? WHERE id = ? AND (last_contact_on IS NULL OR last_contact_on < ?)',
      )
      .run(values.date, target.personId, values.date);
  }
  if (target.householdId) {
    const household = liveHousehold(store, target.householdId);
    if (household.stage === 'recognised') {
      const after = store.db
        .update(households)
        .set({ stage: 'assisting', version: household.version + 1, updatedAt: now, updatedBy: actor.userId })
        .where(eq(households.id, household.id))
        .returning()
        .get();
      recordChange(store, actor, 'household', household, after);
    }
  }
  return row;
}

export function createAction(
  store: Store,
  actor: Actor,
  input: ChannelArgs<'assistance:create'>,
): ChannelOutput<'assistance:create'> {
  const { personId, householdId, ...fields } = input;
  const problems = new FieldProblems();
  if (!personId && !householdId) problems.add('personId', '请选择援助对象（人员或家庭）');
  const values = checkFields(store, fields, problems);
  problems.throwIfAny();
  return store.sqlite
    .transaction(() => {
      const person = personId ? livePerson(store, personId) : null;
      if (householdId) liveHousehold(store, householdId);
      const row = insertAction(
        store,
        actor,
        values,
        { ...(personId ? { personId } : {}), ...(householdId ? { householdId } : {}) },
        null,
      );
      appendAudit(store, actor, { action: 'assistance.create', target: 'assistance', targetId: row.id });
      // a placement offers to mark the person employed with the same date, employer and form
      const employmentOffer =
        person && person.status === '1' && fields.result === '1'
          ? {
              personId: person.id,
              version: person.version,
              name: person.name,
              employedOn: fields.date,
              employer: values.employer,
              employmentType: employmentTypeFor(fields.type),
            }
          : null;
      return { id: row.id, version: row.version, employmentOffer };
    })
    .immediate();
}

/** 援助月 door-to-door: the same action for many people or households, all written or none. */
export function createBatch(
  store: Store,
  actor: Actor,
  input: ChannelArgs<'assistance:batch'>,
): ChannelOutput<'assistance:batch'> {
  const { personIds = [], householdIds = [], ...fields } = input;
  const problems = new FieldProblems();
  if (personIds.length + householdIds.length === 0) problems.add('personIds', '请至少选择一名人员或一个家庭');
  const values = checkFields(store, fields, problems);
  problems.throwIfAny();
  const batchId = randomUUID();
  return store.sqlite
    .transaction(() => {
      const people = new Set(personIds);
      const found =
        people.size === 0
          ? []
          : store.db
              .select({ id: persons.id })
              .from(persons)
              .where(and(inArray(persons.id, [...people]), isNull(persons.deletedAt)))
              .all();
      if (found.length !== people.size)
        throw new AppError('NOT_FOUND', `所选人员中有 ${people.size - found.length} 人已不存在，请刷新名单后再试`);
      for (const personId of people) insertAction(store, actor, values, { personId }, batchId);
      for (const householdId of new Set(householdIds)) insertAction(store, actor, values, { householdId }, batchId);
      const created = people.size + new Set(householdIds).size;
      appendAudit(store, actor, {
        action: 'assistance.batch',
        target: 'assistance-batch',
        targetId: batchId,
        detail: { created, type: fields.type, date: fields.date },
      });
      return { batchId, created };
    })
    .immediate();
}

function findAction(store: Store, id: number, version: number): ActionRecord {
  const row = store.db
    .select()
    .from(assistanceActions)
    .where(and(eq(assistanceActions.id, id), isNull(assistanceActions.deletedAt)))
    .get();
  if (!row) throw new AppError('NOT_FOUND', '找不到该援助记录');
  if (row.version !== version) throw new AppError('CONFLICT', '该援助记录已被他人修改，请关闭后重新打开再改');
  return row;
}

export function updateAction(store: Store, actor: Actor, input: ChannelArgs<'assistance:update'>) {
  const { id, version, ...fields } = input;
  const problems = new FieldProblems();
  const values = checkFields(store, fields, problems);
  problems.throwIfAny();
  return store.sqlite
    .transaction(() => {
      const before = findAction(store, id, version);
      const after = store.db
        .update(assistanceActions)
        .set({ ...values, version: before.version + 1, updatedAt: store.now(), updatedBy: actor.userId })
        .where(eq(assistanceActions.id, id))
        .returning()
        .get();
      recordChange(store, actor, 'assistance', before, after);
      appendAudit(store, actor, { action: 'assistance.update', target: 'assistance', targetId: id });
      return { id, version: after.version };
    })
    .immediate();
}

export function deleteAction(store: Store, actor: Actor, input: ChannelArgs<'assistance:delete'>) {
  return store.sqlite
    .transaction(() => {
      const before = findAction(store, input.id, input.version);
      const after = store.db
        .update(assistanceActions)
        .set({ deletedAt: store.now(), version: before.version + 1, updatedAt: store.now(), updatedBy: actor.userId })
        .where(eq(assistanceActions.id, input.id))
        .returning()
        .get();
      recordChange(store, actor, 'assistance', before, after);
      appendAudit(store, actor, { action: 'assistance.delete', target: 'assistance', targetId: input.id });
      return { id: input.id };
    })
    .immediate();
}
