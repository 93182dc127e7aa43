import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Uint8ArrayReader, Uint8ArrayWriter, ZipReader } from '@zip.js/zip.js';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildPackage } from '@core/io/package/build';
import { makeSetUpCore, SEED_SETUP, testClock } from '../helpers/core';
import { makeId } from '../helpers/ids';

async function entries(file: string): Promise<Map<string, Uint8Array>> {
  const reader = new ZipReader(new Uint8ArrayReader(fs.readFileSync(file)));
  const result = new Map<string, Uint8Array>();
  for (const entry of await reader.getEntries()) {
    if (!entry.directory) result.set(entry.filename, await entry.getData(new Uint8ArrayWriter()));
  }
  await reader.close();
  return result;
}

const text = (bytes: Uint8Array | undefined) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);

describe('building the quarterly package', () => {
  it('writes the seven entries with BOM, CRLF, escaping, labels in the ledger and a manifest that matches', async () => {
    const clock = testClock(Date.parse('2026-09-15T02:00:00Z'));
    const core = await makeSetUpCore({ now: clock.now });
    const zhang = await core.must('persons:create', {
      idNumber: makeId('19800315', '123'),
      name: '张三',
      registeredOn: '2026-07-02',
      villageCode: '431025100201',
      address: '=东山村1组, "老屋"',
    });
    await core.must('assistance:create', {
      personId: zhang.id,
      type: '07',
      date: '2026-08-05',
      content: '-社保补贴',
      amount: '1200.5',
      result: '9',
    });
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'ls-pkg-'));
    const built = await buildPackage(core.store, {
      year: 2026,
      quarter: 3,
      revision: 1,
      operator: '王站长',
      previousPackageId: null,
      outDir: out,
    });
    expect(built.fileName).toBe('431025100_2026Q3.zip');
    const files = await entries(built.file);
    expect([...files.keys()].sort()).toEqual([
      'assistance.csv',
      'household_members.csv',
      'households.csv',
      'indicators.csv',
      'ledger.xlsx',
      'manifest.json',
      'persons.csv',
    ]);
    const persons = text(files.get('persons.csv'));
    expect(persons.startsWith('\uFEFFperson_id,id_number,name,sex,birth_date,')).toBe(true);
    expect(persons.split('\r\n')).toHaveLength(3); // header, one row, final CRLF
    expect(persons).toContain(`"'=东山村1组, ""老屋"""`);
    expect(persons).toContain(',A,2026-09-15T10:00:00+08:00');
    expect(text(files.get('assistance.csv'))).toContain(",'-社保补贴,");
    expect(text(files.get('assistance.csv'))).toContain(',1200.50,');
    expect(text(files.get('indicators.csv'))).toContain('I14,本季度发放补贴金额（元）,1200.50');
    const manifest = JSON.parse(text(files.get('manifest.json'))) as {
      files: { name: string; records: number }[];
      period: unknown;
    };
    expect(manifest.period).toEqual({ year: 2026, quarter: 3, start: '2026-07-01', end: '2026-09-30' });
    expect(manifest.files.find((f) => f.name === 'ledger.xlsx')?.records).toBe(1);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(files.get('ledger.xlsx')!) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      '人员',
      '零就业家庭',
      '家庭成员',
      '援助记录',
      '指标',
    ]);
    const row = workbook.getWorksheet('人员')!.getRow(2);
    expect(row.getCell(2).value).toBe(makeId('19800315', '123'));
    expect(row.getCell(4).value).toBe('男');
  });

  it('shows the state at the quarter end even when records were edited later', async () => {
    const clock = testClock(Date.parse('2026-09-15T02:00:00Z'));
    const core = await makeSetUpCore({ now: clock.now });
    const zhang = await core.must('persons:create', {
      idNumber: makeId('19800315', '123'),
      name: '张三',
      registeredOn: '2026-07-02',
      villageCode: '431025100201',
    });
    clock.set(Date.parse('2026-10-10T02:00:00Z'));
    await core.must('auth:login', { username: 'admin', password: SEED_SETUP.head.password }); // idle log-out after the jump
    await core.must('persons:employ', { id: zhang.id, version: 1, employedOn: '2026-10-09', employmentType: '1' });
    await core.must('persons:create', {
      idNumber: makeId('19790520', '246'),
      name: '李四',
      registeredOn: '2026-10-08',
      villageCode: '431025100201',
    });
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'ls-pkg-'));
    const built = await buildPackage(core.store, {
      year: 2026,
      quarter: 3,
      revision: 1,
      operator: 'x',
      previousPackageId: null,
      outDir: out,
    });
    const persons = text((await entries(built.file)).get('persons.csv')).split('\r\n');
    expect(persons).toHaveLength(3);
    expect(persons[1]).toContain(',张三,');
    expect(persons[1]).toMatch(/,2026-07-02,1,,,,,/);
    expect(built.indicators.find((i) => i.code === 'I04')?.value).toBe('1');
  });
});
