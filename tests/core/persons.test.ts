import { describe, expect, it } from 'vitest';
import type { PersonFieldsInput } from '@shared/contract';
import { makeSetUpCore, testClock, type TestCore } from '../helpers/core';
import { makeId } from '../helpers/ids';
import { addUserSession } from '../helpers/users';

const ZHANG = makeId('19800315', '123'); // male (odd sequence), 46 at the test date
const LI = makeId('19790520', '246'); // female, 47

function person(idNumber: string, name: string, extra: Partial<PersonFieldsInput> = {}): PersonFieldsInput {
  return { idNumber, name, registeredOn: '2026-03-02', villageCode: '431025100201', ...extra };
}

async function withPeople(): Promise<TestCore & { zhang: number; li: number }> {
  const core = await makeSetUpCore({ now: testClock().now });
  const zhang = (await core.must('persons:create', person(ZHANG, '张三'))).id;
  const li = (await core.must('persons:create', person(LI, '李四娥', { villageCode: '431025100202' }))).id;
  return Object.assign(core, { zhang, li });
}

describe('persons register', () => {
  it('derives sex, birth date and age from the ID number', async () => {
    const core = await withPeople();
    const zhang = await core.must('persons:get', { id: core.zhang });
    expect(zhang).toMatchObject({ sex: '1', birthDate: '1980-03-15', age: 46, status: '1', villageName: '东山村' });
    const lookup = await core.must('persons:lookup', { idNumber: LI.toLowerCase() });
    expect(lookup).toMatchObject({ sex: '2', birthDate: '1979-05-20', existing: { id: core.li, name: '李四娥' } });
  });

  it('never enters the same person twice', async () => {
    const core = await withPeople();
    const again = await core.call('persons:create', person(ZHANG, '张叁'));
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(!again.ok && again.error.message).toContain('已登记为 张三');
    expect((await core.must('persons:list', {})).total).toBe(2);
  });

  it('upgrades a 15-digit number with a note and refuses a wrong check digit next to the field', async () => {
    const core = await makeSetUpCore({ now: testClock().now });
    const old = '431025800101123'; // 1980-01-01, 15 digits
    const created = await core.must('persons:create', person(old, '王五'));
    expect(created.note).toContain('已升位');
    const stored = await core.must('persons:get', { id: created.id });
    expect(stored.idNumber).toHaveLength(18);
    expect(stored.idNumber.startsWith('43102519800101123')).toBe(true);

    const wrong = ZHANG.slice(0, 17) + (ZHANG[17] === '0' ? '1' : '0');
    const refused = await core.call('persons:create', person(wrong, '赵六'));
    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(!refused.ok && refused.error.fields?.idNumber).toContain('校验');
  });

  it('checks every field on the server and reports all problems at once', async () => {
    const core = await makeSetUpCore({ now: testClock().now });
    const result = await core.call(
      'persons:create',
      person(ZHANG, '张三', { villageCode: '431025100999', phone: '12345', registeredOn: '2027-01-01' }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const fields = result.error.fields ?? {};
    expect(fields.villageCode).toContain('不属于本乡镇');
    expect(fields.phone).toContain('手机号码应为 11 位');
    expect(fields.registeredOn).toContain('不能晚于今天');
    expect((await core.must('persons:list', {})).total).toBe(0);
  });

  it('employs, cancels and registers again, keeping the earlier episode in the history', async () => {
    const core = await withPeople();
    const early = await core.call('persons:employ', {
      id: core.zhang,
      version: 1,
      employedOn: '2026-01-01',
      employmentType: '1',
    });
    expect(!early.ok && early.error.fields?.employedOn).toContain('不能早于失业登记日期');

    const employed = await core.must('persons:employ', {
      id: core.zhang,
      version: 1,
      employedOn: '2026-06-01',
      employmentType: '1',
      employer: '示范镇食品厂',
    });
    expect(employed.version).toBe(2);
    const cancelEmployed = await core.call('persons:cancel', {
      id: core.zhang,
      version: 2,
      cancelledOn: '2026-07-01',
      cancelReason: '9',
    });
    expect(!cancelEmployed.ok && cancelEmployed.error.message).toContain('不是登记失业状态');

    await core.must('persons:reregister', { id: core.zhang, version: 2, registeredOn: '2026-09-01' });
    const history = await core.must('persons:history', { id: core.zhang });
    expect(history.map((entry) => entry.op)).toEqual(['create', 'update', 'update']);
    expect(history[1]!.changes).toContainEqual({
      field: 'status',
      label: '登记状态',
      before: '登记失业',
      after: '已就业',
    });
    expect(history[2]!.changes).toContainEqual({
      field: 'employer',
      label: '就业单位',
      before: '示范镇食品厂',
      after: '',
    });
    expect(history[0]!.userName).toBe('王站长');

    await core.must('persons:cancel', { id: core.li, version: 1, cancelledOn: '2026-08-01', cancelReason: '8' });
    expect(await core.must('persons:get', { id: core.li })).toMatchObject({ status: '3', cancelReason: '8' });
  });

  it('refuses a stale save by a second clerk instead of overwriting', async () => {
    const core = await withPeople();
    const second = await addUserSession(core, 'clerk2', 'clerk', { displayName: '刘经办' });
    const opened = await core.must('persons:get', { id: core.zhang });
    await core.must(
      'persons:update',
      { ...person(ZHANG, '张三', { phone: '13800000001' }), id: core.zhang, version: opened.version },
      second,
    );
    const stale = await core.call('persons:update', {
      ...person(ZHANG, '张三', { phone: '13900000002' }),
      id: core.zhang,
      version: opened.version,
    });
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(!stale.ok && stale.error.message).toContain('已被 刘经办 于');
    expect((await core.must('persons:get', { id: core.zhang })).phone).toBe('13800000001');
  });

  it('finds people by name, pinyin initials (surnames read as surnames), ID fragment, village and status', async () => {
    const core = await withPeople();
    await core.must('persons:create', person(makeId('19850101', '013'), '单丽'));
    await core.must('persons:create', person(makeId('19860101', '015'), '曾国强'));
    const names = async (input: Parameters<TestCore['must']>[1]) =>
      (await core.must('persons:list', input as never)).rows.map((row) => row.name).sort();
    expect(await names({ search: 'zs' })).toEqual(['张三']);
    expect(await names({ search: 'sl' })).toEqual(['单丽']);
    expect(await names({ search: 'zgq' })).toEqual(['曾国强']);
    expect(await names({ search: 'shanli' })).toEqual(['单丽']);
    expect(await names({ search: '四娥' })).toEqual(['李四娥']);
    expect(await names({ search: ZHANG.slice(10, 16) })).toEqual(['张三']);
    expect(await names({ villageCode: '431025100202' })).toEqual(['李四娥']);
    await core.must('persons:employ', { id: core.zhang, version: 1, employedOn: '2026-06-01', employmentType: '2' });
    expect(await names({ status: '2' })).toEqual(['张三']);
  });

  it('marks follow-up due after 30 days without contact', async () => {
    const core = await withPeople();
    await core.must('persons:update', {
      ...person(ZHANG, '张三', { lastContactOn: '2026-11-10' }),
      id: core.zhang,
      version: 1,
    });
    const due = await core.must('persons:list', { followUpDue: true });
    expect(due.rows.map((row) => row.name)).toEqual(['李四娥']);
  });

  it('masks ID numbers for a clerk without the right, shows them to the head', async () => {
    const core = await withPeople();
    const clerk = await addUserSession(core, 'clerk', 'clerk');
    const masked = await core.must('persons:list', {}, clerk);
    expect(masked.rows.map((row) => row.idNumber)).toContain(`${ZHANG.slice(0, 6)}********${ZHANG.slice(14)}`);
    const full = await core.must('persons:list', {});
    expect(full.rows.map((row) => row.idNumber)).toContain(ZHANG);
    const readonly = await addUserSession(core, 'inspector', 'readonly');
    expect(await core.call('persons:create', person(makeId('19900101', '017'), '钱七'), readonly)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });

  it('suggests difficulty categories and checks the recognition', async () => {
    const core = await withPeople();
    const suggestions = await core.must('persons:suggest-difficulty', { id: core.li, atDate: '2026-11-01' });
    expect(suggestions.map((s) => s.code)).toContain('01');
    expect(suggestions.find((s) => s.code === '01')?.reason).toContain('45');
    const noCert = await core.call('persons:recognise-difficulty', {
      id: core.li,
      version: 1,
      codes: ['02'],
      recognisedOn: '2026-11-01',
    });
    expect(!noCert.ok && noCert.error.fields?.codes).toContain('残疾人证号');
    await core.must('persons:recognise-difficulty', {
      id: core.li,
      version: 1,
      codes: ['01'],
      recognisedOn: '2026-11-01',
    });
    expect((await core.must('persons:list', { register: 'difficulty' })).rows.map((r) => r.name)).toEqual(['李四娥']);
  });

  it('reads category and grade from a disability certificate that must belong to the person', async () => {
    const core = await withPeople();
    const wrong = await core.call('persons:update', {
      ...person(ZHANG, '张三', { disabilityCert: `${LI}42` }),
      id: core.zhang,
      version: 1,
    });
    expect(!wrong.ok && wrong.error.fields?.disabilityCert).toBeTruthy();
    await core.must('persons:update', {
      ...person(ZHANG, '张三', { disabilityCert: `${ZHANG}42` }),
      id: core.zhang,
      version: 1,
    });
    expect(await core.must('persons:get', { id: core.zhang })).toMatchObject({
      disabilityCategory: '4',
      disabilityGrade: '2',
    });
    expect((await core.must('persons:list', { register: 'disabled' })).total).toBe(1);
  });

  it('deletes a duplicate into the record that stays', async () => {
    const core = await withPeople();
    const merged = await core.call('persons:delete', { id: core.li, version: 1, reason: 'duplicate' });
    expect(!merged.ok && merged.error.fields?.mergedIntoId).toContain('保留');
    await core.must('persons:delete', { id: core.li, version: 1, reason: 'duplicate', mergedIntoId: core.zhang });
    expect((await core.must('persons:list', {})).total).toBe(1);
    expect(await core.call('persons:get', { id: core.li })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
