import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildPackage } from '@core/io/package/build';
import { makeSetUpCore, SEED_SETUP, testClock } from '../helpers/core';
import { makeId } from '../helpers/ids';

// A hand-counted quarter (2026 Q3, 07-01 … 09-30) with records on the first and the last day, one employment just
// after the quarter, one duplicate deleted, and actions just outside the quarter.
async function handCountedQuarter() {
  const clock = testClock(Date.parse('2026-09-30T02:00:00Z'));
  const core = await makeSetUpCore({ now: clock.now });
  const v1 = '431025100201';
  const v2 = '431025100202';
  const person = async (birth: string, seq: string, name: string, registeredOn: string, villageCode = v1, extra = {}) =>
    (await core.must('persons:create', { idNumber: makeId(birth, seq), name, registeredOn, villageCode, ...extra })).id;
  const a = await person('19900101', '011', '甲', '2026-07-01');
  const b = await person('19700101', '021', '乙', '2026-06-30', v2); // a man of 56: 大龄 but below 60
  const c = await person('19950101', '031', '丙', '2026-09-30');
  const dId = makeId('19850101', '041');
  const d = await person('19850101', '041', '丁', '2026-03-01', v2, { disabilityCert: `${dId}41`, lowIncome: true });
  const e = await person('19880101', '051', '戊', '2026-03-01');
  const f = await person('19920101', '061', '己', '2026-07-10');
  const g = await person('19930101', '071', '庚', '2026-05-01');
  await core.must('persons:recognise-difficulty', { id: b, version: 1, codes: ['01'], recognisedOn: '2026-07-02' });
  await core.must('persons:recognise-difficulty', {
    id: d,
    version: 1,
    codes: ['04', '02'],
    recognisedOn: '2026-04-01',
  });
  await core.must('persons:employ', { id: d, version: 2, employedOn: '2026-09-30', employmentType: '4' });
  await core.must('persons:delete', { id: f, version: 1, reason: 'duplicate', mergedIntoId: a });

  // H1 recognised in the quarter and overdue at its end; H2 recognised earlier and cleared on the last day
  const h1 = await core.must('households:create', {
    villageCode: v1,
    appliedOn: '2026-07-01',
    members: [{ personId: a, relation: '02', labourCapacity: '1' }],
  });
  const p1 = await core.must('households:publicise', { id: h1.id, version: h1.version, publicisedOn: '2026-07-02' });
  await core.must('households:recognise', { id: h1.id, version: p1.version, identifiedOn: '2026-07-05' });
  const h2 = await core.must('households:create', {
    villageCode: v1,
    appliedOn: '2026-05-01',
    members: [{ personId: g, relation: '02', labourCapacity: '1' }],
  });
  const p2 = await core.must('households:publicise', { id: h2.id, version: h2.version, publicisedOn: '2026-05-10' });
  const r2 = await core.must('households:recognise', { id: h2.id, version: p2.version, identifiedOn: '2026-06-01' });
  await core.must('persons:employ', { id: g, version: 1, employedOn: '2026-09-20', employmentType: '1' });
  const h2now = await core.must('households:get', { id: h2.id });
  await core.must('households:clear', { id: h2.id, version: h2now.version, clearedOn: '2026-09-30', personId: g });
  void r2;

  const act = (target: object, type: string, date: string, extra: object = {}) =>
    core.must('assistance:create', { ...target, type: type as '01', date, content: '援助', result: '3', ...extra });
  await act({ personId: a }, '01', '2026-07-01');
  await act({ personId: d }, '06', '2026-09-30', { employer: '镇政府', result: '1' });
  await act({ personId: d }, '06', '2026-09-30', { employer: '镇政府', result: '1' });
  await act({ personId: b }, '03', '2026-08-01');
  await act({ personId: c }, '04', '2026-09-30');
  await act({ personId: a }, '07', '2026-08-01', { amount: '100.5' });
  await act({ personId: b }, '08', '2026-08-01', { amount: '200' });
  await act({ personId: c }, '10', '2026-08-01', { amount: '0.5' });
  await act({ personId: a }, '05', '2026-08-01', { amount: '50000' });
  await act({ householdId: h1.id }, '02', '2026-08-01', { employer: '食品厂' });
  await act({ personId: a }, '01', '2026-06-30');

  clock.set(Date.parse('2026-10-02T02:00:00Z'));
  await core.must('auth:login', { username: 'admin', password: SEED_SETUP.head.password });
  await core.must('persons:employ', { id: e, version: 1, employedOn: '2026-10-01', employmentType: '2' });
  await act({ personId: a }, '01', '2026-10-01');
  return core;
}

const EXPECTED: Record<string, string> = {
  I01: '2', // 甲 (first day), 丙 (last day); 己 deleted as a duplicate
  I02: '2', // 丁 (last day), 庚; 戊 only after the quarter
  I03: '1', // 丁
  I04: '4', // 甲 乙 丙 戊 (戊 still unemployed at 09-30 24:00)
  I05: '1', // 乙
  I06: '1', // H1
  I07: '1', // H2, cleared on the last day
  I08: '1', // H1
  I09: '1', // H1, deadline 2026-08-04
  I10: '10',
  I11: '1', // 丁 once, though placed twice
  I12: '1', // 丁
  I13: '2',
  I14: '301.00',
  X01: '1',
  X02: '50000.00',
};

describe('statistics', () => {
  it('counts every indicator of a hand-counted quarter, edges included', async () => {
    const core = await handCountedQuarter();
    const stats = await core.must('stats:quarter', { year: 2026, quarter: 3 });
    expect(Object.fromEntries(stats.figures.map((f) => [f.code, f.value]))).toEqual(EXPECTED);
    expect(stats.paragraph).toBe(
      '2026年第3季度，我镇新增失业登记2人，失业人员实现再就业2人，其中就业困难人员1人、残疾人1人；期末登记失业4人，其中就业困难人员1人。' +
        '新认定零就业家庭1户，清零1户，期末零就业家庭1户，其中超期未清零1户。全季度开展就业援助10人次，其中职业培训2人次，公益性岗位安置1人，' +
        '发放创业担保贷款1笔、50000.00元，发放社会保险补贴、岗位补贴和交通补贴共301.00元。',
    );
    const west = stats.byVillage.find((v) => v.villageName === '西河村')!;
    expect(west.values).toMatchObject({ I02: '1', I04: '1', I05: '1', I13: '1' });
  });

  it('equals the indicators of the package built from the same data', async () => {
    const core = await handCountedQuarter();
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'ls-stats-'));
    const built = await buildPackage(core.store, {
      year: 2026,
      quarter: 3,
      revision: 1,
      operator: 'x',
      previousPackageId: null,
      outDir: out,
    });
    const stats = await core.must('stats:quarter', { year: 2026, quarter: 3 });
    expect(built.indicators).toEqual(stats.figures.filter((f) => f.code.startsWith('I')));
  });

  it('opens the records behind a number', async () => {
    const core = await handCountedQuarter();
    const employed = await core.must('stats:records', { year: 2026, quarter: 3, code: 'I02' });
    expect(employed.kind).toBe('person');
    expect(employed.rows.map((r) => r.name).sort()).toEqual(['丁', '庚']);
    const overdue = await core.must('stats:records', { year: 2026, quarter: 3, code: 'I09' });
    expect(overdue.rows.map((r) => r.name)).toEqual(['甲户']);
    const training = await core.must('stats:records', {
      year: 2026,
      quarter: 3,
      code: 'I13',
      villageCode: '431025100202',
    });
    expect(training.rows.map((r) => r.name)).toEqual(['乙']);
  });

  it('gives a trend over the last quarters', async () => {
    const core = await handCountedQuarter();
    const trend = await core.must('stats:trend', { year: 2026, quarter: 4, count: 3 });
    expect(trend.map((t) => t.label)).toEqual(['2026Q2', '2026Q3', '2026Q4']);
    expect(trend[1]!.values.I01).toBe('2');
    expect(trend[2]!.values.I02).toBe('1'); // 戊 in Q4
  });

  it('exports the report as .xlsx with the paragraph, the indicators and the villages', async () => {
    const core = await handCountedQuarter();
    const file = await core.must('stats:xlsx', { year: 2026, quarter: 3 });
    expect(file.fileName).toBe('示范镇就业工作季度统计报告_2026Q3.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['基本情况', '主要指标', '分村统计']);
    expect(workbook.getWorksheet('基本情况')!.getCell('A3').text).toContain('新增失业登记2人');
    expect(workbook.getWorksheet('主要指标')!.getCell('C2').value).toBe(2);
    expect(workbook.getWorksheet('分村统计')!.getCell('A2').value).toBe('431025100201');
  });
});
