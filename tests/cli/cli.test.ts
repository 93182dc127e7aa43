import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { main, type CliIo } from '../../main/cli/index';
import { tempDbPath } from '../helpers/core';

function io(stdin = ''): CliIo & { output: string[] } {
  const output: string[] = [];
  return { output, out: (text) => output.push(text), readStdin: () => Promise.resolve(stdin) };
}

const INIT = ['init', '--county', '431025', '--township', '431025100', '--name', '示范镇'];

function villagesFile(dir: string, content: Buffer | string): string {
  const file = path.join(dir, 'villages.csv');
  fs.writeFileSync(file, content);
  return file;
}

describe('CLI', () => {
  it('init sets up a township from a GB18030 villages file, check reports it healthy', async () => {
    const db = tempDbPath();
    // 代码,名称 / 东山村 / 西河村 as Excel saves CSV on a Chinese Windows (GBK bytes)
    const gbk = Buffer.concat([
      Buffer.from('431025100201,'),
      Buffer.from([0xb6, 0xab, 0xc9, 0xbd, 0xb4, 0xe5]),
      Buffer.from('\r\n431025100202,'),
      Buffer.from([0xce, 0xf7, 0xba, 0xd3, 0xb4, 0xe5]),
      Buffer.from('\r\n'),
    ]);
    const file = villagesFile(path.dirname(db), gbk);
    const init = io('Station#2026\n');
    expect(await main(['--db', db, ...INIT, '--villages', file, '--json'], init)).toBe(0);
    expect(JSON.parse(init.output[0]!)).toMatchObject({ ok: true, villages: 2, township: { name: '示范镇' } });

    const check = io();
    expect(await main(['--db', db, '--json', 'check'], check)).toBe(0);
    const report = JSON.parse(check.output[0]!) as { healthy: boolean; township: unknown; integrity: string[] };
    expect(report).toMatchObject({ healthy: true, integrity: ['ok'], township: { code: '431025100', name: '示范镇' } });
  });

  it('refuses a village outside the township with exit 1 and writes nothing', async () => {
    const db = tempDbPath();
    const file = villagesFile(path.dirname(db), '431025101201,外乡村\n');
    const run = io('Station#2026\n');
    expect(await main(['--db', db, ...INIT, '--villages', file, '--json'], run)).toBe(1);
    expect(run.output.join()).toContain('该村不属于本乡镇');
    expect(fs.existsSync(db)).toBe(false);
  });

  it('exits 2 on usage errors', async () => {
    expect(await main(['--db', tempDbPath(), 'init', '--county', '431025'], io())).toBe(2);
    expect(await main(['frobnicate'], io())).toBe(2);
    expect(await main([], io())).toBe(2);
  });

  it('check exits 3 on a damaged or missing database', async () => {
    const db = tempDbPath();
    expect(
      await main(
        ['--db', db, ...INIT, '--villages', villagesFile(path.dirname(db), '431025100201,东山村\n')],
        io('Station#2026'),
      ),
    ).toBe(0);
    const bytes = fs.readFileSync(db);
    bytes.fill(0, 0, 100); // zero the header
    fs.writeFileSync(db, bytes);
    for (const suffix of ['-wal', '-shm']) fs.rmSync(db + suffix, { force: true });
    const check = io();
    expect(await main(['--db', db, 'check'], check)).toBe(3);
    expect(await main(['--db', path.join(path.dirname(db), 'missing.sqlite'), 'check'], io())).toBe(3);
  });

  it('runs as a real process with the password on standard input', () => {
    const db = tempDbPath();
    const file = villagesFile(path.dirname(db), '431025100201,东山村\n');
    const result = spawnSync('npx', ['tsx', 'main/cli/index.ts', '--db', db, ...INIT, '--villages', file], {
      input: 'Station#2026\n',
      encoding: 'utf8',
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('已完成设置：示范镇（431025100）');
    const check = spawnSync('npx', ['tsx', 'main/cli/index.ts', '--db', db, 'check'], { encoding: 'utf8' });
    expect(check.status).toBe(0);
    expect(check.stdout).toContain('结论：正常');
  });
});
