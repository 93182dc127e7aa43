import {
  CANCEL_REASON,
  DIFFICULTY,
  EDUCATION,
  EMPLOYMENT_TYPE,
  ETHNICITY,
  HUKOU_TYPE,
  PERSON_STATUS,
  SEX,
} from '@shared/codes/index';
import { LANDLINE_PATTERN, MOBILE_PATTERN } from '@shared/domain/phone';
import type { CsvRow } from './csv-table';
import { duplicateFinder, type Indexes } from './indexes';
import { RowChecker, type CheckContext } from './row-checker';
import { birthDateOfId, sexOfId } from './values';

/**
 * persons.csv, a row at a time: every field rule of the table, the cross rules of difficulty 02/03, unique person_id
 * and id_number (`own`, the indexes of this table as far as read, holds the first line of each).
 */
export function personsChecker(ctx: CheckContext, _indexes: Indexes, own: Partial<Indexes>): (row: CsvRow) => void {
  const file = 'persons.csv';
  const { persons, personIdByIdNumber } = own;
  const personIds = duplicateFinder(
    'person_id',
    (line, value, first) =>
      ctx.sink.add(file, line, 'person_id', 'persons.person_id.duplicate', `人员编号“${value}”与第 ${first} 行重复`),
    persons ? (value) => persons.get(value)?.line : undefined,
  );
  const idNumbers = duplicateFinder(
    'id_number',
    (line, value, first) =>
      ctx.sink.add(
        file,
        line,
        'id_number',
        'persons.id_number.duplicate',
        `身份证号码 ${value} 与第 ${first} 行重复；同一人只能有一条记录`,
      ),
    personIdByIdNumber ? (value) => personIdByIdNumber.get(value)?.line : undefined,
  );
  return (row) => {
    checkPerson(new RowChecker(ctx, file, row));
    personIds(row);
    idNumbers(row);
  };
}

function checkPerson(r: RowChecker): void {
  r.required('person_id');
  const idOk = r.idNumber('id_number');
  const id = r.raw('id_number');

  // UTF-16 units are never fewer than characters: only a long name is counted character by character
  if (r.required('name') && r.text('name').length > 50 && [...r.text('name')].length > 50) {
    r.fail('name', 'too_long', `姓名不能超过 50 个字，现为 ${[...r.text('name')].length} 个`);
  }
  if (r.requiredCode('sex', SEX, '性别') && idOk && r.raw('sex') !== sexOfId(id)) {
    r.fail('sex', 'mismatch', `性别“${r.raw('sex')}”与身份证号码第 17 位不符（奇数为 1 男，偶数为 2 女）`);
  }
  if (r.required('birth_date')) {
    const birth = r.date('birth_date');
    if (birth !== null && idOk && birth !== birthDateOfId(id)) {
      r.fail('birth_date', 'mismatch', `出生日期 ${birth} 与身份证号码第 7–14 位（${birthDateOfId(id)}）不符`);
    }
  }
  r.requiredCode('ethnicity', ETHNICITY, '民族（GB/T 3304 两位代码）');
  r.code('education', EDUCATION, '文化程度（表 5.3）');
  r.requiredCode('hukou_type', HUKOU_TYPE, '户口性质');
  r.villageCode('village_code');
  const phone = r.raw('phone');
  if (r.usable('phone') && !MOBILE_PATTERN.test(phone) && !LANDLINE_PATTERN.test(phone)) {
    r.fail(
      'phone',
      'format',
      `“${phone}”不是有效电话：手机为 1[3-9] 开头的 11 位数字，固定电话为 0 开头的区号加 7–8 位号码`,
    );
  }

  const registered = r.required('registered_on', '名册中的每个人都先经失业登记，')
    ? r.dateUpToPeriodEnd('registered_on')
    : null;
  r.requiredCode('status', PERSON_STATUS, '登记状态');
  checkEmployment(r, registered);
  const cancelled = r.raw('status') === '3' ? '登记状态为 3（已注销）时' : '';
  if (cancelled === '' || r.required('cancelled_on', cancelled)) r.dateUpToPeriodEnd('cancelled_on');
  if (cancelled === '' || r.required('cancel_reason', cancelled))
    r.code('cancel_reason', CANCEL_REASON, '注销原因（表 5.7）');

  const difficulty = checkDifficulty(r);
  if (difficulty.length > 0 && r.required('difficulty_on', '有就业困难人员类别时'))
    r.dateUpToPeriodEnd('difficulty_on');
  checkDisability(r, idOk);
  if (difficulty.includes('02') && !r.filled('disability_cert')) {
    r.fail('difficulty', '02_without_cert', '类别含 02（残疾人），但没有填写残疾人证号 disability_cert');
  }
  if (r.usable('household_id')) {
    const household = r.raw('household_id');
    r.failLater('household_id', 'unknown', ({ households }) =>
      households !== null && !households.has(household) ? `家庭编号“${household}”在 households.csv 中不存在` : null,
    );
  }
  if (difficulty.includes('03') && !r.filled('household_id')) {
    r.fail('difficulty', '03_without_household', '类别含 03（零就业家庭成员），但没有填写所属零就业家庭 household_id');
  }
  r.changeAndTimestamp();
}

function checkEmployment(r: RowChecker, registered: string | null): void {
  const employed = r.raw('status') === '2' ? '登记状态为 2（已就业）时' : '';
  if (employed === '' || r.required('employed_on', employed)) {
    const on = r.dateUpToPeriodEnd('employed_on');
    if (on !== null && registered !== null && on < registered) {
      r.fail('employed_on', 'before_registered', `实现就业日期 ${on} 早于失业登记日期 ${registered}`);
    }
  }
  if (employed === '' || r.required('employment_type', employed)) {
    r.code('employment_type', EMPLOYMENT_TYPE, '就业形式（表 5.6）');
  }
}

/** The difficulty codes when the field is well formed (codes of 5.4, ';', sorted, unique), else what could be read. */
function checkDifficulty(r: RowChecker): string[] {
  if (!r.usable('difficulty')) return [];
  const value = r.raw('difficulty');
  const codes = value.split(';');
  if (codes.some((code) => code === '')) {
    r.fail('difficulty', 'format', `“${value}”格式不对：多个类别代码用英文分号 ; 连接，首尾和中间不能有空项`);
    return [];
  }
  const unknown = codes.filter((code) => !DIFFICULTY.some((entry) => entry.code === code));
  if (unknown.length > 0) {
    r.fail(
      'difficulty',
      'code',
      `${unknown.map((code) => `“${code}”`).join('、')}不是就业困难人员类别代码（表 5.4：01–09）`,
    );
    return [];
  }
  if (new Set(codes).size !== codes.length) {
    r.fail('difficulty', 'duplicate', `“${value}”中有重复的类别代码`);
  } else if (codes.join(';') !== [...codes].sort().join(';')) {
    r.fail('difficulty', 'order', `“${value}”应按代码从小到大排列，即“${[...codes].sort().join(';')}”`);
  }
  return codes;
}

/** The 20-character certificate and its category and grade columns, which must repeat its last two characters. */
function checkDisability(r: RowChecker, idOk: boolean): void {
  const cert = r.raw('disability_cert');
  let certOk = false;
  if (r.usable('disability_cert')) {
    if ([...cert].length !== 20) {
      r.fail(
        'disability_cert',
        'length',
        `残疾人证号应为 20 位（身份证号码 + 残疾类别 + 残疾等级），现为 ${[...cert].length} 位`,
      );
    } else if (idOk && !cert.startsWith(r.raw('id_number'))) {
      r.fail('disability_cert', 'holder', '残疾人证号的前 18 位应与本人身份证号码 id_number 完全一致');
    } else if (!/^[1-7][1-4]$/.test(cert.slice(18))) {
      r.fail(
        'disability_cert',
        'format',
        `残疾人证号第 19 位（类别）应为 1–7、第 20 位（等级）应为 1–4，现为“${cert.slice(18)}”`,
      );
    } else certOk = true;
  }
  const parts = [
    { field: 'disability_category', index: 18, pattern: /^[1-7]$/, name: '残疾类别', range: '1–7' },
    { field: 'disability_grade', index: 19, pattern: /^[1-4]$/, name: '残疾等级', range: '1–4' },
  ];
  for (const { field, index, pattern, name, range } of parts) {
    const value = r.raw(field);
    if (!r.filled('disability_cert')) {
      if (r.usable(field)) r.fail(field, 'without_cert', `没有残疾人证号时不应填写${name}`);
      continue;
    }
    if (!r.required(field, '有残疾人证号时')) continue;
    if (!pattern.test(value)) r.fail(field, 'code', `${name}应为 ${range}，现为“${value}”`);
    else if (certOk && value !== cert[index]) {
      r.fail(field, 'mismatch', `${name}“${value}”与残疾人证号第 ${index + 1} 位“${cert[index] ?? ''}”不符`);
    }
  }
}
