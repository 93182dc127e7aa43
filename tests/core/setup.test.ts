import { describe, expect, it } from 'vitest';
import { createSession } from '@core/session';
import { makeCore, makeSetUpCore, SEED_SETUP } from '../helpers/core';

describe('first-run setup', () => {
  it('reports a fresh database as not set up, then shows the township after setup', async () => {
    const core = makeCore();
    const before = await core.must('app:info', {});
    expect(before.setupDone).toBe(false);
    expect(before.township).toBeNull();

    const done = await core.must('setup:complete', SEED_SETUP);
    expect(done.township).toEqual({ countyCode: '431025', code: '431025100', name: '示范镇' });
    expect(done.user).toMatchObject({ username: 'admin', role: 'head', canViewFullId: true });

    const after = await core.must('app:info', {});
    expect(after.setupDone).toBe(true);
    expect(after.township?.name).toBe('示范镇');
    expect(after.user?.displayName).toBe('王站长');
    expect(await core.must('villages:list', {})).toEqual([
      { code: '431025100201', name: '东山村', active: true },
      { code: '431025100202', name: '西河村', active: true },
      { code: '431025100001', name: '城关社区', active: true },
    ]);
  });

  it.each([
    ['county code of the wrong length', { countyCode: '43102' }, 'countyCode', '县（市、区）代码应为 6 位数字'],
    [
      'township not under the county',
      { townshipCode: '431026100' },
      'townshipCode',
      '乡镇（街道）代码应以县代码 431025 开头',
    ],
    [
      'village not under the township',
      { villages: [{ code: '431025101201', name: '外乡村' }] },
      'villages.0.code',
      '村（社区）代码应以乡镇代码 431025100 开头，该村不属于本乡镇',
    ],
    [
      'duplicate village code',
      {
        villages: [
          { code: '431025100201', name: '东山村' },
          { code: '431025100201', name: '东山二村' },
        ],
      },
      'villages.1.code',
      '村（社区）代码 431025100201 与第 1 行重复',
    ],
    ['weak password', { head: { ...SEED_SETUP.head, password: 'abcdefgh' } }, 'head.password', '密码须包含'],
  ])('refuses %s with a Chinese message next to the field and writes nothing', async (_name, patch, field, message) => {
    const core = makeCore();
    const result = await core.call('setup:complete', { ...SEED_SETUP, ...patch });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('INVALID_INPUT');
    expect(result.error.fields?.[field]).toContain(message);
    expect((await core.must('app:info', {})).setupDone).toBe(false);
    expect(core.store.sqlite.prepare('select count(*) n from users').get()).toEqual({ n: 0 });
  });

  it('cannot be run twice', async () => {
    const core = await makeSetUpCore();
    const again = await core.call('setup:complete', { ...SEED_SETUP, townshipName: '别的镇' });
    expect(again).toMatchObject({ ok: false, error: { code: 'ALREADY_SETUP' } });
    expect((await core.must('app:info', {})).township?.name).toBe('示范镇');
  });

  it('keeps channels behind log-in, and logs in with the head password', async () => {
    const core = await makeSetUpCore();
    const stranger = createSession();
    expect(await core.call('villages:list', {}, stranger)).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED', message: '请先登录' },
    });
    const wrong = await core.call('auth:login', { username: 'admin', password: 'nope' }, stranger);
    expect(wrong).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    const user = await core.must('auth:login', { username: 'admin', password: SEED_SETUP.head.password }, stranger);
    expect(user.role).toBe('head');
    expect((await core.must('villages:list', {}, stranger)).length).toBe(3);
  });

  it('answers unknown channels and malformed input with values, never exceptions', async () => {
    const core = makeCore();
    expect(await core.dispatch(core.session, 'persons:drop', {})).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_CHANNEL' },
    });
    expect(await core.dispatch(core.session, 'setup:complete', 'not an object')).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
  });
});
