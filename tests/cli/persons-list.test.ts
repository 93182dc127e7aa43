import fs from 'node:fs';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PersonRow } from '@shared/contract';
import { main, type CliIo } from '../../main/cli/index';
import { tempDbPath } from '../helpers/core';

function io(): CliIo & { output: string[] } {
  const output: string[] = [];
  return { output, out: (text) => output.push(text), readStdin: () => Promise.resolve('') };
}

async function run(db: string, ...args: string[]): Promise<{ code: number; text: string }> {
  const console = io();
  const code = await main(['--db', db, ...args], console);
  return { code, text: console.output.join('\n') };
}

async function listJson(db: string, ...args: string[]): Promise<PersonRow[]> {
  const { code, text } = await run(db, '--json', 'persons', 'list', ...args);
  expect(code).toBe(0);
  return JSON.parse(text) as PersonRow[];
}

let db: string;

beforeAll(async () => {
  db = tempDbPath();
  // more than one page of persons:list (1000), so the command has to page
  const demo = await run(db, 'demo', '--persons', '1100', '--seed', 'cli', '--init');
  expect(demo.code).toBe(0);
  expect(demo.text).toContain('负责人登录名 admin，密码 Demo#2026');
  expect(demo.text).toContain('人员 1100');
});

describe('CLI demo and persons list', () => {
  it('lists every person with full ID numbers, paging through the API', async () => {
    const rows = await listJson(db);
    expect(rows).toHaveLength(1100);
    expect(new Set(rows.map((row) => row.id)).size).toBe(1100);
    expect(rows.every((row) => /^\d{17}[\dX]$/.test(row.idNumber))).toBe(true);
  });

  it('filters by status, village, register and search', async () => {
    const employed = await listJson(db, '--status', '2');
    expect(employed.length).toBeGreaterThan(0);
    expect(employed.every((row) => row.status === '2')).toBe(true);
    const village = await listJson(db, '--village', '431025100203');
    expect(village.length).toBeGreaterThan(0);
    expect(village.every((row) => row.villageName === '南岭村')).toBe(true);
    const difficulty = await listJson(db, '--register', 'difficulty');
    expect(difficulty.length).toBeGreaterThan(0);
    expect(difficulty.every((row) => row.difficulty !== null)).toBe(true);
    const someone = employed[0]!;
    const byId = await listJson(db, '--search', someone.idNumber.slice(6, 14) + someone.idNumber.slice(14, 16));
    expect(byId.map((row) => row.id)).toContain(someone.id);
  });

  it('prints a table with the register columns and a total', async () => {
    const { code, text } = await run(db, 'persons', 'list', '--village', '431025100001');
    expect(code).toBe(0);
    const lines = text.split('\n');
    expect(lines[0]).toMatch(/^编号\s+姓名\s+身份证号\s+性别\s+年龄\s+村（社区）\s+状态\s+登记日期$/);
    expect(lines.at(-1)).toMatch(/^共 \d+ 人$/);
    expect(lines[1]).toContain('城关社区');
  });

  it('exits 0 with a message when nothing matches', async () => {
    expect(await run(db, 'persons', 'list', '--search', '查无此人')).toEqual({ code: 0, text: '没有符合条件的人员。' });
    expect(await listJson(db, '--search', '查无此人')).toEqual([]);
  });

  it('exits 1 on bad input and 2 on usage errors', async () => {
    const status = await run(db, 'persons', 'list', '--status', '5');
    expect(status.code).toBe(1);
    expect((await run(db, 'persons', 'list', '--register', 'everyone')).code).toBe(1);
    expect((await run(db, 'persons', 'list', '--colour', 'red')).code).toBe(2);
    expect((await run(db, 'persons', 'list', 'extra')).code).toBe(2);
    expect((await run(db, 'persons')).code).toBe(2);
    expect((await run(db, 'persons', 'frobnicate')).code).toBe(2);
    expect((await run(db, 'demo')).code).toBe(2);
    expect((await run(db, 'demo', '--persons', 'many')).code).toBe(1);
  });

  it('records each use in the audit log with its filter', async () => {
    await run(db, 'persons', 'list', '--status', '1', '--village', '431025100202');
    const sqlite = new Database(db, { readonly: true });
    const last = sqlite
      .prepare(
        "SELECT user_name AS userName, detail FROM audit_log WHERE action = 'cli.persons-list' ORDER BY id DESC LIMIT 1",
      )
      .get() as { userName: string; detail: string };
    sqlite.close();
    expect(last.userName).toBe('命令行');
    expect(JSON.parse(last.detail)).toMatchObject({
      filter: { register: 'all', status: '1', villageCode: '431025100202' },
    });
  });

  it('demo refuses a database that is not set up, unless --init, and leaves no file behind', async () => {
    const fresh = tempDbPath();
    const refused = await run(fresh, 'demo', '--persons', '5');
    expect(refused.code).toBe(1);
    expect(fs.existsSync(fresh)).toBe(false);
    expect((await run(fresh, 'demo', '--persons', '5', '--today', '2999-01-01', '--init')).code).toBe(1);
    expect(fs.existsSync(fresh)).toBe(false);
    expect((await run(fresh, 'persons', 'list')).code).toBe(3);
  });
});
