import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { main, type CliIo } from '../../main/cli/index';
import { FIXTURE_FILE_NAME, buildFixturePackage, setField, validTables } from '../helpers/package-fixture';

function io(): CliIo & { output: string[] } {
  const output: string[] = [];
  return { output, out: (text) => output.push(text), readStdin: () => Promise.resolve('') };
}

function tempFile(name: string, bytes: Uint8Array | string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ls-validate-'));
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  return file;
}

async function brokenPackage(): Promise<string> {
  const tables = validTables();
  setField(tables, 'persons', '1001', 'id_number', '431025198503150111');
  return tempFile(FIXTURE_FILE_NAME, await buildFixturePackage({ tables }));
}

type JsonOut = { ok: boolean; message: string; details: { problems: { rule: string; line: number | null }[] } | null };

describe('npm run cli -- validate', () => {
  it('exits 0 and says 校验通过 for a valid package', async () => {
    const run = io();
    const file = tempFile(FIXTURE_FILE_NAME, await buildFixturePackage());
    expect(await main(['validate', file], run)).toBe(0);
    expect(run.output.join('\n')).toContain(`校验通过：${FIXTURE_FILE_NAME}`);
    expect(run.output.join('\n')).toContain('persons.csv：9 行');
  });

  it('exits 1 with a table of problems naming file, line, field and rule', async () => {
    const run = io();
    expect(await main(['validate', await brokenPackage()], run)).toBe(1);
    const text = run.output.join('\n');
    expect(text).toMatch(/文件\s+行\s+字段\s+规则\s+问题/);
    expect(text).toMatch(/persons\.csv\s+2\s+id_number\s+persons\.id_number\.check_digit\s+身份证号码校验位不符/);
  });

  it('prints one JSON document with the report, passing or not', async () => {
    const pass = io();
    expect(await main(['--json', 'validate', tempFile(FIXTURE_FILE_NAME, await buildFixturePackage())], pass)).toBe(0);
    expect(pass.output).toHaveLength(1);
    expect(JSON.parse(pass.output[0]!)).toMatchObject({ ok: true, details: { ok: true, problems: [] } });

    const fail = io();
    expect(await main(['validate', await brokenPackage(), '--json'], fail)).toBe(1);
    expect(fail.output).toHaveLength(1);
    const report = JSON.parse(fail.output[0]!) as JsonOut;
    expect(report.ok).toBe(false);
    expect(report.details?.problems).toEqual([
      expect.objectContaining({ rule: 'persons.id_number.check_digit', line: 2 }),
    ]);
  });

  it('checks the file name: an _r2 name for revision 1 fails', async () => {
    const file = tempFile('431025100_2026Q3_r2.zip', await buildFixturePackage());
    const run = io();
    expect(await main(['--json', 'validate', file], run)).toBe(1);
    expect((JSON.parse(run.output[0]!) as JsonOut).details?.problems.map((p) => p.rule)).toEqual([
      'package.file_name.revision',
    ]);
  });

  it('exits 1 for a file that is not a ZIP, a missing file and a folder', async () => {
    const notZip = io();
    expect(await main(['--json', 'validate', tempFile(FIXTURE_FILE_NAME, 'person_id,id_number\r\n')], notZip)).toBe(1);
    expect((JSON.parse(notZip.output[0]!) as JsonOut).details?.problems.map((p) => p.rule)).toEqual(['zip.unreadable']);

    const missing = io();
    const file = path.join(os.tmpdir(), 'ls-validate-missing', FIXTURE_FILE_NAME);
    expect(await main(['--json', 'validate', file], missing)).toBe(1);
    expect((JSON.parse(missing.output[0]!) as JsonOut).message).toContain('找不到或无法读取文件');

    const folder = io();
    expect(await main(['--json', 'validate', fs.mkdtempSync(path.join(os.tmpdir(), 'ls-validate-'))], folder)).toBe(1);
    expect((JSON.parse(folder.output[0]!) as JsonOut).message).toContain('找不到或无法读取文件');
  });

  it('exits 2 on usage errors', async () => {
    expect(await main(['validate'], io())).toBe(2);
    expect(await main(['validate', 'a.zip', 'b.zip'], io())).toBe(2);
    expect(await main(['validate', '--strict', 'a.zip'], io())).toBe(2);
  });

  it('runs as a real process with the exit codes', async () => {
    const good = tempFile(FIXTURE_FILE_NAME, await buildFixturePackage());
    const pass = spawnSync('npx', ['tsx', 'main/cli/index.ts', 'validate', good], { encoding: 'utf8' });
    expect(pass.status).toBe(0);
    expect(pass.stdout).toContain('校验通过');
    const fail = spawnSync('npx', ['tsx', 'main/cli/index.ts', 'validate', await brokenPackage()], {
      encoding: 'utf8',
    });
    expect(fail.status).toBe(1);
    expect(fail.stderr).toContain('校验未通过');
  });
});
