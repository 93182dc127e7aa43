import { describe, expect, it } from 'vitest';
import { checkPackage, type PackageReport } from '@core/io/package-check/index';
import {
  FIELDS,
  FIXTURE_FILE_NAME,
  buildFixturePackage,
  setField,
  validTables,
  type TableName,
  type Tables,
} from '../helpers/package-fixture';

// The field and cross rules of the four data tables. Each case changes the hand-built valid package in one place
// (a few cases need two edits to break a single rule, e.g. a second member row and its household's member count)
// and expects exactly one rule, reported at the row's line (header = line 1) and the field.

type Edit = [table: TableName, key: string | number, field: string, value: string];
type Case = { name: string; rule: string; line: number; field: string; edits: Edit[]; change?: (t: Tables) => void };

/** The first part of a rule code names the file. */
const FILE_OF_RULE: Record<string, { file: string; table: TableName }> = {
  persons: { file: 'persons.csv', table: 'persons' },
  households: { file: 'households.csv', table: 'households' },
  household_members: { file: 'household_members.csv', table: 'members' },
  assistance: { file: 'assistance.csv', table: 'assistance' },
};

async function run(edits: Edit[], change?: (t: Tables) => void): Promise<PackageReport> {
  const tables = validTables();
  for (const [table, key, field, value] of edits) setField(tables, table, key, field, value);
  change?.(tables);
  return checkPackage(await buildFixturePackage({ tables }), { fileName: FIXTURE_FILE_NAME });
}

const memberRow = (household: string, id: string, name: string, relation: string, change = 'A'): string[] => [
  household,
  id,
  name,
  relation,
  '1',
  '1',
  '0',
  '',
  change,
  '2026-09-20T10:00:00+08:00',
];
const LONG = '很'.repeat(501);

// prettier-ignore
const CASES: Case[] = [
  // persons.csv
  { name: 'person_id repeated', rule: 'persons.person_id.duplicate', line: 10, field: 'person_id', edits: [['persons', '1009', 'person_id', '1001']] },
  { name: 'person_id empty', rule: 'persons.person_id.required', line: 10, field: 'person_id', edits: [['persons', '1009', 'person_id', '']] },
  { name: 'bad check digit', rule: 'persons.id_number.check_digit', line: 2, field: 'id_number', edits: [['persons', '1001', 'id_number', '431025198503150111']] },
  { name: 'ID of 17 characters', rule: 'persons.id_number.length', line: 2, field: 'id_number', edits: [['persons', '1001', 'id_number', '43102519850315011']] },
  { name: 'ID with a lower-case x', rule: 'persons.id_number.lowercase_x', line: 6, field: 'id_number', edits: [['persons', '1005', 'id_number', '43102519660405011x']] },
  { name: 'ID with a letter inside', rule: 'persons.id_number.characters', line: 2, field: 'id_number', edits: [['persons', '1001', 'id_number', '43102519850315O110']] },
  { name: 'ID with a birth date that does not exist', rule: 'persons.id_number.date', line: 2, field: 'id_number', edits: [['persons', '1001', 'id_number', '431025198502300110']] },
  { name: 'ID number repeated', rule: 'persons.id_number.duplicate', line: 10, field: 'id_number', edits: [['persons', '1009', 'id_number', '431025198503150110'], ['persons', '1009', 'birth_date', '1985-03-15']] },
  { name: 'name empty', rule: 'persons.name.required', line: 3, field: 'name', edits: [['persons', '1002', 'name', '']] },
  { name: 'name of 51 characters', rule: 'persons.name.too_long', line: 3, field: 'name', edits: [['persons', '1002', 'name', '李'.repeat(51)]] },
  { name: 'sex against ID digit 17', rule: 'persons.sex.mismatch', line: 2, field: 'sex', edits: [['persons', '1001', 'sex', '2']] },
  { name: 'sex not a code', rule: 'persons.sex.code', line: 2, field: 'sex', edits: [['persons', '1001', 'sex', '男']] },
  { name: 'birth date against the ID', rule: 'persons.birth_date.mismatch', line: 2, field: 'birth_date', edits: [['persons', '1001', 'birth_date', '1985-03-16']] },
  { name: 'birth date not a real date', rule: 'persons.birth_date.date', line: 2, field: 'birth_date', edits: [['persons', '1001', 'birth_date', '1985/03/15']] },
  { name: 'ethnicity not in GB/T 3304', rule: 'persons.ethnicity.code', line: 2, field: 'ethnicity', edits: [['persons', '1001', 'ethnicity', '57']] },
  { name: 'ethnicity of one digit', rule: 'persons.ethnicity.code', line: 2, field: 'ethnicity', edits: [['persons', '1001', 'ethnicity', '1']] },
  { name: 'education not in table 5.3', rule: 'persons.education.code', line: 2, field: 'education', edits: [['persons', '1001', 'education', '50']] },
  { name: 'hukou type 3', rule: 'persons.hukou_type.code', line: 2, field: 'hukou_type', edits: [['persons', '1001', 'hukou_type', '3']] },
  { name: 'village of another township', rule: 'persons.village_code.township', line: 2, field: 'village_code', edits: [['persons', '1001', 'village_code', '431025101201']] },
  { name: 'village code of 11 digits', rule: 'persons.village_code.format', line: 2, field: 'village_code', edits: [['persons', '1001', 'village_code', '43102510020']] },
  { name: 'phone of 10 digits', rule: 'persons.phone.format', line: 2, field: 'phone', edits: [['persons', '1001', 'phone', '1381234567']] },
  { name: 'registered after the period end', rule: 'persons.registered_on.after_period', line: 8, field: 'registered_on', edits: [['persons', '1007', 'registered_on', '2026-10-02']] },
  { name: 'registered_on empty', rule: 'persons.registered_on.required', line: 6, field: 'registered_on', edits: [['persons', '1005', 'registered_on', '']] },
  { name: 'status 4', rule: 'persons.status.code', line: 6, field: 'status', edits: [['persons', '1005', 'status', '4']] },
  { name: 'status 2 without employed_on', rule: 'persons.employed_on.required', line: 10, field: 'employed_on', edits: [['persons', '1009', 'employed_on', '']] },
  { name: 'employed before registered', rule: 'persons.employed_on.before_registered', line: 10, field: 'employed_on', edits: [['persons', '1009', 'employed_on', '2025-12-31']] },
  { name: 'employed after the period end', rule: 'persons.employed_on.after_period', line: 10, field: 'employed_on', edits: [['persons', '1009', 'employed_on', '2026-10-01']] },
  { name: 'status 2 without employment_type', rule: 'persons.employment_type.required', line: 10, field: 'employment_type', edits: [['persons', '1009', 'employment_type', '']] },
  { name: 'employment_type 7', rule: 'persons.employment_type.code', line: 10, field: 'employment_type', edits: [['persons', '1009', 'employment_type', '7']] },
  { name: 'status 3 without cancelled_on', rule: 'persons.cancelled_on.required', line: 6, field: 'cancelled_on', edits: [['persons', '1005', 'cancelled_on', '']] },
  { name: 'status 3 without cancel_reason', rule: 'persons.cancel_reason.required', line: 6, field: 'cancel_reason', edits: [['persons', '1005', 'cancel_reason', '']] },
  { name: 'difficulty unsorted', rule: 'persons.difficulty.order', line: 4, field: 'difficulty', edits: [['persons', '1003', 'difficulty', '05;02']] },
  { name: 'difficulty repeated', rule: 'persons.difficulty.duplicate', line: 4, field: 'difficulty', edits: [['persons', '1003', 'difficulty', '02;02']] },
  { name: 'difficulty code 10', rule: 'persons.difficulty.code', line: 4, field: 'difficulty', edits: [['persons', '1003', 'difficulty', '02;10']] },
  { name: 'difficulty with a trailing ;', rule: 'persons.difficulty.format', line: 4, field: 'difficulty', edits: [['persons', '1003', 'difficulty', '02;05;']] },
  { name: 'difficulty without difficulty_on', rule: 'persons.difficulty_on.required', line: 3, field: 'difficulty_on', edits: [['persons', '1002', 'difficulty_on', '']] },
  { name: 'difficulty_on not a real date', rule: 'persons.difficulty_on.date', line: 3, field: 'difficulty_on', edits: [['persons', '1002', 'difficulty_on', '2026-02-30']] },
  { name: '02 without a certificate', rule: 'persons.difficulty.02_without_cert', line: 4, field: 'difficulty', edits: [['persons', '1003', 'disability_cert', ''], ['persons', '1003', 'disability_category', ''], ['persons', '1003', 'disability_grade', '']] },
  { name: '03 without a household', rule: 'persons.difficulty.03_without_household', line: 8, field: 'difficulty', edits: [['persons', '1007', 'household_id', '']] },
  { name: 'certificate of another holder', rule: 'persons.disability_cert.holder', line: 7, field: 'disability_cert', edits: [['persons', '1006', 'disability_cert', '43102519901212011913']] },
  { name: 'certificate of 19 characters', rule: 'persons.disability_cert.length', line: 7, field: 'disability_cert', edits: [['persons', '1006', 'disability_cert', '4310251990121202291']] },
  { name: 'certificate grade digit 5', rule: 'persons.disability_cert.format', line: 7, field: 'disability_cert', edits: [['persons', '1006', 'disability_cert', '43102519901212022915']] },
  { name: 'category against the certificate', rule: 'persons.disability_category.mismatch', line: 7, field: 'disability_category', edits: [['persons', '1006', 'disability_category', '2']] },
  { name: 'grade missing with a certificate', rule: 'persons.disability_grade.required', line: 7, field: 'disability_grade', edits: [['persons', '1006', 'disability_grade', '']] },
  { name: 'category without a certificate', rule: 'persons.disability_category.without_cert', line: 2, field: 'disability_category', edits: [['persons', '1001', 'disability_category', '4']] },
  { name: 'household_id not in households.csv', rule: 'persons.household_id.unknown', line: 8, field: 'household_id', edits: [['persons', '1007', 'household_id', 'H009']] },
  { name: 'change flag X', rule: 'persons.change.code', line: 2, field: 'change', edits: [['persons', '1001', 'change', 'X']] },
  { name: 'updated_at without offset', rule: 'persons.updated_at.format', line: 2, field: 'updated_at', edits: [['persons', '1001', 'updated_at', '2026-07-15 10:00:00']] },
  { name: 'updated_at in UTC Z', rule: 'persons.updated_at.format', line: 2, field: 'updated_at', edits: [['persons', '1001', 'updated_at', '2026-07-15T02:00:00Z']] },
  { name: 'updated_at after the period end', rule: 'persons.updated_at.after_period', line: 2, field: 'updated_at', edits: [['persons', '1001', 'updated_at', '2026-10-01T00:00:01+08:00']] },
  // formula guard
  { name: 'unescaped formula text', rule: 'persons.address.formula_unescaped', line: 2, field: 'address', edits: [['persons', '1001', 'address', '=1+1']] },
  { name: 'unescaped @ in content', rule: 'assistance.content.formula_unescaped', line: 2, field: 'content', edits: [['assistance', '2026Q3-001', 'content', '@所有人 职业指导']] },
  { name: 'unescaped TAB in a name', rule: 'households.head_name.formula_unescaped', line: 4, field: 'head_name', edits: [['households', 'H003', 'head_name', '\t孙福']] },
  { name: 'a guard on a code field', rule: 'persons.education.leading_char', line: 2, field: 'education', edits: [['persons', '1001', 'education', "'60"]] },
  { name: 'a guard on an ID field', rule: 'household_members.id_number.leading_char', line: 2, field: 'id_number', edits: [['members', 0, 'id_number', "'431025196207200110"]] },
  // households.csv
  { name: 'household_id repeated', rule: 'households.household_id.duplicate', line: 6, field: 'household_id', edits: [], change: (t) => t.households.push([...t.households[3]!]) },
  { name: 'head ID bad check digit', rule: 'households.head_id_number.check_digit', line: 4, field: 'head_id_number', edits: [['households', 'H003', 'head_id_number', '431025195501010111']] },
  { name: 'head name empty', rule: 'households.head_name.required', line: 4, field: 'head_name', edits: [['households', 'H003', 'head_name', '']] },
  { name: 'household village of another township', rule: 'households.village_code.township', line: 4, field: 'village_code', edits: [['households', 'H003', 'village_code', '431025200201']] },
  { name: 'members against its rows', rule: 'households.members.mismatch', line: 4, field: 'members', edits: [['households', 'H003', 'members', '2']] },
  { name: 'members 0', rule: 'households.members.format', line: 4, field: 'members', edits: [['households', 'H003', 'members', '0']] },
  { name: 'identified after the period end', rule: 'households.identified_on.after_period', line: 5, field: 'identified_on', edits: [['households', 'H004', 'identified_on', '2026-10-05'], ['households', 'H004', 'deadline', '2026-11-04']] },
  { name: 'deadline before identified_on', rule: 'households.deadline.before_identified', line: 3, field: 'deadline', edits: [['households', 'H002', 'deadline', '2026-03-31']] },
  { name: 'household status 5', rule: 'households.status.code', line: 5, field: 'status', edits: [['households', 'H004', 'status', '5']] },
  { name: 'cleared without cleared_on', rule: 'households.cleared_on.required', line: 2, field: 'cleared_on', edits: [['households', 'H001', 'cleared_on', ''], ['indicators', 'I07', 'value', '0']] },
  { name: 'cleared before identified', rule: 'households.cleared_on.before_identified', line: 2, field: 'cleared_on', edits: [['households', 'H001', 'cleared_on', '2026-07-01']] },
  { name: 'cleared without cleared_by', rule: 'households.cleared_by.required', line: 2, field: 'cleared_by', edits: [['households', 'H001', 'cleared_by', '']] },
  { name: 'cleared_by not in persons.csv', rule: 'households.cleared_by.unknown', line: 2, field: 'cleared_by', edits: [['households', 'H001', 'cleared_by', '9999']] },
  { name: 'cleared_by not employed', rule: 'households.cleared_by.not_employed', line: 2, field: 'cleared_by', edits: [['households', 'H001', 'cleared_by', '1001'], ['persons', '1001', 'household_id', 'H001']] },
  { name: 'cleared_by of another household', rule: 'households.cleared_by.other_household', line: 2, field: 'cleared_by', edits: [['households', 'H001', 'cleared_by', '1002']] },
  { name: 'household change flag empty', rule: 'households.change.required', line: 3, field: 'change', edits: [['households', 'H002', 'change', '']] },
  // household_members.csv
  { name: 'member of an unknown household', rule: 'household_members.household_id.unknown', line: 8, field: 'household_id', edits: [], change: (t) => t.members.push(memberRow('H009', '431025198202020224', '钱芳', '02')) },
  { name: 'member ID bad check digit', rule: 'household_members.id_number.check_digit', line: 2, field: 'id_number', edits: [['members', 0, 'id_number', '431025196207200111']] },
  { name: 'member name empty', rule: 'household_members.name.required', line: 2, field: 'name', edits: [['members', 0, 'name', '']] },
  { name: 'relation 01', rule: 'household_members.relation.code', line: 2, field: 'relation', edits: [['members', 0, 'relation', '01']] },
  { name: 'working_age 2', rule: 'household_members.working_age.code', line: 2, field: 'working_age', edits: [['members', 0, 'working_age', '2']] },
  { name: 'labour_capacity 4', rule: 'household_members.labour_capacity.code', line: 2, field: 'labour_capacity', edits: [['members', 0, 'labour_capacity', '4']] },
  { name: 'employed Y', rule: 'household_members.employed.code', line: 2, field: 'employed', edits: [['members', 0, 'employed', 'Y']] },
  { name: 'member in two households', rule: 'household_members.id_number.two_households', line: 8, field: 'id_number', edits: [['households', 'H003', 'members', '2']], change: (t) => t.members.push(memberRow('H003', '431025196604050224', '郑秀兰', '10')) },
  { name: 'member person_id unknown', rule: 'household_members.person_id.unknown', line: 2, field: 'person_id', edits: [['members', 0, 'person_id', '9999']] },
  { name: 'member person_id of someone else', rule: 'household_members.person_id.mismatch', line: 2, field: 'person_id', edits: [['members', 0, 'person_id', '1001']] },
  { name: 'member in persons.csv without person_id', rule: 'household_members.person_id.missing', line: 3, field: 'person_id', edits: [['members', 1, 'person_id', '']] },
  // assistance.csv
  { name: 'action_id repeated', rule: 'assistance.action_id.duplicate', line: 12, field: 'action_id', edits: [['assistance', '2026Q3-011', 'action_id', '2026Q3-001']] },
  { name: 'neither person nor household', rule: 'assistance.person_id.required', line: 2, field: 'person_id', edits: [['assistance', '2026Q3-001', 'person_id', '']] },
  { name: 'person not in persons.csv', rule: 'assistance.person_id.unknown', line: 2, field: 'person_id', edits: [['assistance', '2026Q3-001', 'person_id', '9999']] },
  { name: 'household not in households.csv', rule: 'assistance.household_id.unknown', line: 6, field: 'household_id', edits: [['assistance', '2026Q3-005', 'household_id', 'H009']] },
  { name: 'type 14', rule: 'assistance.type.code', line: 2, field: 'type', edits: [['assistance', '2026Q3-001', 'type', '14']] },
  { name: 'date outside the period', rule: 'assistance.date.outside_period', line: 2, field: 'date', edits: [['assistance', '2026Q3-001', 'date', '2026-06-30']] },
  { name: 'date not real', rule: 'assistance.date.date', line: 2, field: 'date', edits: [['assistance', '2026Q3-001', 'date', '2026-07-32']] },
  { name: 'content empty', rule: 'assistance.content.required', line: 2, field: 'content', edits: [['assistance', '2026Q3-001', 'content', '']] },
  { name: 'content of 501 characters', rule: 'assistance.content.too_long', line: 2, field: 'content', edits: [['assistance', '2026Q3-001', 'content', LONG]] },
  { name: 'referral without employer', rule: 'assistance.employer.required', line: 3, field: 'employer', edits: [['assistance', '2026Q3-002', 'employer', '']] },
  { name: 'amount with 3 decimals', rule: 'assistance.amount.format', line: 12, field: 'amount', edits: [['assistance', '2026Q3-011', 'amount', '50000.125']] },
  { name: 'amount negative', rule: 'assistance.amount.negative', line: 12, field: 'amount', edits: [['assistance', '2026Q3-011', 'amount', '-50000']] },
  { name: 'missing amount for 07', rule: 'assistance.amount.required', line: 8, field: 'amount', edits: [['assistance', '2026Q3-007', 'amount', '']] },
  { name: 'result 4', rule: 'assistance.result.code', line: 2, field: 'result', edits: [['assistance', '2026Q3-001', 'result', '4']] },
  { name: 'staff empty', rule: 'assistance.staff.required', line: 2, field: 'staff', edits: [['assistance', '2026Q3-001', 'staff', '']] },
];

describe('checkPackage: the rows', () => {
  it.each(CASES)('catches $name ($rule)', async ({ rule, line, field, edits, change }) => {
    const report = await run(edits, change);
    expect([...new Set(report.problems.map((p) => p.rule))]).toEqual([rule]);
    const problem = report.problems[0]!;
    const { file, table } = FILE_OF_RULE[rule.split('.')[0]!]!;
    expect(FIELDS[table]).toContain(field);
    expect({ file: problem.file, line: problem.line, field: problem.field }).toEqual({ file, line, field });
    expect(problem.message).toContain(`${file} 第 ${line} 行 字段 ${field}`);
  });

  it('accepts what the format allows', async () => {
    const report = await run(
      [
        ['persons', '1001', 'phone', '07314567890'], // landline without the hyphen
        ['persons', '1001', 'address', "''引号开头的地址"], // text that itself starts with ' carries one more
        ['persons', '1001', 'name', '阿依古丽·买买提'],
        ['assistance', '2026Q3-001', 'content', '内容含"引号"、逗号,\r\n和换行'],
      ],
      // a membership marked D in another live household is no longer a membership
      (t) => {
        t.members.push(memberRow('H003', '431025196604050224', '郑秀兰', '10', 'D'));
        setField(t, 'households', 'H003', 'members', '2');
      },
    );
    expect(report.problems).toEqual([]);
  });

  it('counts a D row for no indicator but still checks its fields', async () => {
    const report = await run([['persons', '1008', 'sex', '1']]);
    expect(report.problems.map((p) => [p.rule, p.line])).toEqual([['persons.sex.mismatch', 9]]);
  });
});
