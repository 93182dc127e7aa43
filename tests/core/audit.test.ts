import fs from 'node:fs';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createSession } from '@core/session';
import { main, type CliIo } from '../../main/cli/index';
import { makeSetUpCore, SEED_SETUP, tempDbPath, testClock, type TestCore } from '../helpers/core';
import { makeId } from '../helpers/ids';
import { addUserSession } from '../helpers/users';

const DAY = 86_400_000;

function io(): CliIo & { output: string[] } {
  const output: string[] = [];
  return { output, out: (text) => output.push(text), readStdin: () => Promise.resolve('') };
}

/** A station with some history: log-ins, a failed one, persons, a full-ID view, a settings change, a backup. */
async function busyStation(dbPath = tempDbPath()): Promise<TestCore> {
  const clock = testClock();
  const core = await makeSetUpCore({ dbPath, now: clock.now });
  await core.must('settings:update', { idleMinutes: 0 }); // the clock jumps by days
  await core.call('auth:login', { username: 'admin', password: 'Wrong#2026' }, createSession());
  await core.must('auth:login', { username: 'admin', password: SEED_SETUP.head.password });
  for (let i = 0; i < 5; i++) {
    clock.advance(DAY);
    const { id } = await core.must('persons:create', {
      idNumber: makeId('19850601', `10${i}`),
      name: '张三',
      registeredOn: '2026-03-02',
    });
    await core.must('persons:get', { id });
  }
  await core.must('settings:update', { followUpDays: 20 });
  await core.must('backups:create', {});
  return core;
}

/** What someone with a SQLite tool can do: the triggers are in the file, so they can be dropped. */
function tamper(dbPath: string, sql: string): void {
  const raw = new Database(dbPath);
  raw.exec('DROP TRIGGER IF EXISTS audit_log_no_update; DROP TRIGGER IF EXISTS audit_log_no_delete;');
  raw.exec(sql);
  raw.close();
}

async function verifyCli(dbPath: string): Promise<{
  code: number;
  report: { intact: boolean; firstBrokenId: number | null; problems: { id: number; kind: string }[] };
}> {
  const run = io();
  const code = await main(['--db', dbPath, '--json', 'audit', 'verify'], run);
  return { code, report: JSON.parse(run.output[0]!) as never };
}

describe('audit log', () => {
  it('records log-ins, failures, full-ID views, settings and backups, and the chain verifies', async () => {
    const core = await busyStation();
    const actions = core.store.sqlite.prepare('SELECT DISTINCT action FROM audit_log').pluck().all();
    expect(actions).toEqual(
      expect.arrayContaining([
        'setup.complete',
        'auth.login-failed',
        'auth.login',
        'persons.create',
        'persons.view-full-id',
        'settings.update',
        'backups.create',
      ]),
    );
    const settings = await core.must('audit:list', { action: 'settings.update' });
    expect(settings.rows[0]).toMatchObject({
      actionLabel: '修改设置',
      targetId: 'followUpDays',
      detail: { before: null, after: '20' },
    });
    expect(await core.must('audit:verify', {})).toMatchObject({
      intact: true,
      brokenRows: 0,
      message: expect.stringContaining('完整') as string,
    });
    core.close();
  });

  it('is append-only in the database itself', async () => {
    const core = await busyStation();
    expect(() => core.store.sqlite.prepare("UPDATE audit_log SET user_name = 'x'").run()).toThrowError(/只能追加/);
    expect(() => core.store.sqlite.prepare('DELETE FROM audit_log WHERE id = 1').run()).toThrowError(/只能追加/);
    core.close();
  });

  it('filters by date, user, action or area and target, pages, and keeps entries older than six months', async () => {
    const clock = testClock(Date.parse('2026-01-05T02:00:00Z'));
    const core = await makeSetUpCore({ now: clock.now });
    await core.must('settings:update', { idleMinutes: 0 });
    const clerk = await addUserSession(core, 'clerk', 'clerk');
    const { id } = await core.must(
      'persons:create',
      { idNumber: makeId('19850601', '101'), name: '张三', registeredOn: '2026-01-02' },
      clerk,
    );
    clock.advance(200 * DAY); // seven months later
    await core.must('persons:update', { id, version: 1, name: '张叁', registeredOn: '2026-01-02' }, clerk);

    const january = await core.must('audit:list', { from: '2026-01-01', to: '2026-01-31' });
    expect(january.rows.map((r) => r.action)).toContain('persons.create');
    expect(january.rows.map((r) => r.action)).not.toContain('persons.update');
    const byClerk = await core.must('audit:list', { userId: clerk.userId!, action: 'persons.' });
    expect(byClerk.rows.map((r) => r.action)).toEqual(['persons.update', 'persons.create']);
    const target = await core.must('audit:list', { target: 'person', targetId: String(id) });
    expect(target.total).toBe(2);
    const page = await core.must('audit:list', { limit: 1, offset: 1 });
    expect(page.rows).toHaveLength(1);
    expect(page.total).toBeGreaterThan(3);
    expect(await core.call('audit:list', { from: '2026-02-01', to: '2026-01-01' })).toMatchObject({
      ok: false,
      error: { fields: { to: '结束日期不能早于开始日期' } },
    });
    expect(await core.call('audit:list', {}, clerk)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    core.close();
  });

  it('`audit verify` names the first broken row: changed content, a removed row, a removed tail, a forged link', async () => {
    const base = tempDbPath('ls-audit-');
    const core = await busyStation(base);
    core.close();
    expect(await verifyCli(base)).toMatchObject({ code: 0, report: { intact: true } });
    const rows = new Database(base, { readonly: true })
      .prepare('SELECT count(*) FROM audit_log')
      .pluck()
      .get() as number;

    const copy = (name: string) => {
      const file = tempDbPath(`ls-audit-${name}-`);
      fs.copyFileSync(base, file);
      fs.copyFileSync(`${base}.audit-key`, `${file}.audit-key`);
      return file;
    };
    const changed = copy('changed');
    tamper(changed, "UPDATE audit_log SET user_name = '别人' WHERE id = 5");
    expect(await verifyCli(changed)).toMatchObject({
      code: 3,
      report: { intact: false, firstBrokenId: 5, problems: [{ id: 5, kind: 'changed' }] },
    });

    const removed = copy('removed');
    tamper(removed, 'DELETE FROM audit_log WHERE id = 4');
    expect(await verifyCli(removed)).toMatchObject({
      code: 3,
      report: { firstBrokenId: 5, problems: [{ id: 5, kind: 'removed' }] },
    });

    const tail = copy('tail');
    tamper(tail, `DELETE FROM audit_log WHERE id >= ${rows - 1}`);
    expect(await verifyCli(tail)).toMatchObject({
      code: 3,
      report: { firstBrokenId: rows - 1, problems: [{ kind: 'tail-removed' }] },
    });

    const relinked = copy('relinked');
    tamper(relinked, 'UPDATE audit_log SET prev_hash = (SELECT hash FROM audit_log WHERE id = 2) WHERE id = 4');
    expect(await verifyCli(relinked)).toMatchObject({
      code: 3,
      report: {
        firstBrokenId: 4,
        problems: [
          { id: 4, kind: 'bad-link' },
          { id: 4, kind: 'changed' },
        ],
      },
    });

    const wrongKey = copy('key');
    fs.writeFileSync(`${wrongKey}.audit-key`, 'ab'.repeat(32));
    const result = await verifyCli(wrongKey);
    expect(result.code).toBe(3);
    expect(JSON.stringify(result.report)).toContain('密钥文件不对');

    const noKey = copy('nokey');
    fs.rmSync(`${noKey}.audit-key`);
    expect((await verifyCli(noKey)).code).toBe(3);
    expect(fs.existsSync(`${noKey}.audit-key`)).toBe(false); // verify never invents a key
    console.log(
      `audit verify: intact chain of ${rows} rows passes; changed, removed, tail-removed, re-linked, wrong key and missing key all exit 3`,
    );
  });
});
