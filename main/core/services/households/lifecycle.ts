import { and, eq, inArray } from 'drizzle-orm';
import type { ChannelArgs } from '@shared/contract';
import { compareDates, todayInChina, type IsoDate } from '@shared/domain/dates';
import { assessHouseholdQualification, type HouseholdQualification } from '@shared/domain/household-qualification';
import { isWorkingAge } from '@shared/domain/working-age';
import { calendarCovers, clearanceDeadline } from '@shared/domain/working-days';
import { householdMembers, households, persons } from '../../db/schema';
import type { Actor, Store } from '../../context';
import { officialCalendar } from '../calendar';
import { recordChange } from '../change-log';
import { dateNotAfterToday, dateNotBefore } from '../persons/validate';
import { getSetting } from '../settings';
import { activeMembers, type MemberRecord } from './members';
import { changeHousehold, writeMember } from './write';

// 申请 → 公示 → 已认定 (deadline from the county's 动态清零 rule) → 援助中 → 已清零, or 已撤销 from any open stage.

export function qualificationAt(store: Store, members: MemberRecord[], atDate: IsoDate): HouseholdQualification {
  const rules = getSetting(store, 'ageRules');
  return assessHouseholdQualification(
    members.map((member) => ({
      name: member.name,
      idNumber: member.idNumber,
      workingAge: isWorkingAge(member.idNumber, atDate, rules) === true,
      labourCapacity: member.labourCapacity as '1' | '2' | '3',
      employed: member.employed,
    })),
  );
}

export function publiciseHousehold(store: Store, actor: Actor, input: ChannelArgs<'households:publicise'>) {
  return changeHousehold(store, actor, input.id, input.version, 'households.publicise', (before, problems) => {
    if (before.stage !== 'applied') problems.add('publicisedOn', '只有“申请”阶段的家庭可以公示');
    dateNotAfterToday(store, 'publicisedOn', '公示日期', input.publicisedOn, problems);
    dateNotBefore('publicisedOn', '公示日期', input.publicisedOn, before.appliedOn, '申请日期', problems);
    return { stage: 'publicised', publicisedOn: input.publicisedOn };
  });
}

/** 认定: only a qualifying household; sets the clearance deadline and offers category 03 to its registered members. */
export function recogniseHousehold(store: Store, actor: Actor, input: ChannelArgs<'households:recognise'>) {
  const rule = getSetting(store, 'clearanceRule');
  const calendar = officialCalendar(store);
  const deadline = clearanceDeadline(rule, input.identifiedOn, calendar);
  const warning =
    rule.kind === 'working-days' && !calendarCovers(calendar, deadline)
      ? `节假日安排未包含 ${deadline.slice(0, 4)} 年，时限仅按周末计算，请在“设置—节假日”中补充`
      : null;
  const saved = changeHousehold(store, actor, input.id, input.version, 'households.recognise', (before, problems) => {
    const rerecognition = before.stage === 'cleared' && before.needsRerecognition;
    if (before.stage !== 'publicised' && !rerecognition) problems.add('identifiedOn', '须先经公示才能认定');
    dateNotAfterToday(store, 'identifiedOn', '认定日期', input.identifiedOn, problems);
    dateNotBefore('identifiedOn', '认定日期', input.identifiedOn, before.publicisedOn, '公示日期', problems);
    const verdict = qualificationAt(store, activeMembers(store, before.id), input.identifiedOn);
    if (!verdict.qualifies) problems.add('identifiedOn', verdict.reasons.join('；'));
    return {
      stage: 'recognised',
      identifiedOn: input.identifiedOn,
      deadline,
      clearedOn: null,
      clearedByPersonId: null,
      needsRerecognition: false,
    };
  });
  return { ...saved, deadline, warning, difficultyOffers: difficultyOffers(store, input.id, input.identifiedOn) };
}

/** Working-age members in the unemployment register who are not yet recognised in category 03. */
export function difficultyOffers(store: Store, householdId: number, atDate: IsoDate) {
  const rules = getSetting(store, 'ageRules');
  const linked = activeMembers(store, householdId).filter((member) => member.personId !== null);
  if (linked.length === 0) return [];
  return store.db
    .select({
      personId: persons.id,
      name: persons.name,
      version: persons.version,
      idNumber: persons.idNumber,
      difficulty: persons.difficulty,
    })
    .from(persons)
    .where(
      and(
        inArray(
          persons.id,
          linked.map((member) => member.personId!),
        ),
        eq(persons.status, '1'),
      ),
    )
    .all()
    .filter((person) => isWorkingAge(person.idNumber, atDate, rules) && !(person.difficulty ?? '').includes('03'))
    .map(({ personId, name, version }) => ({ personId, name, version }));
}

export function startAssistance(store: Store, actor: Actor, input: ChannelArgs<'households:start-assistance'>) {
  return changeHousehold(store, actor, input.id, input.version, 'households.start-assistance', (before, problems) => {
    if (before.stage !== 'recognised') problems.add('stage', '只有“已认定”的家庭可以开始援助');
    return { stage: 'assisting' };
  });
}

/** 清零: a member found work — that person's record must say employed on or before the clearance date. */
export function clearHousehold(store: Store, actor: Actor, input: ChannelArgs<'households:clear'>) {
  return changeHousehold(store, actor, input.id, input.version, 'households.clear', (before, problems) => {
    if (before.stage !== 'recognised' && before.stage !== 'assisting')
      problems.add('clearedOn', '只有已认定或援助中的家庭可以清零');
    dateNotAfterToday(store, 'clearedOn', '清零日期', input.clearedOn, problems);
    dateNotBefore('clearedOn', '清零日期', input.clearedOn, before.identifiedOn, '认定日期', problems);
    const member = activeMembers(store, before.id).find((row) => row.personId === input.personId);
    const person = store.db.select().from(persons).where(eq(persons.id, input.personId)).get();
    if (!member || !person) problems.add('personId', '实现就业的人员须是本户成员');
    else if (person.status !== '2' || !person.employedOn || compareDates(person.employedOn, input.clearedOn) > 0) {
      problems.add('personId', `${person.name} 在 ${input.clearedOn} 前未登记就业，请先在人员登记中登记其就业`);
    }
    return {
      stage: 'cleared',
      clearedOn: input.clearedOn,
      clearedByPersonId: input.personId,
      needsRerecognition: false,
    };
  });
}

export function revokeHousehold(store: Store, actor: Actor, input: ChannelArgs<'households:revoke'>) {
  return changeHousehold(store, actor, input.id, input.version, 'households.revoke', (before, problems) => {
    if (before.stage === 'revoked') problems.add('revokedOn', '该家庭已撤销');
    dateNotAfterToday(store, 'revokedOn', '撤销日期', input.revokedOn, problems);
    dateNotBefore('revokedOn', '撤销日期', input.revokedOn, before.appliedOn, '申请日期', problems);
    // members of a revoked household may belong to another household from now on
    for (const member of activeMembers(store, before.id)) writeMember(store, actor, member, { active: false });
    return { stage: 'revoked', revokedOn: input.revokedOn, revokeReason: input.reason };
  });
}

/**
 * Keeps members in step with the person register when a person is employed or registered unemployed again, and flags
 * a cleared household for re-recognition when its last employed working-age member loses the job. Runs inside the
 * person's transaction.
 */
export function syncMemberEmployment(store: Store, actor: Actor, personId: number, employed: boolean): void {
  const linked = store.db
    .select()
    .from(householdMembers)
    .where(and(eq(householdMembers.personId, personId), eq(householdMembers.active, true)))
    .all();
  for (const member of linked) {
    if (member.employed === employed) continue;
    writeMember(store, actor, member, { employed });
    if (employed) continue;
    const household = store.db.select().from(households).where(eq(households.id, member.householdId)).get();
    if (household?.stage !== 'cleared') continue;
    const today = todayInChina(store.now());
    const rules = getSetting(store, 'ageRules');
    const stillEmployed = activeMembers(store, household.id).some(
      (other) => other.employed && isWorkingAge(other.idNumber, today, rules) === true,
    );
    if (!stillEmployed) {
      const after = store.db
        .update(households)
        .set({
          needsRerecognition: true,
          version: household.version + 1,
          updatedAt: store.now(),
          updatedBy: actor.userId,
        })
        .where(eq(households.id, household.id))
        .returning()
        .get();
      recordChange(store, actor, 'household', household, after);
    }
  }
}
