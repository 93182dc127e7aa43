import { ASSISTANCE_RESULT, ASSISTANCE_TYPE } from '@shared/codes/index';
import type { CsvRow } from './csv-table';
import { duplicateFinder, type Indexes } from './indexes';
import { RowChecker, type CheckContext } from './row-checker';
import { moneyToFen } from './values';

/** Types that must name the employer (推荐/安置单位). */
const NEEDS_EMPLOYER = ['02', '06'];
/** Types that move money (loan or subsidy), so the amount is required. */
const NEEDS_AMOUNT = ['05', '07', '08', '10'];

/** assistance.csv, a row at a time: the actions dated inside the period, for persons or households of the package. */
export function assistanceChecker(ctx: CheckContext, indexes: Indexes): (row: CsvRow) => void {
  const file = 'assistance.csv';
  const ids = duplicateFinder('action_id', (line, value, first) =>
    ctx.sink.add(file, line, 'action_id', 'assistance.action_id.duplicate', `援助编号“${value}”与第 ${first} 行重复`),
  );
  return (row) => {
    checkAction(new RowChecker(ctx, file, row), ctx, indexes);
    ids(row);
  };
}

function checkAction(r: RowChecker, ctx: CheckContext, indexes: Indexes): void {
  r.required('action_id');
  const personId = r.raw('person_id');
  const householdId = r.raw('household_id');
  if (!r.filled('person_id') && !r.filled('household_id')) {
    r.fail(
      'person_id',
      'required',
      '援助对象 person_id 与家庭编号 household_id 至少填写一个（为家庭援助时可只填家庭编号）',
    );
  }
  if (r.usable('person_id') && indexes.persons !== null && !indexes.persons.has(personId)) {
    r.fail('person_id', 'unknown', `人员编号“${personId}”在 persons.csv 中不存在`);
  }
  if (r.usable('household_id') && indexes.households !== null && !indexes.households.has(householdId)) {
    r.fail(
      'household_id',
      'unknown',
      `家庭编号“${householdId}”在 households.csv 中不存在；不在包中的家庭的援助不应报送`,
    );
  }

  const type = r.raw('type');
  const typeOk = r.requiredCode('type', ASSISTANCE_TYPE, '援助类型（表 5.8）');
  if (r.required('date')) {
    const date = r.date('date');
    const period = ctx.period;
    if (date !== null && period !== null && (date < period.start || date > period.end)) {
      r.fail('date', 'outside_period', `援助日期 ${date} 不在报送期 ${period.start} 至 ${period.end} 之内`);
    }
  }
  if (r.required('content') && r.text('content').length > 500 && [...r.text('content')].length > 500) {
    r.fail('content', 'too_long', `援助内容不能超过 500 个字，现为 ${[...r.text('content')].length} 个`);
  }
  const typeName = ASSISTANCE_TYPE.find((entry) => entry.code === type)?.name ?? '';
  if (typeOk && NEEDS_EMPLOYER.includes(type)) r.required('employer', `援助类型为 ${type}（${typeName}）时`);

  const amount = r.raw('amount');
  if (r.usable('amount')) {
    if (/^-\d/.test(amount)) r.fail('amount', 'negative', `金额不能为负数，现为“${amount}”`);
    else if (moneyToFen(amount) === null) {
      r.fail(
        'amount',
        'format',
        `金额“${amount}”格式不对：以元为单位的数字，最多两位小数，不带千分位和单位，如 1200.50`,
      );
    }
  } else if (typeOk && NEEDS_AMOUNT.includes(type)) r.required('amount', `援助类型为 ${type}（${typeName}）时`);

  r.requiredCode('result', ASSISTANCE_RESULT, '援助结果');
  r.required('staff');
}
