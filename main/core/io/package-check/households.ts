import { HOUSEHOLD_STATUS, LABOUR_CAPACITY, RELATION, type CodeTable } from '@shared/codes/index';
import type { CsvRow } from './csv-table';
import { duplicateFinder, type Indexes } from './indexes';
import { RowChecker, type CheckContext } from './row-checker';

const YES_NO: CodeTable = [
  { code: '1', name: '是' },
  { code: '0', name: '否' },
];

/** households.csv, a row at a time: field rules, member count, clearance (date and the member who found work), unique id. */
export function householdsChecker(ctx: CheckContext, indexes: Indexes, own: Partial<Indexes>): (row: CsvRow) => void {
  const file = 'households.csv';
  const { households } = own;
  const ids = duplicateFinder(
    'household_id',
    (line, value, first) =>
      ctx.sink.add(
        file,
        line,
        'household_id',
        'households.household_id.duplicate',
        `家庭编号“${value}”与第 ${first} 行重复`,
      ),
    households ? (value) => households.get(value)?.line : undefined,
  );
  return (row) => {
    checkHousehold(new RowChecker(ctx, file, row), indexes);
    ids(row);
  };
}

function checkHousehold(r: RowChecker, indexes: Indexes): void {
  const id = r.raw('household_id');
  r.required('household_id');
  r.idNumber('head_id_number');
  r.required('head_name');
  r.villageCode('village_code');
  if (r.required('members')) {
    const members = r.raw('members');
    if (!/^[1-9]\d*$/.test(members)) r.fail('members', 'format', `家庭人口数应为不小于 1 的整数，现为“${members}”`);
    else {
      r.failLater('members', 'mismatch', ({ memberRows }) => {
        const rows = memberRows?.get(id) ?? 0;
        return memberRows !== null && Number(members) !== rows
          ? `家庭人口数为 ${members}，但 household_members.csv 中该家庭有 ${rows} 行`
          : null;
      });
    }
  }
  const identified = r.required('identified_on') ? r.dateUpToPeriodEnd('identified_on') : null;
  const deadline = r.required('deadline') ? r.date('deadline') : null;
  if (deadline !== null && identified !== null && deadline < identified) {
    r.fail('deadline', 'before_identified', `清零时限 ${deadline} 早于认定日期 ${identified}`);
  }
  r.requiredCode('status', HOUSEHOLD_STATUS, '零就业家庭状态');
  if (r.raw('status') === '3') checkClearance(r, indexes, identified);
  r.changeAndTimestamp();
}

/** Status 3 (已清零): the date, not before recognition, and the member whose job cleared the household. */
function checkClearance(r: RowChecker, indexes: Indexes, identified: string | null): void {
  const id = r.raw('household_id');

  const why = '状态为 3（已清零）时';
  const cleared = r.required('cleared_on', why) ? r.dateUpToPeriodEnd('cleared_on') : null;
  if (cleared !== null && identified !== null && cleared < identified) {
    r.fail('cleared_on', 'before_identified', `清零日期 ${cleared} 早于认定日期 ${identified}`);
  }
  if (r.required('cleared_by', why) && r.usable('cleared_by') && indexes.persons !== null) {
    const personId = r.raw('cleared_by');
    const person = indexes.persons.get(personId);
    if (!person) r.fail('cleared_by', 'unknown', `人员编号“${personId}”在 persons.csv 中不存在`);
    else if (person.status !== '2') {
      r.fail(
        'cleared_by',
        'not_employed',
        `实现就业的成员“${personId}”在 persons.csv 第 ${person.line} 行的登记状态是“${person.status}”，应为 2（已就业）`,
      );
    } else if (person.householdId !== id) {
      r.fail(
        'cleared_by',
        'other_household',
        `实现就业的成员“${personId}”在 persons.csv 第 ${person.line} 行${person.householdId ? `属于家庭“${person.householdId}”` : '没有填写所属家庭'}，应属于本家庭“${id}”`,
      );
    }
  }
}

/** household_members.csv, a row at a time: field rules, links to households and persons, one live household per person. */
export function membersChecker(ctx: CheckContext, indexes: Indexes): (row: CsvRow) => void {
  // id_number → the first live membership seen, for the "at most one household that is not revoked" rule
  const liveMembership = new Map<string, { household: string; line: number }>();
  return (row) => {
    const r = new RowChecker(ctx, 'household_members.csv', row);
    const household = r.raw('household_id');
    const facts = indexes.households?.get(household);
    if (r.required('household_id') && r.usable('household_id') && indexes.households !== null && !facts) {
      r.fail('household_id', 'unknown', `家庭编号“${household}”在 households.csv 中不存在`);
    }
    const idOk = r.idNumber('id_number');
    r.required('name');
    r.requiredCode('relation', RELATION, '与户主关系（表 5.5）');
    r.requiredCode('working_age', YES_NO, '是否法定劳动年龄内');
    r.requiredCode('labour_capacity', LABOUR_CAPACITY, '劳动能力');
    r.requiredCode('employed', YES_NO, '是否就业');
    checkMemberPerson(r, indexes, idOk);
    r.changeAndTimestamp();

    // a row marked D, or a member of a household marked D, is no longer a membership in the register; a household
    // of an unknown status is already reported and left out rather than guessed to be live
    const live = ['1', '2', '3'].includes(facts?.status ?? '') && facts?.change !== 'D' && r.raw('change') !== 'D';
    if (!live || !idOk) return;
    const id = r.raw('id_number');
    const first = liveMembership.get(id);
    if (first === undefined) liveMembership.set(id, { household, line: row.line });
    else if (first.household !== household) {
      r.fail(
        'id_number',
        'two_households',
        `身份证号码 ${id} 已是第 ${first.line} 行家庭“${first.household}”的成员；一人只能属于一个未撤销的零就业家庭`,
      );
    }
  };
}

/** person_id is the person's own when they are in persons.csv, and empty when they are not. */
function checkMemberPerson(r: RowChecker, indexes: Indexes, idOk: boolean): void {
  if (indexes.persons === null || indexes.personIdByIdNumber === null) return;
  const personId = r.raw('person_id');
  const idNumber = r.raw('id_number');
  if (r.usable('person_id')) {
    const person = indexes.persons.get(personId);
    if (!person) r.fail('person_id', 'unknown', `人员编号“${personId}”在 persons.csv 中不存在`);
    else if (idOk && person.idNumber !== idNumber) {
      r.fail(
        'person_id',
        'mismatch',
        `人员编号“${personId}”在 persons.csv 第 ${person.line} 行是身份证号码 ${person.idNumber}，与本行成员 ${idNumber} 不是同一人`,
      );
    }
  } else if (!r.filled('person_id') && idOk) {
    const known = indexes.personIdByIdNumber.get(idNumber)?.personId;
    if (known !== undefined) {
      r.fail('person_id', 'missing', `该成员在 persons.csv 中有记录（人员编号“${known}”），person_id 应填写该编号`);
    }
  }
}
