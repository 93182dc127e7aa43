import { describe, expect, it } from 'vitest';
import { channels, type ChannelName } from '@shared/contract';
import { createSession } from '@core/session';
import { makeSetUpCore, SEED_SETUP, testClock } from '../helpers/core';
import { makeId } from '../helpers/ids';
import { addUserSession } from '../helpers/users';
import { countOf } from '../helpers/station-files';

const CLERK = { username: 'liu', displayName: '刘经办', role: 'clerk' as const, password: 'Clerk#2026a' };

describe('users administered by the head', () => {
  it('creates users with a password policy, refuses a duplicate login name, and lists them with their last log-in', async () => {
    const core = await makeSetUpCore({ now: testClock().now });
    const created = await core.must('users:create', CLERK);
    expect(created).toMatchObject({
      username: 'liu',
      role: 'clerk',
      active: true,
      canViewFullId: false,
      lastLoginAt: null,
    });

    const weak = await core.call('users:create', { ...CLERK, username: 'zhao', password: 'abcdefgh' });
    expect(weak).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(!weak.ok && weak.error.fields?.password).toContain('至少三种');
    const twin = await core.call('users:create', { ...CLERK, username: 'LIU' });
    expect(twin).toMatchObject({ ok: false, error: { code: 'CONFLICT', fields: { username: '该登录名已被使用' } } });

    await core.must('auth:login', { username: 'liu', password: CLERK.password }, createSession());
    const list = await core.must('users:list', {});
    expect(list.map((u) => [u.username, u.role])).toEqual([
      ['admin', 'head'],
      ['liu', 'clerk'],
    ]);
    expect(list[1]!.lastLoginAt).toBe(core.store.now());
    expect(JSON.stringify(list)).not.toContain('scrypt');
    expect(
      countOf(core, "SELECT count(*) FROM audit_log WHERE action = 'users.create' AND detail NOT LIKE '%scrypt%'"),
    ).toBe(1);
  });

  it('changes role, name, grant and active state with before/after in the audit log; a deactivated user is out at once', async () => {
    const core = await makeSetUpCore({ now: testClock().now });
    const { id } = await core.must('users:create', CLERK);
    const session = createSession();
    await core.must('auth:login', { username: 'liu', password: CLERK.password }, session);
    const person = await core.must('persons:create', {
      idNumber: makeId('19850601', '101'),
      name: '张三',
      registeredOn: '2026-03-02',
    });

    expect((await core.must('persons:get', { id: person.id }, session)).idMasked).toBe(true);
    await core.must('users:update', { id, canViewFullId: true, displayName: '刘晓' });
    expect((await core.must('persons:get', { id: person.id }, session)).idMasked).toBe(false);
    expect(
      countOf(core, "SELECT count(*) FROM audit_log WHERE action = 'persons.view-full-id' AND user_id = ?", id),
    ).toBe(1);

    await core.must('users:update', { id, active: false });
    expect(await core.call('villages:list', {}, session)).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
    expect(await core.call('auth:login', { username: 'liu', password: CLERK.password }, session)).toMatchObject({
      ok: false,
    });
    const detail = core.store.sqlite
      .prepare("SELECT detail FROM audit_log WHERE action = 'users.update' ORDER BY id DESC")
      .pluck()
      .get() as string;
    expect(JSON.parse(detail)).toMatchObject({
      before: { active: true },
      after: { active: false, displayName: '刘晓' },
    });
    expect(await core.call('users:update', { id: 999 })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await core.call('users:update', { id: 999, role: 'clerk' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  it('never leaves the station without an active head', async () => {
    const core = await makeSetUpCore({ now: testClock().now });
    for (const change of [{ role: 'clerk' as const }, { active: false }]) {
      const refused = await core.call('users:update', { id: 1, ...change });
      expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
      expect(!refused.ok && refused.error.message).toContain('至少要保留一名在用的负责人');
    }
    const second = await core.must('users:create', { ...CLERK, username: 'deputy', role: 'head' });
    await core.must('users:update', { id: 1, role: 'clerk' }); // allowed now: the deputy is a head
    expect(await core.call('users:list', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } }); // at once
    const deputy = createSession();
    await core.must('auth:login', { username: 'deputy', password: CLERK.password }, deputy);
    expect(await core.call('users:update', { id: second.id, active: false }, deputy)).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
  });

  it('resets a password (which lifts a lock) and lets everyone change their own, proving the old one', async () => {
    const clock = testClock();
    const core = await makeSetUpCore({ now: clock.now });
    const { id } = await core.must('users:create', CLERK);
    const session = createSession();
    for (let i = 0; i < 5; i++) await core.call('auth:login', { username: 'liu', password: 'wrong' }, session);
    expect(await core.call('auth:login', { username: 'liu', password: CLERK.password }, session)).toMatchObject({
      ok: false,
    });

    await core.must('users:reset-password', { id, password: 'Reset#2026b' });
    await core.must('auth:login', { username: 'liu', password: 'Reset#2026b' }, session);
    const wrongOld = await core.call(
      'auth:change-password',
      { oldPassword: 'nope', newPassword: 'Mine#2026cc' },
      session,
    );
    expect(wrongOld).toMatchObject({ ok: false, error: { fields: { oldPassword: '原密码不正确' } } });
    const same = await core.call(
      'auth:change-password',
      { oldPassword: 'Reset#2026b', newPassword: 'Reset#2026b' },
      session,
    );
    expect(!same.ok && same.error.fields?.newPassword).toBe('新密码不能与原密码相同');
    await core.must('auth:change-password', { oldPassword: 'Reset#2026b', newPassword: 'Mine#2026cc' }, session);
    await core.must('auth:login', { username: 'liu', password: 'Mine#2026cc' }, createSession());
    expect(
      countOf(core, "SELECT count(*) FROM audit_log WHERE action IN ('users.reset-password', 'auth.change-password')"),
    ).toBe(2);
  });
});

describe('log-in lockout and idle log-out', () => {
  it('locks an account for 15 minutes after 5 failures, then lets the right password in', async () => {
    const clock = testClock();
    const core = await makeSetUpCore({ now: clock.now });
    const session = createSession();
    const messages: string[] = [];
    for (let i = 0; i < 5; i++) {
      const result = await core.call('auth:login', { username: 'admin', password: 'Wrong#2026' }, session);
      if (!result.ok) messages.push(result.error.message);
    }
    expect(messages[0]).toContain('还可尝试 4 次');
    expect(messages[4]).toContain('已锁定 15 分钟');
    const locked = await core.call('auth:login', { username: 'admin', password: SEED_SETUP.head.password }, session);
    expect(!locked.ok && locked.error.message).toContain('请 15 分钟后再试');
    clock.advance(14 * 60_000);
    expect(
      await core.call('auth:login', { username: 'admin', password: SEED_SETUP.head.password }, session),
    ).toMatchObject({ ok: false });
    clock.advance(60_000 + 1);
    await core.must('auth:login', { username: 'admin', password: SEED_SETUP.head.password }, session);
    const actions = core.store.sqlite
      .prepare("SELECT action FROM audit_log WHERE action LIKE 'auth.%' ORDER BY id")
      .pluck()
      .all();
    expect(actions).toEqual([
      'auth.login-failed',
      'auth.login-failed',
      'auth.login-failed',
      'auth.login-failed',
      'auth.locked',
      'auth.login',
    ]);
  });

  it('logs out after the idle time set in the settings', async () => {
    const clock = testClock();
    const core = await makeSetUpCore({ now: clock.now });
    await core.must('settings:update', { idleMinutes: 10 });
    const clerk = await addUserSession(core, 'clerk', 'clerk');
    clock.advance(9 * 60_000);
    await core.must('villages:list', {}, clerk);
    clock.advance(9 * 60_000);
    await core.must('villages:list', {}, clerk); // activity restarts the count
    clock.advance(10 * 60_000 + 1);
    const idle = await core.call('villages:list', {}, clerk);
    expect(idle).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED', message: '长时间未操作，已自动退出，请重新登录' },
    });
    expect(clerk.userId).toBeNull();
  });

  it('keeps a clerk and an inspector out of what is not theirs, even called directly', async () => {
    const core = await makeSetUpCore({ now: testClock().now });
    const clerk = await addUserSession(core, 'clerk', 'clerk');
    const inspector = await addUserSession(core, 'inspector', 'readonly');
    const names = Object.keys(channels) as ChannelName[];
    const headOnly = names.filter((name) => channels[name].access === 'head');
    const writes = names.filter((name) => channels[name].access === 'write');
    expect(headOnly).toEqual(
      expect.arrayContaining(['users:create', 'users:update', 'audit:list', 'settings:update', 'backups:restore']),
    );
    for (const name of headOnly) {
      // valid-looking input, so the refusal is the role check and not the validation
      const result = await core.dispatch(clerk, name, {});
      expect([name, result]).toMatchObject([name, { ok: false }]);
      if (!result.ok && result.error.code !== 'INVALID_INPUT') expect(result.error.code).toBe('FORBIDDEN');
    }
    expect(await core.call('users:update', { id: 2, role: 'head' }, clerk)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: '只有站负责人可以进行此操作' },
    });
    expect(await core.call('users:list', {}, clerk)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    for (const name of [...writes, ...headOnly]) {
      const result = await core.dispatch(inspector, name, {});
      if (!result.ok && result.error.code !== 'INVALID_INPUT')
        expect([name, result.error.code]).toEqual([name, 'FORBIDDEN']);
      expect(result.ok).toBe(false);
    }
    expect(countOf(core, "SELECT count(*) FROM users WHERE role = 'head'")).toBe(1);
  });
});
