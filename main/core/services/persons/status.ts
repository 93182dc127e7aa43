import { and, eq } from 'drizzle-orm';
import type { ChannelArgs } from '@shared/contract';
import { DIFFICULTY, codeLabel, type HouseholdStage } from '@shared/codes/index';
import { joinDifficultyCodes, suggestDifficultyCategories, type DifficultySuggestion } from '@shared/domain/difficulty';
import type { IsoDate } from '@shared/domain/dates';
import { householdMembers, households } from '../../db/schema';
import { syncMemberEmployment } from '../households/lifecycle';
import type { Actor, Store } from '../../context';
import { getSetting } from '../settings';
import { dateNotAfterToday, dateNotBefore } from './validate';
import { changePerson, findLivePerson } from './write';

// The life cycle of a registration: 登记失业 (1) → 已就业 (2) with date, form and employer, or 已注销 (3) with date
// and reason. An ended registration can start again; the earlier episode stays in the change history.

export function employPerson(store: Store, actor: Actor, input: ChannelArgs<'persons:employ'>) {
  return changePerson(store, actor, input.id, input.version, 'persons.employ', (before, problems) => {
    syncMemberEmployment(store, actor, before.id, true);
    if (before.status !== '1') problems.add('employedOn', `${before.name} 当前不是登记失业状态，不能登记就业`);
    dateNotAfterToday(store, 'employedOn', '就业日期', input.employedOn, problems);
    dateNotBefore('employedOn', '就业日期', input.employedOn, before.registeredOn, '失业登记日期', problems);
    return {
      status: '2',
      employedOn: input.employedOn,
      employmentType: input.employmentType,
      employer: input.employer ?? null,
    };
  });
}

export function cancelPerson(store: Store, actor: Actor, input: ChannelArgs<'persons:cancel'>) {
  return changePerson(store, actor, input.id, input.version, 'persons.cancel', (before, problems) => {
    if (before.status !== '1') problems.add('cancelledOn', `${before.name} 当前不是登记失业状态，不能注销`);
    dateNotAfterToday(store, 'cancelledOn', '注销日期', input.cancelledOn, problems);
    dateNotBefore('cancelledOn', '注销日期', input.cancelledOn, before.registeredOn, '失业登记日期', problems);
    return {
      status: '3',
      cancelledOn: input.cancelledOn,
      cancelReason: input.cancelReason,
      cancelNote: input.note ?? null,
    };
  });
}

export function reregisterPerson(store: Store, actor: Actor, input: ChannelArgs<'persons:reregister'>) {
  return changePerson(store, actor, input.id, input.version, 'persons.reregister', (before, problems) => {
    syncMemberEmployment(store, actor, before.id, false);
    if (before.status === '1') problems.add('registeredOn', `${before.name} 已是登记失业状态`);
    const ended = before.status === '2' ? before.employedOn : before.cancelledOn;
    dateNotAfterToday(store, 'registeredOn', '登记日期', input.registeredOn, problems);
    dateNotBefore(
      'registeredOn',
      '重新登记日期',
      input.registeredOn,
      ended,
      before.status === '2' ? '就业日期' : '注销日期',
      problems,
    );
    return {
      status: '1',
      registeredOn: input.registeredOn,
      unemploymentReason: input.unemploymentReason ?? before.unemploymentReason,
      employedOn: null,
      employmentType: null,
      employer: null,
      cancelledOn: null,
      cancelReason: null,
      cancelNote: null,
    };
  });
}

/** The stage of the (not revoked) zero-employment household the person belongs to, if any. */
export function householdStageOf(store: Store, personId: number): HouseholdStage | null {
  const row = store.db
    .select({ stage: households.stage })
    .from(householdMembers)
    .innerJoin(households, eq(households.id, householdMembers.householdId))
    .where(and(eq(householdMembers.personId, personId), eq(householdMembers.active, true)))
    .get();
  return row?.stage ?? null;
}

export function suggestDifficulty(store: Store, id: number, atDate: IsoDate): DifficultySuggestion[] {
  const person = findLivePerson(store, id);
  return suggestDifficultyCategories(
    {
      idNumber: person.idNumber,
      disabilityCert: person.disabilityCert,
      householdStage: householdStageOf(store, id),
      lowIncome: person.lowIncome,
      registeredOn: person.status === '1' ? person.registeredOn : null,
      landLost: person.landLost,
      povertyMonitored: person.povertyMonitored,
      releasedOrRehab: person.releasedOrRehab,
    },
    getSetting(store, 'difficulty'),
    atDate,
  );
}

/** 认定: the clerk confirms categories (suggested or not) with a date; the rules the county's check relies on hold. */
export function recogniseDifficulty(store: Store, actor: Actor, input: ChannelArgs<'persons:recognise-difficulty'>) {
  const enabled = new Set<string>(getSetting(store, 'difficulty').enabled);
  return changePerson(store, actor, input.id, input.version, 'persons.recognise-difficulty', (before, problems) => {
    if (before.status !== '1') problems.add('recognisedOn', '只有登记失业状态的人员可以认定为就业困难人员');
    dateNotAfterToday(store, 'recognisedOn', '认定日期', input.recognisedOn, problems);
    dateNotBefore('recognisedOn', '认定日期', input.recognisedOn, before.registeredOn, '失业登记日期', problems);
    for (const code of input.codes) {
      const label = codeLabel(DIFFICULTY, code) ?? code;
      if (!enabled.has(code)) problems.add('codes', `本县未启用“${label}”类别`);
    }
    if (input.codes.includes('02') && !before.disabilityCert)
      problems.add('codes', '认定“残疾人”类别须先录入残疾人证号');
    if (input.codes.includes('03')) {
      const stage = householdStageOf(store, before.id);
      if (!stage || !['recognised', 'assisting', 'cleared'].includes(stage)) {
        problems.add('codes', '认定“零就业家庭成员”类别须是已认定零就业家庭的成员');
      }
    }
    return {
      difficulty: joinDifficultyCodes(input.codes),
      difficultyOn: input.recognisedOn,
      difficultyExitOn: null,
      difficultyExitReason: null,
    };
  });
}

export function endDifficulty(store: Store, actor: Actor, input: ChannelArgs<'persons:end-difficulty'>) {
  return changePerson(store, actor, input.id, input.version, 'persons.end-difficulty', (before, problems) => {
    if (!before.difficulty || before.difficultyExitOn) problems.add('exitOn', `${before.name} 当前不是就业困难人员`);
    dateNotAfterToday(store, 'exitOn', '退出日期', input.exitOn, problems);
    dateNotBefore('exitOn', '退出日期', input.exitOn, before.difficultyOn, '认定日期', problems);
    return { difficultyExitOn: input.exitOn, difficultyExitReason: input.reason };
  });
}
