import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { checkPackage, recomputeIndicators, type PackageReport } from '@core/io/package-check/index';
import { parseCsvStrict } from '@core/io/package-check/csv-reader';
import { readCsvTable } from '@core/io/package-check/csv-table';
import { ProblemList } from '@core/io/package-check/report';
import {
  FIXTURE_FILE_NAME,
  buildFixturePackage,
  csvText,
  packageEntries,
  setField,
  validTables,
  type PackageOptions,
  type Tables,
} from '../helpers/package-fixture';

// The package as a whole: ZIP, file name, manifest, CSV syntax, ledger and indicators. Each case breaks one rule of
// the county format in an otherwise valid hand-built package and expects exactly that rule (plus the ones that the
// same mistake necessarily breaks, listed in `also`). Field rules of the rows are in package-check-rows.test.ts.

type Case = {
  name: string;
  rule: string;
  file: string;
  line: number | null;
  field: string | null;
  options?: PackageOptions;
  fileName?: string;
  also?: string[];
};

function edit(change: (tables: Tables) => void): PackageOptions {
  const tables = validTables();
  change(tables);
  return { tables };
}
const manifest = (change: (m: Record<string, unknown>) => void): PackageOptions => ({ manifest: change });
const files = (m: Record<string, unknown>): Record<string, unknown>[] => m.files as Record<string, unknown>[];
const csv = (file: string, change: (text: string) => string): PackageOptions => ({ csv: { [file]: change } });

async function run(options: PackageOptions = {}, fileName = FIXTURE_FILE_NAME): Promise<PackageReport> {
  return checkPackage(await buildFixturePackage(options), { fileName });
}

/** The report holds exactly the expected rules, and the problem names its file, line and field in its message. */
function expectCaught(report: PackageReport, c: Omit<Case, 'name' | 'options' | 'fileName'>): void {
  expect([...new Set(report.problems.map((p) => p.rule))].sort()).toEqual([c.rule, ...(c.also ?? [])].sort());
  expect(report.ok).toBe(false);
  const problem = report.problems.find((p) => p.rule === c.rule)!;
  expect({ file: problem.file, line: problem.line, field: problem.field }).toEqual({
    file: c.file,
    line: c.line,
    field: c.field,
  });
  expect(problem.message).toContain(c.file);
  if (c.line !== null) expect(problem.message).toContain(`第 ${c.line} 行`);
  if (c.field !== null) expect(problem.message).toContain(c.field);
  expect(problem.message).toMatch(/[\u4e00-\u9fff]/);
}

const R2 = '431025100_2026Q3_r2.zip';
const P = 'persons.csv';
const M = 'manifest.json';
// prettier-ignore
const CASES: Case[] = [
  // ZIP
  { name: 'an extra entry', rule: 'zip.extra_entry', file: FIXTURE_FILE_NAME, line: null, field: null, options: { extra: ['说明.txt'] } },
  { name: 'a folder entry', rule: 'zip.folder', file: FIXTURE_FILE_NAME, line: null, field: null, options: { extra: ['data/'] } },
  { name: 'an entry inside a folder', rule: 'zip.folder', file: FIXTURE_FILE_NAME, line: null, field: null, options: { extra: ['data/readme.txt'] } },
  { name: 'stored instead of deflate', rule: 'zip.not_deflate', file: P, line: null, field: null, options: { stored: [P] } },
  { name: 'a missing entry', rule: 'zip.missing_entry', file: FIXTURE_FILE_NAME, line: null, field: null, options: { omit: ['assistance.csv'] } },
  // file name
  { name: 'r2 file name with revision 1', rule: 'package.file_name.revision', file: R2, line: null, field: 'revision', fileName: R2 },
  { name: 'an _r1 suffix', rule: 'package.file_name.pattern', file: '431025100_2026Q3_r1.zip', line: null, field: null, fileName: '431025100_2026Q3_r1.zip' },
  { name: 'a name off the pattern', rule: 'package.file_name.pattern', file: '2026Q3.zip', line: null, field: null, fileName: '2026Q3.zip' },
  { name: 'another township in the name', rule: 'package.file_name.township', file: '431025101_2026Q3.zip', line: null, field: 'township.code', fileName: '431025101_2026Q3.zip' },
  { name: 'another quarter in the name', rule: 'package.file_name.period', file: '431025100_2026Q2.zip', line: null, field: 'period', fileName: '431025100_2026Q2.zip' },
  // manifest
  { name: 'manifest with BOM', rule: 'manifest.bom', file: M, line: null, field: null, options: { manifestText: (t) => `\uFEFF${t}` } },
  { name: 'manifest not JSON', rule: 'manifest.json', file: M, line: null, field: null, options: { manifestText: (t) => t.slice(0, -1) } },
  { name: 'manifest extra field', rule: 'manifest.field.unknown', file: M, line: null, field: 'comment', options: manifest((m) => (m.comment = '补报')) },
  { name: 'manifest missing field', rule: 'manifest.field.missing', file: M, line: null, field: 'operator', options: manifest((m) => delete m.operator) },
  { name: 'manifest field of the wrong type', rule: 'manifest.field.type', file: M, line: null, field: 'revision', options: manifest((m) => (m.revision = '1')) },
  { name: 'manifest nested field of the wrong type', rule: 'manifest.field.type', file: M, line: null, field: 'files[0].records', options: manifest((m) => (files(m)[0]!.records = '9')) },
  { name: 'wrong format', rule: 'manifest.format', file: M, line: null, field: 'format', options: manifest((m) => (m.format = 'labour-exchange')) },
  { name: 'wrong version', rule: 'manifest.version', file: M, line: null, field: 'version', options: manifest((m) => (m.version = '1')) },
  { name: 'county code not the township prefix', rule: 'manifest.county_code', file: M, line: null, field: 'county_code', options: manifest((m) => (m.county_code = '431026')) },
  { name: 'period end wrong', rule: 'manifest.period.end', file: M, line: null, field: 'period.end', options: manifest((m) => ((m.period as Record<string, unknown>).end = '2026-09-29')) },
  { name: 'period start wrong', rule: 'manifest.period.start', file: M, line: null, field: 'period.start', options: manifest((m) => ((m.period as Record<string, unknown>).start = '2026-07-02')) },
  { name: 'revision 0', rule: 'manifest.revision', file: M, line: null, field: 'revision', options: manifest((m) => (m.revision = 0)) },
  { name: 'generated_at without offset', rule: 'manifest.generated_at.format', file: M, line: null, field: 'generated_at', options: manifest((m) => (m.generated_at = '2026-10-08T09:30:00')) },
  { name: 'generated_at before the period ends', rule: 'manifest.generated_at.too_early', file: M, line: null, field: 'generated_at', options: manifest((m) => (m.generated_at = '2026-09-30T18:00:00+08:00')) },
  { name: 'empty operator', rule: 'manifest.operator', file: M, line: null, field: 'operator', options: manifest((m) => (m.operator = ' ')) },
  { name: 'sha256 wrong', rule: 'manifest.files.sha256', file: M, line: null, field: 'files[1].sha256', options: manifest((m) => (files(m)[1]!.sha256 = '0'.repeat(64))) },
  { name: 'sha256 upper-case', rule: 'manifest.files.sha256_format', file: M, line: null, field: 'files[1].sha256', options: manifest((m) => (files(m)[1]!.sha256 = String(files(m)[1]!.sha256).toUpperCase())) },
  { name: 'records wrong', rule: 'manifest.files.records', file: M, line: null, field: 'files[0].records', options: manifest((m) => (files(m)[0]!.records = 8)) },
  { name: 'ledger records wrong', rule: 'manifest.files.records', file: M, line: null, field: 'files[5].records', options: manifest((m) => (files(m)[5]!.records = 55)) },
  { name: 'a file not listed', rule: 'manifest.files.missing', file: M, line: null, field: 'files', options: manifest((m) => files(m).pop()) },
  { name: 'manifest.json listed', rule: 'manifest.files.extra', file: M, line: null, field: 'files[6].name', options: manifest((m) => files(m).push({ name: M, records: 0, sha256: '0'.repeat(64) })) },
  { name: 'a file listed twice', rule: 'manifest.files.duplicate', file: M, line: null, field: 'files[6].name', options: manifest((m) => files(m).push({ ...files(m)[0] })) },
  // CSV syntax
  { name: 'CRLF turned into LF', rule: 'csv.line_end', file: P, line: 1, field: null, options: csv(P, (t) => t.replace(/\r\n/g, '\n')) },
  { name: 'a bare CR in one line', rule: 'csv.line_end', file: 'assistance.csv', line: 3, field: null, options: csv('assistance.csv', (t) => t.replace('缝纫工,,1,李四\r\n', '缝纫工,,1,李四\r')) },
  { name: 'BOM missing', rule: 'csv.bom', file: 'households.csv', line: null, field: null, options: { noBom: ['households.csv'] } },
  { name: 'not UTF-8', rule: 'csv.encoding', file: 'assistance.csv', line: null, field: null, options: { encode: { 'assistance.csv': (t) => iconv.encode(t, 'gb18030') } }, also: ['csv.bom'] },
  { name: 'header order swapped', rule: 'csv.header', file: P, line: 1, field: null, options: csv(P, (t) => t.replace('name,sex', 'sex,name')) },
  { name: 'header with a label instead of a code', rule: 'csv.header', file: 'indicators.csv', line: 1, field: null, options: csv('indicators.csv', (t) => t.replace('code,name,value', 'code,name,数值')) },
  { name: 'header codes in quotes', rule: 'csv.header', file: 'assistance.csv', line: 1, field: null, options: csv('assistance.csv', (t) => t.replace('action_id,', '"action_id",')) },
  { name: 'a trailing blank line', rule: 'csv.blank_line', file: 'households.csv', line: 6, field: null, options: csv('households.csv', (t) => `${t}\r\n`) },
  { name: 'a blank line inside', rule: 'csv.blank_line', file: 'household_members.csv', line: 3, field: null, options: csv('household_members.csv', (t) => t.replace('\r\nH001,431025199801010110', '\r\n,,,,,,,,,\r\nH001,431025199801010110')) },
  { name: 'a totals row at the end', rule: 'csv.field_count', file: 'assistance.csv', line: 13, field: null, options: csv('assistance.csv', (t) => `${t}合计,,,,,,,,4451.25\r\n`), also: ['manifest.files.records', 'ledger.rows'] },
  { name: 'a quote in an unquoted field', rule: 'csv.quote', file: 'household_members.csv', line: 2, field: null, options: csv('household_members.csv', (t) => t.replace('赵大山,02', '赵"大山,02')) },
  { name: 'text after a closing quote', rule: 'csv.quote', file: P, line: 2, field: null, options: csv(P, (t) => t.replace('12号"', '12号"x')) },
  { name: 'a quote never closed', rule: 'csv.quote', file: 'indicators.csv', line: 15, field: null, options: csv('indicators.csv', (t) => t.replace('I14,', '"I14,')), also: ['csv.field_count', 'indicators.code.missing'] },
  // ledger.xlsx
  { name: 'sheet order wrong', rule: 'ledger.sheets', file: 'ledger.xlsx', line: null, field: null, options: { ledger: { sheetOrder: ['零就业家庭', '人员', '家庭成员', '援助记录', '指标'] } } },
  { name: 'a sheet missing', rule: 'ledger.sheets', file: 'ledger.xlsx', line: null, field: null, options: { ledger: { sheetOrder: ['人员', '零就业家庭', '家庭成员', '援助记录'] } } },
  { name: 'ID stored as a number', rule: 'ledger.id_as_number', file: 'ledger.xlsx', line: 2, field: '公民身份号码', options: { ledger: { idAsNumber: true } } },
  { name: 'a ledger row missing', rule: 'ledger.rows', file: 'ledger.xlsx', line: null, field: null, options: { ledger: { dropLastRow: 'assistance' } } },
  { name: 'a ledger that is not a workbook', rule: 'ledger.unreadable', file: 'ledger.xlsx', line: null, field: null, options: { replace: { 'ledger.xlsx': new TextEncoder().encode('人员') } } },
  { name: 'a ledger header missing', rule: 'ledger.header', file: 'ledger.xlsx', line: 1, field: null, options: { ledger: { noHeader: 'households' } } },
  // indicators.csv
  { name: 'I04 off by one', rule: 'indicators.value.mismatch', file: 'indicators.csv', line: 5, field: 'value', options: edit((t) => setField(t, 'indicators', 'I04', 'value', '4')) },
  { name: 'I14 off by a cent', rule: 'indicators.value.mismatch', file: 'indicators.csv', line: 15, field: 'value', options: edit((t) => setField(t, 'indicators', 'I14', 'value', '4451.26')) },
  { name: 'I14 with 1 decimal', rule: 'indicators.value.format', file: 'indicators.csv', line: 15, field: 'value', options: edit((t) => setField(t, 'indicators', 'I14', 'value', '4451.3')) },
  { name: 'I10 with decimals', rule: 'indicators.value.format', file: 'indicators.csv', line: 11, field: 'value', options: edit((t) => setField(t, 'indicators', 'I10', 'value', '11.00')) },
  { name: 'indicator name changed', rule: 'indicators.name.mismatch', file: 'indicators.csv', line: 3, field: 'name', options: edit((t) => setField(t, 'indicators', 'I02', 'name', '实现就业人数')) },
  { name: 'indicators out of order', rule: 'indicators.code.order', file: 'indicators.csv', line: 5, field: 'code', options: edit((t) => t.indicators.splice(3, 2, t.indicators[4]!, t.indicators[3]!)) },
  { name: 'an indicator missing', rule: 'indicators.code.missing', file: 'indicators.csv', line: null, field: 'code', options: edit((t) => t.indicators.pop()) },
  { name: 'an unknown indicator', rule: 'indicators.code.unknown', file: 'indicators.csv', line: 16, field: 'code', options: edit((t) => t.indicators.push(['I15', '其他', '0'])) },
];

describe('checkPackage: the package as a whole', () => {
  it('passes the hand-built package and counts its rows', async () => {
    const report = await run();
    expect(report.problems).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.counts).toEqual({
      'persons.csv': 9,
      'households.csv': 4,
      'household_members.csv': 6,
      'assistance.csv': 11,
      'indicators.csv': 14,
      'ledger.xlsx': 9,
    });
    expect(report.manifest).toMatchObject({ township: { code: '431025100' }, revision: 1 });
  });

  it('passes a ledger written by the streaming writer with inline strings', async () => {
    expect((await run({ ledger: { streaming: true } })).problems).toEqual([]);
    const broken = await run({ ledger: { streaming: true, idAsNumber: true, dropLastRow: 'members' } });
    expect(broken.problems.map((p) => p.rule)).toEqual(['ledger.rows', 'ledger.id_as_number']);
  });

  it('passes a revision 2 with its _r2 name, and a package checked without a file name', async () => {
    expect(
      (
        await run(
          manifest((m) => (m.revision = 2)),
          R2,
        )
      ).problems,
    ).toEqual([]);
    expect((await checkPackage(await buildFixturePackage())).ok).toBe(true);
  });

  it('recomputes the hand-counted indicators of the fixture', async () => {
    const sink = new ProblemList();
    const entries = await packageEntries();
    const tables = Object.fromEntries(
      (['persons.csv', 'households.csv', 'assistance.csv'] as const).map((f) => [
        f,
        readCsvTable(f, entries.get(f)!, sink),
      ]),
    );
    const values = recomputeIndicators(tables, { start: '2026-07-01', end: '2026-09-30' });
    expect(Object.fromEntries(values)).toEqual(
      Object.fromEntries(validTables().indicators.map(([code, , value]) => [code, value])),
    );
    expect(sink.items).toEqual([]);
  });

  it('reports a file that is not a ZIP at all', async () => {
    const report = await checkPackage(new TextEncoder().encode('person_id,id_number\r\n'), {
      fileName: FIXTURE_FILE_NAME,
    });
    expect(report.ok).toBe(false);
    expect(report.problems.map((p) => p.rule)).toEqual(['zip.unreadable']);
    expect(report.manifest).toBeNull();
  });

  it('reads back any fields written with RFC 4180 quoting and CRLF, without a problem', () => {
    const field = fc.string({ unit: fc.constantFrom('a', '张', ',', '"', '\r', '\n', "'", ' ', '=') });
    fc.assert(
      fc.property(fc.array(fc.array(field, { minLength: 3, maxLength: 3 }), { maxLength: 5 }), (rows) => {
        const parsed = parseCsvStrict(csvText(['code', 'name', 'value'], rows));
        expect(parsed.problems).toEqual([]);
        expect(parsed.records.map((r) => r.fields)).toEqual([['code', 'name', 'value'], ...rows]);
        expect(parsed.records.map((r) => r.line)).toEqual(parsed.records.map((_, i) => i + 1));
      }),
    );
  });

  it('has at least one case for every structural rule family', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
  });

  it.each(CASES)('catches $name ($rule)', async (c) => {
    expectCaught(await run(c.options, c.fileName), c);
  });
});
