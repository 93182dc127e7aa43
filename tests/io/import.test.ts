import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditLog, changeLog, persons } from '@core/db/schema';
import type { ImportAnalysis } from '@shared/contract';
import { makeSetUpCore, testClock, type TestCore } from '../helpers/core';
import { contentHash } from '../helpers/station-files';
import { EXISTING_PERSON, EXPECTED, IDS, gbCsvLedger, messyLedger, type Expected } from '../helpers/import-fixtures';

async function station(): Promise<TestCore> {
  const core = await makeSetUpCore({ now: testClock().now });
  await core.must('persons:create', EXISTING_PERSON);
  return core;
}

function expectRows(analysis: ImportAnalysis, expected: readonly Expected[]): void {
  const got = analysis.report.lines.map((line) => ({
    row: line.row,
    outcome: line.outcome,
    reasons: line.reasons.map((r) => r.code),
    warnings: line.warnings.map((w) => w.code),
  }));
  expect(got).toEqual(
    expected.map((e) => ({ row: e.row, outcome: e.outcome, reasons: e.reasons ?? [], warnings: e.warnings ?? [] })),
  );
}

const base64 = (bytes: Buffer) => bytes.toString('base64');

describe('import: the dry run of a messy register', () => {
  it('finds the sheet and header past titles, merged cells and the 填报单位 line, and maps the columns', async () => {
    const core = await station();
    const analysis = await core.must('imports:analyse', { fileName: '台账.xlsx', base64: base64(await messyLedger()) });
    expect(analysis.sheet).toBe('失业人员');
    expect(analysis.headerRow).toBe(4);
    const byLetter = Object.fromEntries(analysis.columns.map((c) => [c.letter, c.field]));
    expect(byLetter).toMatchObject({
      A: null,
      B: 'name',
      D: 'idNumber',
      E: 'birthDate',
      I: 'village',
      L: 'registeredOn',
    });
    expect(analysis.columns.find((c) => c.letter === 'D')?.samples[0]).toMatch(/^431025\*{8}\d{3}[\dX]$/);
    expect(analysis.unknownVillages).toEqual([{ name: '北坡村', rows: 1 }]);
  });

  it('reports every data row with its known answer and writes nothing', async () => {
    const core = await station();
    const before = contentHash(core.store.sqlite);
    const analysis = await core.must('imports:analyse', { fileName: '台账.xlsx', base64: base64(await messyLedger()) });
    expectRows(analysis, EXPECTED);
    expect(analysis.report).toMatchObject({ rows: EXPECTED.length, new: 9, update: 1, refused: 7, skipped: 3 });
    expect(contentHash(core.store.sqlite)).toBe(before);
  });

  it('reads a GB18030 CSV, refusing an ID in scientific notation', async () => {
    const core = await station();
    const { bytes, expected } = gbCsvLedger();
    const analysis = await core.must('imports:analyse', { fileName: '花名册.csv', base64: base64(bytes) });
    expect(analysis.fileKind).toBe('csv');
    expectRows(analysis, expected);
    expect(analysis.report.skipped).toBe(1);
  });

  it('takes the clerk’s village map and column corrections', async () => {
    const core = await station();
    const file = base64(await messyLedger());
    const mapped = await core.must('imports:analyse', {
      fileName: '台账.xlsx',
      base64: file,
      villageMap: { 北坡村: '431025100202' },
    });
    expect(mapped.report.lines.find((l) => l.row === 19)?.outcome).toBe('new');
    expect(mapped.unknownVillages).toEqual([]);
    // a village code outside the township is refused by the form's rule
    const foreign = await core.must('imports:analyse', {
      fileName: 'a.xlsx',
      base64: file,
      villageMap: { 北坡村: '431025101201' },
    });
    expect(foreign.report.lines.find((l) => l.row === 19)?.reasons.map((r) => r.code)).toEqual(['form.villageCode']);
    // ignoring the sex column silences the warnings
    const ignored = await core.must('imports:analyse', {
      fileName: 'a.xlsx',
      base64: file,
      mapping: { '3': 'ignore' },
    });
    expect(ignored.columns.find((c) => c.index === 3)?.field).toBeNull();
    expect(ignored.report.lines.flatMap((l) => l.warnings.map((w) => w.code))).not.toContain('sex.contradicts_id');
  });

  it('refuses what the person form would refuse (a registration date in the future)', async () => {
    const core = await station();
    const { bytes } = gbCsvLedger();
    const text = (await import('iconv-lite')).default.decode(bytes, 'gb18030').replace('2019-03-05', '2027-01-01');
    const csv = (await import('iconv-lite')).default.encode(text, 'gb18030');
    const analysis = await core.must('imports:analyse', { fileName: 'a.csv', base64: base64(csv) });
    expect(analysis.report.lines[0]?.reasons.map((r) => r.code)).toEqual(['form.registeredOn']);
  });
});

describe('import: writing', () => {
  it('good-rows-only writes the good rows, fills only empty fields, with history and one audit entry', async () => {
    const core = await station();
    const result = await core.must('imports:commit', {
      fileName: '台账.xlsx',
      base64: base64(await messyLedger()),
      mode: 'good-rows-only',
    });
    expect(result).toMatchObject({ committed: true, imported: 9, updated: 1, refused: 7 });
    const { db } = core.store;
    expect(db.select().from(persons).all()).toHaveLength(10);
    const existing = db.select().from(persons).where(eq(persons.idNumber, IDS.existing)).get()!;
    expect(existing).toMatchObject({ address: '旧地址', phone: '13900001111', registeredOn: '2020-01-02', version: 2 });
    const withX = db.select().from(persons).where(eq(persons.idNumber, IDS.withX)).get()!;
    expect(withX).toMatchObject({
      name: '李四',
      ethnicity: '01',
      education: '70',
      villageCode: '431025100201',
      registeredOn: '2019-03-05',
    });
    const upgraded = db.select().from(persons).where(eq(persons.name, '赵六')).get()!;
    expect(upgraded.idNumber).toHaveLength(18);
    const difficulty = db.select().from(persons).where(eq(persons.idNumber, IDS.difficulty)).get()!;
    expect(difficulty).toMatchObject({ difficulty: '01;04', difficultyOn: '2024-06-01', education: '60', sex: '2' });
    const history = db.select().from(changeLog).where(eq(changeLog.source, 'import')).all();
    // the prepared insert returns the row exactly as drizzle would: the history holds the stored record
    const created = history.find((entry) => entry.entityId === withX.id)!;
    expect(JSON.parse(created.after!)).toEqual(JSON.parse(JSON.stringify(withX)));
    expect(history).toHaveLength(10);
    const audits = db.select().from(auditLog).where(eq(auditLog.action, 'import.persons')).all();
    expect(audits).toHaveLength(1);
    expect(JSON.parse(audits[0]!.detail!)).toMatchObject({
      imported: 9,
      updated: 1,
      refused: 7,
      mode: 'good-rows-only',
    });
  });

  it('overwrites only the fields the clerk chose', async () => {
    const core = await station();
    const result = await core.must('imports:commit', {
      fileName: '台账.xlsx',
      base64: base64(await messyLedger()),
      mode: 'good-rows-only',
      overwriteFields: ['address'],
    });
    expect(result.report.lines.find((l) => l.row === 20)?.fields).toContain('现居住地址');
    const existing = core.store.db.select().from(persons).where(eq(persons.idNumber, IDS.existing)).get()!;
    expect(existing).toMatchObject({ address: '新地址', registeredOn: '2020-01-02' });
  });

  it('all-or-nothing writes nothing when a row is refused', async () => {
    const core = await station();
    const before = contentHash(core.store.sqlite);
    const result = await core.must('imports:commit', {
      fileName: '台账.xlsx',
      base64: base64(await messyLedger()),
      mode: 'all-or-nothing',
    });
    expect(result).toMatchObject({ committed: false, imported: 0, updated: 0, refused: 7 });
    expect(contentHash(core.store.sqlite)).toBe(before);
  });

  it('a second import of the same file changes nothing and never makes a second record', async () => {
    const core = await station();
    const input = { fileName: 'a.xlsx', base64: base64(await messyLedger()), mode: 'good-rows-only' as const };
    await core.must('imports:commit', input);
    const again = await core.must('imports:commit', input);
    expect(again).toMatchObject({ imported: 0, updated: 0, unchanged: 10 });
    const count = core.store.db
      .select()
      .from(persons)
      .where(and(eq(persons.idNumber, IDS.plain)))
      .all();
    expect(count).toHaveLength(1);
  });
});
