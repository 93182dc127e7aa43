import { and, eq, isNull } from 'drizzle-orm';
import { AppError, type ChannelOutput, type PersonFields } from '@shared/contract';
import { chinaTimestamp } from '@shared/domain/dates';
import { persons, users } from '../../db/schema';
import type { Actor, Store } from '../../context';
import { appendAudit } from '../audit';
import { recordChange } from '../change-log';
import { checkIdNumber, FieldProblems, personValues } from './validate';

export type PersonRecord = typeof persons.$inferSelect;
type PersonChanges = Partial<Omit<PersonRecord, 'id' | 'idNumber' | 'version' | 'createdAt' | 'createdBy'>>;

export function findLivePerson(store: Store, id: number): PersonRecord {
  const row = store.db
    .select()
    .from(persons)
    .where(and(eq(persons.id, id), isNull(persons.deletedAt)))
    .get();
  if (!row) throw new AppError('NOT_FOUND', '找不到该人员，可能已被删除');
  return row;
}

export function findByIdNumber(store: Store, idNumber: string): PersonRecord | null {
  return (
    store.db
      .select()
      .from(persons)
      .where(and(eq(persons.idNumber, idNumber), isNull(persons.deletedAt)))
      .get() ?? null
  );
}

/** 人员登记: one record per ID number — an existing person is never entered twice. */
export function createPerson(store: Store, actor: Actor, fields: PersonFields): ChannelOutput<'persons:create'> {
  const problems = new FieldProblems();
  const id = checkIdNumber(store, fields.idNumber, problems);
  if (!id) return problems.throwIfAny() as never;
  const values = personValues(store, id, fields, problems);
  problems.throwIfAny();
  const now = store.now();
  return store.sqlite
    .transaction(() => {
      const existing = findByIdNumber(store, id.idNumber);
      if (existing) {
        throw new AppError('CONFLICT', `身份证号 ${id.idNumber} 已登记为 ${existing.name}，请打开该人员的记录`, {
          idNumber: `已登记：${existing.name}（编号 ${existing.id}）`,
        });
      }
      const row = store.db
        .insert(persons)
        .values({
          ...values,
          idNumber: id.idNumber,
          status: '1',
          createdAt: now,
          updatedAt: now,
          createdBy: actor.userId,
          updatedBy: actor.userId,
        })
        .returning()
        .get();
      recordChange(store, actor, 'person', null, row);
      appendAudit(store, actor, { action: 'persons.create', target: 'person', targetId: row.id });
      const note = id.upgradedFrom15 ? `15 位身份证号 ${id.upgradedFrom15} 已升位为 ${id.idNumber}` : null;
      return { id: row.id, version: row.version, note };
    })
    .immediate();
}

/**
 * Applies a change to a live person if nobody else saved it since the clerk opened it (optimistic lock): a stale
 * save is refused with who changed it and when, never silently overwriting the other clerk's work.
 */
export function changePerson(
  store: Store,
  actor: Actor,
  id: number,
  expectedVersion: number,
  action: string,
  build: (before: PersonRecord, problems: FieldProblems) => PersonChanges,
): { id: number; version: number } {
  return store.sqlite
    .transaction(() => {
      const before = findLivePerson(store, id);
      if (before.version !== expectedVersion) throw staleSave(store, before);
      const problems = new FieldProblems();
      const changes = build(before, problems);
      problems.throwIfAny();
      const updated = store.db
        .update(persons)
        .set({ ...changes, version: before.version + 1, updatedAt: store.now(), updatedBy: actor.userId })
        .where(and(eq(persons.id, id), eq(persons.version, expectedVersion)))
        .returning()
        .get();
      if (!updated) throw staleSave(store, before);
      recordChange(store, actor, 'person', before, updated);
      appendAudit(store, actor, { action, target: 'person', targetId: id });
      return { id, version: updated.version };
    })
    .immediate();
}

function staleSave(store: Store, current: PersonRecord): AppError {
  const editor = current.updatedBy
    ? store.db.select({ name: users.displayName }).from(users).where(eq(users.id, current.updatedBy)).get()?.name
    : null;
  const when = chinaTimestamp(current.updatedAt).slice(0, 16).replace('T', ' ');
  return new AppError(
    'CONFLICT',
    `${current.name} 的记录已被${editor ? ` ${editor} ` : '他人'}于 ${when} 修改，您看到的是修改前的内容。请关闭后重新打开再改，以免覆盖对方的修改。`,
  );
}

export function updatePerson(
  store: Store,
  actor: Actor,
  input: Omit<PersonFields, 'idNumber'> & { id: number; version: number },
): { id: number; version: number } {
  const { id, version, ...typed } = input;
  return changePerson(store, actor, id, version, 'persons.update', (before, problems) => {
    // a user who may not see full numbers gets the certificate masked: not sending it back (or sending the masked
    // text) leaves it as it is, never clears it
    const keepCert = typed.disabilityCert === undefined || (typed.disabilityCert ?? '').includes('*');
    const fields = keepCert ? { ...typed, disabilityCert: before.disabilityCert } : typed;
    const values = personValues(
      store,
      {
        idNumber: before.idNumber,
        sex: before.sex as '1' | '2',
        birthDate: before.birthDate,
        regionCode: before.idNumber.slice(0, 6),
      },
      fields,
      problems,
    );
    // the registration date of an ended episode is history: it changes only by registering again
    if (before.status !== '1' && values.registeredOn !== before.registeredOn) {
      problems.add('registeredOn', '该人员已就业或已注销，登记日期不能修改；如再次失业请使用“重新登记”');
    }
    return values;
  });
}

export function deletePerson(
  store: Store,
  actor: Actor,
  input: { id: number; version: number; reason: 'error' | 'duplicate'; mergedIntoId?: number | undefined },
): { id: number } {
  changePerson(store, actor, input.id, input.version, 'persons.delete', (_before, problems) => {
    if (input.reason === 'duplicate') {
      if (!input.mergedIntoId) problems.add('mergedIntoId', '请选择保留的那条记录');
      else if (input.mergedIntoId === input.id) problems.add('mergedIntoId', '不能合并到自身');
      else findLivePerson(store, input.mergedIntoId);
    }
    return {
      deletedAt: store.now(),
      deleteReason: input.reason,
      mergedIntoId: input.reason === 'duplicate' ? (input.mergedIntoId ?? null) : null,
    };
  });
  return { id: input.id };
}
