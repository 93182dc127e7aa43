import { describe, expect, it } from 'vitest';
import { makeSetUpCore, testClock } from '../helpers/core';
import { makeId } from '../helpers/ids';

async function setUp() {
  const core = await makeSetUpCore({ now: testClock().now });
  const ids: number[] = [];
  for (const [i, name] of ['张三', '李四', '王五'].entries()) {
    const created = await core.must('persons:create', {
      idNumber: makeId(`1985010${i + 1}`, `0${i}1`),
      name,
      registeredOn: '2026-03-02',
      villageCode: i === 2 ? '431025100202' : '431025100201',
    });
    ids.push(created.id);
  }
  return { core, ids };
}

describe('assistance actions', () => {
  it('logs an action for a person with the logged-in clerk as staff, and counts it as a contact', async () => {
    const { core, ids } = await setUp();
    const created = await core.must('assistance:create', {
      personId: ids[0],
      type: '01',
      date: '2026-11-10',
      content: '面谈，了解求职意向',
      result: '3',
    });
    expect(created.employmentOffer).toBeNull();
    const list = await core.must('assistance:list', { personId: ids[0] });
    expect(list.rows[0]).toMatchObject({ targetName: '张三', staffName: '王站长', type: '01', villageName: '东山村' });
    expect((await core.must('persons:get', { id: ids[0]! })).lastContactOn).toBe('2026-11-10');
    // the contact does not make an open form stale
    expect((await core.must('persons:get', { id: ids[0]! })).version).toBe(1);
  });

  it('requires the employer for referrals and placements, and the amount where money moves', async () => {
    const { core, ids } = await setUp();
    const referral = await core.call('assistance:create', {
      personId: ids[0],
      type: '02',
      date: '2026-11-10',
      content: '推荐岗位',
      result: '3',
    });
    expect(!referral.ok && referral.error.fields?.employer).toContain('须填写推荐或安置单位');
    const subsidy = await core.call('assistance:create', {
      personId: ids[0],
      type: '07',
      date: '2026-11-10',
      content: '社保补贴',
      result: '9',
    });
    expect(!subsidy.ok && subsidy.error.fields?.amount).toContain('须填写金额');
    const bad = await core.call('assistance:create', {
      personId: ids[0],
      type: '07',
      date: '2026-11-10',
      content: '社保补贴',
      result: '9',
      amount: '12.345',
    });
    expect(!bad.ok && bad.error.fields?.amount).toContain('最多两位小数');
    await core.must('assistance:create', {
      personId: ids[0],
      type: '07',
      date: '2026-11-10',
      content: '社保补贴',
      result: '9',
      amount: '1,200.5',
    });
    await core.must('assistance:create', {
      personId: ids[1],
      type: '10',
      date: '2026-11-11',
      content: '交通补贴',
      result: '9',
      amount: 300,
    });
    const list = await core.must('assistance:list', {});
    expect(list.totalAmount).toBe('1500.50');
    expect(list.rows.map((r) => r.amount)).toEqual(['300.00', '1200.50']);
  });

  it('offers to mark the person employed after a placement', async () => {
    const { core, ids } = await setUp();
    const placed = await core.must('assistance:create', {
      personId: ids[1],
      type: '06',
      date: '2026-11-12',
      content: '安置公益性岗位（道路保洁）',
      employer: '示范镇人民政府',
      position: '保洁员',
      result: '1',
    });
    expect(placed.employmentOffer).toMatchObject({
      name: '李四',
      employedOn: '2026-11-12',
      employer: '示范镇人民政府',
      employmentType: '4',
    });
    const offer = placed.employmentOffer!;
    await core.must('persons:employ', {
      id: offer.personId,
      version: offer.version,
      employedOn: offer.employedOn,
      employmentType: offer.employmentType,
      employer: offer.employer,
    });
    expect((await core.must('persons:get', { id: ids[1]! })).status).toBe('2');
  });

  it('logs one action for a whole village list in one batch, all or nothing', async () => {
    const { core, ids } = await setUp();
    const refused = await core.call('assistance:batch', {
      personIds: [ids[0]!, 99999],
      type: '01',
      date: '2026-11-15',
      content: '援助月入户走访',
      result: '3',
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect((await core.must('assistance:list', {})).total).toBe(0);
    const batch = await core.must('assistance:batch', {
      personIds: ids,
      type: '01',
      date: '2026-11-15',
      content: '援助月入户走访',
      result: '3',
    });
    expect(batch.created).toBe(3);
    expect((await core.must('assistance:list', { batchId: batch.batchId })).total).toBe(3);
    expect((await core.must('assistance:list', { villageCode: '431025100202' })).rows.map((r) => r.targetName)).toEqual(
      ['王五'],
    );
  });

  it('moves a recognised household to 援助中 when it is assisted', async () => {
    const { core, ids } = await setUp();
    const h = await core.must('households:create', {
      villageCode: '431025100201',
      appliedOn: '2026-10-01',
      members: [{ personId: ids[0], relation: '02', labourCapacity: '1' }],
    });
    const p = await core.must('households:publicise', { id: h.id, version: h.version, publicisedOn: '2026-10-02' });
    await core.must('households:recognise', { id: h.id, version: p.version, identifiedOn: '2026-10-10' });
    await core.must('assistance:create', {
      householdId: h.id,
      type: '02',
      date: '2026-10-12',
      content: '推荐食品厂岗位',
      employer: '示范镇食品厂',
      result: '3',
    });
    expect((await core.must('households:get', { id: h.id })).stage).toBe('assisting');
    expect((await core.must('assistance:list', { householdId: h.id })).rows[0]!.targetName).toBe('张三户');
  });

  it('lists who is behind the 311 quotas', async () => {
    const { core, ids } = await setUp();
    for (let i = 0; i < 3; i++) {
      await core.must('assistance:create', {
        personId: ids[0],
        type: '02',
        date: `2026-0${i + 4}-01`,
        content: '推荐岗位',
        employer: '某厂',
        result: '2',
      });
    }
    await core.must('assistance:create', {
      personId: ids[0],
      type: '01',
      date: '2026-05-01',
      content: '职业指导',
      result: '9',
    });
    await core.must('assistance:create', {
      personId: ids[0],
      type: '03',
      date: '2026-06-01',
      content: '电工培训',
      result: '9',
    });
    await core.must('assistance:create', {
      personId: ids[1],
      type: '01',
      date: '2025-12-30',
      content: '去年的指导',
      result: '9',
    });
    const report = await core.must('assistance:quotas', { year: 2026 });
    expect(report.persons.map((p) => p.name).sort()).toEqual(['李四', '王五']);
    expect(report.persons.find((p) => p.name === '李四')?.missing).toBe(
      '职业介绍差 3 次，职业指导差 1 次，培训差 1 次',
    );
  });

  it('edits and deletes with a version check, keeping the history', async () => {
    const { core, ids } = await setUp();
    const created = await core.must('assistance:create', {
      personId: ids[0],
      type: '01',
      date: '2026-11-10',
      content: '指导',
      result: '3',
    });
    const edited = await core.must('assistance:update', {
      id: created.id,
      version: 1,
      type: '01',
      date: '2026-11-10',
      content: '职业指导（改）',
      result: '9',
    });
    expect(await core.call('assistance:delete', { id: created.id, version: 1 })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    await core.must('assistance:delete', { id: created.id, version: edited.version });
    expect((await core.must('assistance:list', {})).total).toBe(0);
    const history = core.store.sqlite
      .prepare("select op from change_log where entity = 'assistance' order by id")
      .all();
    expect(history).toEqual([{ op: 'create' }, { op: 'update' }, { op: 'delete' }]);
  });
});
