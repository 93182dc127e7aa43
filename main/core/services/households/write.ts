import { and, eq } from 'drizzle-orm';
import { AppError, type ChannelArgs } from '@shared/contract';
import { chinaTimestamp } from '@shared/domain/dates';
import { householdMembers, households, villages } from '../../db/schema';
import type { Actor, Store } from '../../context';
import { appendAudit } from '../audit';
import { recordChange } from '../change-log';
import { FieldProblems, dateNotAfterToday } from '../persons/validate';
import {
  activeMembers,
  assertNotInAnotherHousehold,
  explainConstraint,
  memberValues,
  type MemberRecord,
} from './members';

export type HouseholdRecord = typeof households.$inferSelect;
type HouseholdChanges = Partial<Omit<HouseholdRecord, 'id' | 'version' | 'createdAt' | 'createdBy'>>;
const HEAD = '02';

export function findHousehold(store: Store, id: number): HouseholdRecord {
  const row = store.db.select().from(households).where(eq(households.id, id)).get();
  if (!row || row.deletedAt) throw new AppError('NOT_FOUND', '找不到该零就业家庭');
  return row;
}

/** 申请: the household with its head and members, in one transaction. */
export function createHousehold(
  store: Store,
  actor: Actor,
  input: ChannelArgs<'households:create'>,
): { id: number; version: number } {
  const problems = new FieldProblems();
  if (!store.db.select().from(villages).where(eq(villages.code, input.villageCode)).get()) {
    problems.add('villageCode', '请选择本乡镇的村（社区）');
  }
  dateNotAfterToday(store, 'appliedOn', '申请日期', input.appliedOn, problems);
  const heads = input.members.filter((member) => member.relation === HEAD).length;
  if (heads !== 1) problems.add('members', heads === 0 ? '请指定户主（与户主关系为“户主”）' : '一户只能有一位户主');
  problems.throwIfAny();
  const values = input.members.map((member, index) => memberValues(store, member, `members.${index}`));
  const seen = new Set<string>();
  values.forEach((member, index) => {
    if (seen.has(member.idNumber))
      throw new AppError('INVALID_INPUT', `${member.name} 重复录入`, {
        [`members.${index}.idNumber`]: '该成员已在本户中',
      });
    seen.add(member.idNumber);
    assertNotInAnotherHousehold(store, member.idNumber, member.name, null);
  });
  const head = values.find((member) => member.relation === HEAD)!;
  const now = store.now();
  const stamp = { createdAt: now, updatedAt: now, createdBy: actor.userId, updatedBy: actor.userId };
  try {
    return store.sqlite
      .transaction(() => {
        const household = store.db
          .insert(households)
          .values({
            headPersonId: head.personId,
            headIdNumber: head.idNumber,
            headName: head.name,
            villageCode: input.villageCode,
            address: input.address || null,
            stage: 'applied',
            appliedOn: input.appliedOn,
            notes: input.notes || null,
            ...stamp,
          })
          .returning()
          .get();
        recordChange(store, actor, 'household', null, household);
        for (const member of values) {
          const row = store.db
            .insert(householdMembers)
            .values({ ...member, householdId: household.id, ...stamp })
            .returning()
            .get();
          recordChange(store, actor, 'member', null, row);
        }
        appendAudit(store, actor, { action: 'households.create', target: 'household', targetId: household.id });
        return { id: household.id, version: household.version };
      })
      .immediate();
  } catch (error) {
    return explainConstraint(error);
  }
}

/** Changes a household under the optimistic lock; `build` may also write members inside the same transaction. */
export function changeHousehold(
  store: Store,
  actor: Actor,
  id: number,
  expectedVersion: number,
  action: string,
  build: (before: HouseholdRecord, problems: FieldProblems) => HouseholdChanges,
): { id: number; version: number } {
  try {
    return store.sqlite
      .transaction(() => {
        const before = findHousehold(store, id);
        if (before.version !== expectedVersion) {
          const when = chinaTimestamp(before.updatedAt).slice(0, 16).replace('T', ' ');
          throw new AppError(
            'CONFLICT',
            `户主 ${before.headName} 的家庭已于 ${when} 被他人修改，请关闭后重新打开再改。`,
          );
        }
        const problems = new FieldProblems();
        const changes = build(before, problems);
        problems.throwIfAny();
        const after = store.db
          .update(households)
          .set({ ...changes, version: before.version + 1, updatedAt: store.now(), updatedBy: actor.userId })
          .where(and(eq(households.id, id), eq(households.version, expectedVersion)))
          .returning()
          .get();
        recordChange(store, actor, 'household', before, after);
        appendAudit(store, actor, { action, target: 'household', targetId: id });
        return { id, version: after.version };
      })
      .immediate();
  } catch (error) {
    return explainConstraint(error);
  }
}

/** Writes one member row with its history entry. */
export function writeMember(
  store: Store,
  actor: Actor,
  before: MemberRecord,
  changes: Partial<MemberRecord>,
): MemberRecord {
  const after = store.db
    .update(householdMembers)
    .set({ ...changes, version: before.version + 1, updatedAt: store.now(), updatedBy: actor.userId })
    .where(eq(householdMembers.id, before.id))
    .returning()
    .get();
  recordChange(store, actor, 'member', before, after);
  return after;
}

function memberOf(store: Store, householdId: number, memberId: number): MemberRecord {
  const member = activeMembers(store, householdId).find((row) => row.id === memberId);
  if (!member) throw new AppError('NOT_FOUND', '该成员不在本户中');
  return member;
}

const EDITABLE = new Set(['applied', 'publicised', 'recognised', 'assisting']);

export function addMember(store: Store, actor: Actor, input: ChannelArgs<'households:add-member'>) {
  const values = memberValues(store, input.member, 'member');
  return changeHousehold(store, actor, input.id, input.version, 'households.add-member', (before, problems) => {
    if (!EDITABLE.has(before.stage)) problems.add('member', '已清零或已撤销的家庭不能再添加成员');
    if (values.relation === HEAD) problems.add('member.relation', '本户已有户主');
    assertNotInAnotherHousehold(store, values.idNumber, values.name, null);
    const now = store.now();
    const row = store.db
      .insert(householdMembers)
      .values({
        ...values,
        householdId: before.id,
        createdAt: now,
        updatedAt: now,
        createdBy: actor.userId,
        updatedBy: actor.userId,
      })
      .returning()
      .get();
    recordChange(store, actor, 'member', null, row);
    return {};
  });
}

export function updateMember(store: Store, actor: Actor, input: ChannelArgs<'households:update-member'>) {
  return changeHousehold(store, actor, input.id, input.version, 'households.update-member', (before, problems) => {
    const member = memberOf(store, before.id, input.memberId);
    if ((member.relation === HEAD) !== (input.relation === HEAD))
      problems.add('relation', '户主不能更改；如需更换户主请重新申请');
    const employed = member.personId ? member.employed : (input.employed ?? member.employed);
    writeMember(store, actor, member, { relation: input.relation, labourCapacity: input.labourCapacity, employed });
    return {};
  });
}

export function removeMember(store: Store, actor: Actor, input: ChannelArgs<'households:remove-member'>) {
  return changeHousehold(store, actor, input.id, input.version, 'households.remove-member', (before, problems) => {
    const member = memberOf(store, before.id, input.memberId);
    if (member.relation === HEAD) problems.add('memberId', '不能移除户主');
    else writeMember(store, actor, member, { active: false, removedAt: store.now() });
    return {};
  });
}
