import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkPackage } from '@core/io/package-check';
import { makeSetUpCore, SEED_SETUP, testClock } from '../helpers/core';
import { makeId } from '../helpers/ids';

const csvLines = async (core: Awaited<ReturnType<typeof makeSetUpCore>>, file: string, entryPath: string) => {
  const { Uint8ArrayReader, Uint8ArrayWriter, ZipReader } = await import('@zip.js/zip.js');
  const reader = new ZipReader(new Uint8ArrayReader(fs.readFileSync(entryPath)));
  const entry = (await reader.getEntries()).find((e) => e.filename === file);
  if (!entry || entry.directory) throw new Error(`${file} missing`);
  const bytes = await entry.getData(new Uint8ArrayWriter());
  await reader.close();
  void core;
  return new TextDecoder().decode(bytes).split('\r\n').filter(Boolean);
};

describe('quarterly package round trip', () => {
  it('exports a package that passes the county check, then flags A/U/N/D against the accepted one', async () => {
    const clock = testClock(Date.parse('2026-09-10T02:00:00Z'));
    const core = await makeSetUpCore({ now: clock.now });
    const login = () => core.must('auth:login', { username: 'admin', password: SEED_SETUP.head.password });
    const a = await core.must('persons:create', {
      idNumber: makeId('19900101', '011'),
      name: '甲',
      registeredOn: '2026-07-01',
      villageCode: '431025100201',
      ethnicity: '01',
      hukouType: '2',
    });
    const b = await core.must('persons:create', {
      idNumber: makeId('19910101', '021'),
      name: '乙',
      registeredOn: '2026-07-02',
      villageCode: '431025100201',
      ethnicity: '01',
      hukouType: '2',
    });
    const c = await core.must('persons:create', {
      idNumber: makeId('19920101', '031'),
      name: '丙',
      registeredOn: '2026-07-03',
      villageCode: '431025100202',
      ethnicity: '01',
      hukouType: '2',
    });
    await core.must('assistance:create', {
      personId: a.id,
      type: '01',
      date: '2026-08-01',
      content: '职业指导',
      result: '3',
    });
    clock.set(Date.parse('2026-10-08T01:30:00Z')); // a quarter's package is made after the quarter
    await login();

    const preflight = await core.must('packages:preflight', { year: 2026, quarter: 3 });
    expect(preflight.problems).toEqual([]);
    expect(preflight.fileName).toBe('431025100_2026Q3.zip');
    const q3 = await core.must('packages:export', { year: 2026, quarter: 3 });
    expect(q3).toMatchObject({ revision: 1, status: 'made', counts: { 'persons.csv': 3, 'assistance.csv': 1 } });
    const report = await checkPackage(fs.readFileSync(q3.path), { fileName: q3.fileName });
    expect(report.problems).toEqual([]);
    expect((await csvLines(core, 'persons.csv', q3.path)).slice(1).map((l) => l.split(',').at(-2))).toEqual([
      'A',
      'A',
      'A',
    ]);
    await core.must('packages:mark', { id: q3.id, status: 'accepted' });

    // Q4: 甲 unchanged, 乙 employed (U), 丙 deleted as a duplicate (D), 丁 new (A)
    clock.set(Date.parse('2026-11-10T02:00:00Z'));
    await login();
    await core.must('persons:employ', { id: b.id, version: 1, employedOn: '2026-11-01', employmentType: '2' });
    await core.must('persons:delete', { id: c.id, version: 1, reason: 'duplicate', mergedIntoId: a.id });
    await core.must('persons:create', {
      idNumber: makeId('19930101', '041'),
      name: '丁',
      registeredOn: '2026-11-02',
      villageCode: '431025100202',
      ethnicity: '01',
      hukouType: '2',
    });
    clock.set(Date.parse('2027-01-05T02:00:00Z'));
    await login();
    const q4 = await core.must('packages:export', { year: 2026, quarter: 4 });
    const q4lines = (await csvLines(core, 'persons.csv', q4.path)).slice(1);
    const flags: Record<string, string | undefined> = Object.fromEntries(
      q4lines.map((l) => [l.split(',')[2] ?? '', l.split(',').at(-2)]),
    );
    expect(flags).toEqual({ 甲: 'N', 乙: 'U', 丙: 'D', 丁: 'A' });
    expect((await checkPackage(fs.readFileSync(q4.path), { fileName: q4.fileName })).problems).toEqual([]);
    await core.must('packages:mark', { id: q4.id, status: 'accepted' });

    // the deleted duplicate appears once as D, then never again
    clock.set(Date.parse('2027-04-05T02:00:00Z'));
    await login();
    const q1 = await core.must('packages:export', { year: 2027, quarter: 1 });
    const names = (await csvLines(core, 'persons.csv', q1.path)).slice(1).map((l) => l.split(',')[2]);
    expect(names.sort()).toEqual(['丁', '乙', '甲']);

    // a re-export of the same quarter is revision 2
    const again = await core.must('packages:export', { year: 2027, quarter: 1 });
    expect(again).toMatchObject({ revision: 2, fileName: '431025100_2027Q1_r2.zip' });
    expect((await checkPackage(fs.readFileSync(again.path), { fileName: again.fileName })).problems).toEqual([]);
    expect((await core.must('packages:list', {})).map((p) => p.fileName)).toEqual([
      '431025100_2027Q1_r2.zip',
      '431025100_2027Q1.zip',
      '431025100_2026Q4.zip',
      '431025100_2026Q3.zip',
    ]);
  });

  it('blocks the export on a planted problem and links it to the record to fix', async () => {
    const clock = testClock(Date.parse('2026-09-10T02:00:00Z'));
    const core = await makeSetUpCore({ now: clock.now });
    // no ethnicity: the county requires a two-digit code
    const a = await core.must('persons:create', {
      idNumber: makeId('19900101', '011'),
      name: '甲',
      registeredOn: '2026-07-01',
      villageCode: '431025100201',
      hukouType: '2',
    });
    clock.set(Date.parse('2026-10-08T01:30:00Z'));
    await core.must('auth:login', { username: 'admin', password: SEED_SETUP.head.password });
    const preflight = await core.must('packages:preflight', { year: 2026, quarter: 3 });
    expect(preflight.problems.length).toBeGreaterThan(0);
    expect(preflight.problems[0]).toMatchObject({
      file: 'persons.csv',
      line: 2,
      field: 'ethnicity',
      link: { kind: 'person', id: a.id },
    });
    const refused = await core.call('packages:export', { year: 2026, quarter: 3 });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect((await core.must('packages:list', {})).length).toBe(0);
    const fields = {
      name: '甲',
      registeredOn: '2026-07-01',
      villageCode: '431025100201',
      ethnicity: '01' as const,
      hukouType: '2' as const,
    };
    // an ordinary edit after the quarter stays out of the quarter's package…
    const edited = await core.must('persons:update', { id: a.id, version: 1, ...fields });
    expect((await core.must('packages:preflight', { year: 2026, quarter: 3 })).problems).toHaveLength(1);
    // …a correction (更正) fixes the error in past quarters too, and the package can be made
    await core.must('persons:update', { id: a.id, version: edited.version, ...fields, correction: true });
    expect((await core.must('packages:preflight', { year: 2026, quarter: 3 })).problems).toEqual([]);
    expect((await core.must('packages:export', { year: 2026, quarter: 3 })).fileName).toBe('431025100_2026Q3.zip');
  });
});
