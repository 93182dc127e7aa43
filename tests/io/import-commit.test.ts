// One transaction either way: a failure on the last row leaves nothing written; and the CLI's JSON report and exit
// codes.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main, type CliIo } from '../../main/cli/index';
import { makeSetUpCore, testClock, tempDbPath } from '../helpers/core';
import { contentHash, makeStationFile } from '../helpers/station-files';
import { generatedLedger, messyLedger } from '../helpers/import-fixtures';

describe('import: one transaction', () => {
  for (const mode of ['all-or-nothing', 'good-rows-only'] as const) {
    it(`${mode}: a crash on the last row's write leaves the register as it was`, async () => {
      const core = await makeSetUpCore({ now: testClock().now });
      const before = contentHash(core.store.sqlite);
      // the plan accepts every row; the database refuses the last one when it is written
      core.store.sqlite.exec(
        "CREATE TEMP TRIGGER crash BEFORE INSERT ON main.persons WHEN NEW.name = '崩溃' BEGIN SELECT RAISE(ABORT, 'injected'); END",
      );
      const file = await generatedLedger(40, { lastName: '崩溃' });
      const result = await core.call('imports:commit', { fileName: 'a.xlsx', base64: file.toString('base64'), mode });
      expect(result.ok).toBe(false);
      core.store.sqlite.exec('DROP TRIGGER crash');
      expect(contentHash(core.store.sqlite)).toBe(before);
      const progress = await core.must('imports:progress', {});
      expect(progress).toMatchObject({ active: false, phase: 'done' });
    });
  }

  it('reports progress and writes 40 persons when nothing fails', async () => {
    const core = await makeSetUpCore({ now: testClock().now });
    const file = await generatedLedger(40);
    const result = await core.must('imports:commit', {
      fileName: 'a.xlsx',
      base64: file.toString('base64'),
      mode: 'all-or-nothing',
    });
    expect(result).toMatchObject({ committed: true, imported: 40, refused: 0 });
    const report = await core.must('imports:report-xlsx', { fileName: 'a.xlsx', report: result.report });
    expect(report.fileName).toBe('a-导入报告.xlsx');
    expect(Buffer.from(report.base64, 'base64').subarray(0, 2).toString()).toBe('PK');
  });
});

function io(): CliIo & { output: string[] } {
  const output: string[] = [];
  return { output, out: (text) => output.push(text), readStdin: () => Promise.resolve('') };
}

describe('CLI: import persons', () => {
  it('prints the JSON report and exits 0 even with refused rows; a dry run writes nothing', async () => {
    const db = await makeStationFile('ls-import-cli-');
    const file = path.join(path.dirname(db), '台账.xlsx');
    fs.writeFileSync(file, await messyLedger());

    const dry = io();
    expect(await main(['--db', db, '--json', 'import', 'persons', file, '--dry-run'], dry)).toBe(0);
    const preview = JSON.parse(dry.output[0]!) as { imported: number; wouldImport: number; refused: { row: number }[] };
    expect(preview).toMatchObject({ imported: 0, wouldImport: 10 });

    const all = io();
    expect(await main(['--db', db, '--json', 'import', 'persons', file], all)).toBe(0);
    expect(JSON.parse(all.output[0]!)).toMatchObject({ committed: false, imported: 0 });

    const good = io();
    const args = [
      '--db',
      db,
      '--json',
      'import',
      'persons',
      file,
      '--mode',
      'good',
      '--village-map',
      '北坡村=431025100202',
    ];
    expect(await main(args, good)).toBe(0);
    const report = JSON.parse(good.output[0]!) as {
      rows: number;
      imported: number;
      updated: number;
      refused: { row: number; reasons: { code: string; message: string }[] }[];
      warnings: { row: number; reasons: { code: string }[] }[];
    };
    expect(report).toMatchObject({ rows: 17, imported: 11, updated: 0 });
    expect(report.refused.map((r) => r.row)).toEqual([10, 15, 16, 17, 18, 21]);
    expect(report.refused[0]?.reasons[0]).toMatchObject({ code: 'id.excel_number' });
    expect(report.refused[0]?.reasons[0]?.message).toContain('文本');
    expect(report.warnings.map((w) => w.row)).toEqual([9, 14]);
  });

  it('exits 1 when nothing can be read, 2 on a usage error', async () => {
    const db = await makeStationFile('ls-import-cli-');
    const xls = path.join(path.dirname(db), '台账.xls');
    fs.writeFileSync(xls, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0]), Buffer.alloc(100)]));
    const run = io();
    expect(await main(['--db', db, '--json', 'import', 'persons', xls], run)).toBe(1);
    expect(JSON.parse(run.output[0]!)).toMatchObject({ ok: false, details: { code: 'file.xls' } });
    expect(await main(['--db', db, 'import', 'persons', path.join(path.dirname(db), 'none.xlsx')], io())).toBe(1);
    expect(await main(['--db', db, 'import', 'persons', xls, '--mode', 'some'], io())).toBe(2);
    expect(await main(['--db', tempDbPath(), 'import', 'households', xls], io())).toBe(2);
  });
});
