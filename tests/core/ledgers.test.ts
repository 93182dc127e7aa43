import { describe, expect, it } from 'vitest';
import { makeSetUpCore, testClock } from '../helpers/core';
import { makeId } from '../helpers/ids';
import { addUserSession } from '../helpers/users';

const ZHANG = makeId('19800315', '123');

async function setUp() {
  const core = await makeSetUpCore({ now: testClock().now });
  const zhang = await core.must('persons:create', {
    idNumber: ZHANG,
    name: '张三',
    registeredOn: '2026-03-02',
    villageCode: '431025100201',
  });
  const li = await core.must('persons:create', {
    idNumber: makeId('19790520', '246'),
    name: '李四',
    registeredOn: '2026-03-02',
    villageCode: '431025100202',
  });
  await core.must('assistance:create', {
    personId: zhang.id,
    type: '01',
    date: '2026-07-05',
    content: '职业指导',
    result: '3',
  });
  await core.must('assistance:create', {
    personId: zhang.id,
    type: '07',
    date: '2026-08-05',
    content: '社保补贴',
    amount: '1200',
    result: '9',
  });
  await core.must('assistance:create', {
    personId: li.id,
    type: '03',
    date: '2026-09-30',
    content: '电工培训',
    result: '9',
  });
  await core.must('assistance:create', {
    personId: li.id,
    type: '03',
    date: '2026-10-01',
    content: '下季度的培训',
    result: '9',
  });
  return { core, zhang: zhang.id, li: li.id };
}

describe('printed ledgers', () => {
  it('prints the quarter of the township with totals and masked ID numbers', async () => {
    const { core } = await setUp();
    const ledger = await core.must('ledgers:quarterly-assistance', { year: 2026, quarter: 3 });
    expect(ledger.heading.title).toBe('示范镇就业援助台账');
    expect(ledger.heading.subtitle).toBe('2026年第3季度 · 全镇');
    expect(ledger.rows.map((r) => [r.index, r.name, r.type])).toEqual([
      [1, '张三', '职业指导'],
      [2, '张三', '社会保险补贴'],
      [3, '李四', '职业技能培训'],
    ]);
    expect(ledger.rows[0]!.idNumber).toBe(`${ZHANG.slice(0, 6)}********${ZHANG.slice(14)}`);
    expect(ledger.totals).toMatchObject({ count: 3, people: 2, amount: '1200.00' });
    const village = await core.must('ledgers:quarterly-assistance', {
      year: 2026,
      quarter: 3,
      villageCode: '431025100202',
    });
    expect(village.heading.subtitle).toBe('2026年第3季度 · 西河村');
    expect(village.rows.map((r) => r.name)).toEqual(['李四']);
  });

  it('shows the full ID on the card only when printed for the person by a user who may see it', async () => {
    const { core, zhang } = await setUp();
    expect((await core.must('ledgers:assistance-card', { personId: zhang, forPerson: true })).person.idNumber).toBe(
      ZHANG,
    );
    expect((await core.must('ledgers:assistance-card', { personId: zhang })).person.idNumber).toContain('********');
    const clerk = await addUserSession(core, 'clerk', 'clerk');
    const card = await core.must('ledgers:assistance-card', { personId: zhang, forPerson: true }, clerk);
    expect(card.person.idNumber).toContain('********');
    expect(card.actions).toHaveLength(2);
    expect(card.totalAmount).toBe('1200.00');
  });

  it('records every print in the audit log', async () => {
    const { core } = await setUp();
    await core.must('ledgers:printed', {
      kind: 'quarterly-assistance',
      title: '示范镇就业援助台账',
      pages: 3,
      output: 'pdf',
    });
    const row = core.store.sqlite
      .prepare("SELECT user_name, detail FROM audit_log WHERE action = 'ledgers.print'")
      .get() as { user_name: string; detail: string };
    expect(row.user_name).toBe('王站长');
    expect(JSON.parse(row.detail)).toMatchObject({ pages: 3, output: 'pdf' });
  });

  it('prints a register with every matching person', async () => {
    const { core } = await setUp();
    const register = await core.must('ledgers:register', { register: 'unemployed' });
    expect(register.heading.title).toBe('示范镇失业人员实名制登记台账');
    expect(register.rows.map((r) => r.name).sort()).toEqual(['张三', '李四']);
  });
});
