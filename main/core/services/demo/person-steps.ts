// What happens to a demo person after registration — 认定, 联系, 就业 or 注销, 退出 — as changes to the row, each
// with the checks its service (persons/status.ts, persons:update) makes before it saves.

import type { IsoDate } from '@shared/domain/dates';
import { joinDifficultyCodes } from '@shared/domain/difficulty';
import type { Store } from '../../context';
import { dateNotAfterToday, dateNotBefore, type FieldProblems } from '../persons/validate';
import type { PersonRecord } from '../persons/write';
import type { PersonPlan } from './person-plan';

export type PersonRow = Omit<PersonRecord, 'id'>;

export type Step = {
  on: IsoDate;
  /** Order of steps on the same day. */
  order: number;
  check: (row: PersonRow, problems: FieldProblems) => void;
  changes: Partial<PersonRow>;
};

/** The steps after registration in date order; on one day: 认定, then 联系, then 就业/注销, then 退出. */
export function stepsOf(store: Store, plan: PersonPlan): Step[] {
  const steps: Step[] = [];
  const { recognition, contactOn, end } = plan;
  if (recognition) {
    steps.push({
      on: recognition.on,
      order: 0,
      check: (row, problems) => {
        if (row.status !== '1') problems.add('recognisedOn', '只有登记失业状态的人员可以认定为就业困难人员');
        dateNotAfterToday(store, 'recognisedOn', '认定日期', recognition.on, problems);
        dateNotBefore('recognisedOn', '认定日期', recognition.on, row.registeredOn, '失业登记日期', problems);
        if (recognition.codes.includes('02') && !row.disabilityCert) {
          problems.add('codes', '认定“残疾人”类别须先录入残疾人证号');
        }
        // households come with their own generator; until then nobody is in a zero-employment household
        if (recognition.codes.includes('03'))
          problems.add('codes', '认定“零就业家庭成员”类别须是已认定零就业家庭的成员');
      },
      changes: { difficulty: joinDifficultyCodes(recognition.codes), difficultyOn: recognition.on },
    });
  }
  if (contactOn) {
    steps.push({
      on: contactOn,
      order: 1,
      check: (row, problems) => {
        dateNotAfterToday(store, 'lastContactOn', '最近联系日期', contactOn, problems);
        dateNotBefore('lastContactOn', '最近联系日期', contactOn, row.registeredOn, '失业登记日期', problems);
      },
      changes: { lastContactOn: contactOn },
    });
  }
  if (end) {
    const label = end.kind === 'employ' ? '就业日期' : '注销日期';
    steps.push({
      on: end.on,
      order: 2,
      check: (row, problems) => {
        if (row.status !== '1') problems.add('status', `${row.name} 当前不是登记失业状态`);
        dateNotAfterToday(store, 'endOn', label, end.on, problems);
        dateNotBefore('endOn', label, end.on, row.registeredOn, '失业登记日期', problems);
      },
      changes:
        end.kind === 'employ'
          ? { status: '2', employedOn: end.on, employmentType: end.employmentType, employer: end.employer }
          : { status: '3', cancelledOn: end.on, cancelReason: end.reason, cancelNote: end.note },
    });
    // a cancelled registration also ends the recognition; an employed one stays counted as 困难人员实现就业
    if (recognition && end.kind === 'cancel') {
      steps.push({
        on: end.on,
        order: 3,
        check: (row, problems) => {
          if (!row.difficulty || row.difficultyExitOn) problems.add('exitOn', `${row.name} 当前不是就业困难人员`);
          dateNotAfterToday(store, 'exitOn', '退出日期', end.on, problems);
          dateNotBefore('exitOn', '退出日期', end.on, row.difficultyOn, '认定日期', problems);
        },
        changes: { difficultyExitOn: end.on, difficultyExitReason: '注销失业登记' },
      });
    }
  }
  return steps.sort((a, b) => (a.on === b.on ? a.order - b.order : a.on < b.on ? -1 : 1));
}
