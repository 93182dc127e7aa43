import { describe, expect, it } from 'vitest';
import type { MemberInput } from '@shared/contract';
import { makeSetUpCore, testClock, type TestCore } from '../helpers/core';
import { makeId } from '../helpers/ids';

const HEAD = makeId('19750101', '011'); // man, 51
const WIFE = makeId('19780202', '022'); // woman, 48: below the default female retirement age of 50
const SON = makeId('20010303', '033'); // 25
const GRANDMA = makeId('19450404', '044'); // 81, not of working age

async function setUp(): Promise<TestCore & { headId: number; sonId: number }> {
  const core = await makeSetUpCore({ now: testClock().now });
  const headId = (
    await core.must('persons:create', {
      idNumber: HEAD,
      name: '陈大山',
      registeredOn: '2026-02-01',
      villageCode: '431025100201',
    })
  ).id;
  const sonId = (
    await core.must('persons:create', {
      idNumber: SON,
      name: '陈小明',
      registeredOn: '2026-03-01',
      villageCode: '431025100201',
    })
  ).id;
  return Object.assign(core, { headId, sonId });
}

function members(core: { headId: number; sonId: number }): MemberInput[] {
  return [
    { personId: core.headId, relation: '02', labourCapacity: '1' },
    { idNumber: WIFE, name: '刘秀英', relation: '10', labourCapacity: '2', employed: false },
    { personId: core.sonId, relation: '20', labourCapacity: '1' },
    { idNumber: GRANDMA, name: '陈老太', relation: '60', labourCapacity: '3', employed: false },
  ];
}

async function recognised(core: Awaited<ReturnType<typeof setUp>>) {
  const created = await core.must('households:create', {
    villageCode: '431025100201',
    appliedOn: '2026-10-08',
    members: members(core),
  });
  const publicised = await core.must('households:publicise', {
    id: created.id,
    version: created.version,
    publicisedOn: '2026-10-10',
  });
  return core.must('households:recognise', { id: created.id, version: publicised.version, identifiedOn: '2026-10-20' });
}

describe('zero-employment households', () => {
  it('creates a household from existing persons and a new member, derives working age', async () => {
    const core = await setUp();
    const created = await core.must('households:create', {
      villageCode: '431025100201',
      appliedOn: '2026-10-08',
      members: members(core),
    });
    const household = await core.must('households:get', { id: created.id });
    expect(household).toMatchObject({ headName: '陈大山', stage: 'applied', members: 4, villageName: '东山村' });
    expect(household.memberList.map((m) => [m.name, m.workingAge, m.personStatus])).toEqual([
      ['陈大山', true, '1'],
      ['刘秀英', true, null],
      ['陈小明', true, '1'],
      ['陈老太', false, null],
    ]);
    expect(household.qualification.qualifies).toBe(true);
  });

  it('links a typed ID number to the person already registered instead of a second copy', async () => {
    const core = await setUp();
    const created = await core.must('households:create', {
      villageCode: '431025100201',
      appliedOn: '2026-10-08',
      members: [{ idNumber: HEAD, name: '别名', relation: '02', labourCapacity: '1' }],
    });
    const household = await core.must('households:get', { id: created.id });
    expect(household.memberList[0]).toMatchObject({ personId: core.headId, name: '陈大山' });
  });

  it('keeps a person in at most one household that is not revoked, explained in Chinese', async () => {
    const core = await setUp();
    const first = await core.must('households:create', {
      villageCode: '431025100201',
      appliedOn: '2026-10-08',
      members: members(core),
    });
    const second = await core.call('households:create', {
      villageCode: '431025100202',
      appliedOn: '2026-10-09',
      members: [{ personId: core.sonId, relation: '02', labourCapacity: '1' }],
    });
    expect(second).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(!second.ok && second.error.message).toContain('陈小明 已是户主为 陈大山 的零就业家庭');
    // the database itself refuses it too
    expect(() =>
      core.store.sqlite
        .prepare(
          "INSERT INTO household_members (household_id, id_number, name, sex, birth_date, relation, labour_capacity, created_at, updated_at) VALUES (?, ?, 'x', '1', '2001-03-03', '02', '1', 0, 0)",
        )
        .run(first.id, SON),
    ).toThrowError(/UNIQUE/);
    await core.must('households:revoke', {
      id: first.id,
      version: first.version,
      revokedOn: '2026-10-09',
      reason: '申请人撤回',
    });
    expect(
      (
        await core.call('households:create', {
          villageCode: '431025100202',
          appliedOn: '2026-10-09',
          members: [{ personId: core.sonId, relation: '02', labourCapacity: '1' }],
        })
      ).ok,
    ).toBe(true);
  });

  it('refuses recognition when a working-age member able to work is employed, naming the member', async () => {
    const core = await setUp();
    const created = await core.must('households:create', {
      villageCode: '431025100201',
      appliedOn: '2026-10-08',
      members: members(core),
    });
    await core.must('persons:employ', { id: core.sonId, version: 1, employedOn: '2026-10-05', employmentType: '2' });
    const afterEmploy = await core.must('households:get', { id: created.id });
    const publicised = await core.must('households:publicise', {
      id: created.id,
      version: afterEmploy.version,
      publicisedOn: '2026-10-10',
    });
    const refused = await core.call('households:recognise', {
      id: created.id,
      version: publicised.version,
      identifiedOn: '2026-10-20',
    });
    expect(!refused.ok && refused.error.fields?.identifiedOn).toContain('成员 陈小明 已就业');
  });

  it('recognises with a deadline from the county rule, offers category 03, lists it on the deadline list', async () => {
    const core = await setUp();
    const result = await recognised(core);
    expect(result.deadline).toBe('2026-11-19'); // 30 calendar days after 2026-10-20
    expect(result.difficultyOffers.map((offer) => offer.name).sort()).toEqual(['陈大山', '陈小明']);
    const list = await core.must('households:deadlines', {});
    expect(list.rule).toBe('认定后 30 日内');
    expect(list.entries[0]).toMatchObject({ headName: '陈大山', daysLeft: -2, overdue: true });
    // category 03 is now allowed for a member
    await core.must('persons:recognise-difficulty', {
      id: core.sonId,
      version: 1,
      codes: ['03'],
      recognisedOn: '2026-10-21',
    });
  });

  it('counts working days across the National Day week when the county says so', async () => {
    const core = await setUp();
    core.store.sqlite
      .prepare("INSERT INTO settings (key, value, updated_at) VALUES ('clearanceRule', ?, 0)")
      .run(JSON.stringify({ kind: 'working-days', days: 10 }));
    const created = await core.must('households:create', {
      villageCode: '431025100201',
      appliedOn: '2026-09-01',
      members: members(core),
    });
    const publicised = await core.must('households:publicise', {
      id: created.id,
      version: created.version,
      publicisedOn: '2026-09-10',
    });
    const result = await core.must('households:recognise', {
      id: created.id,
      version: publicised.version,
      identifiedOn: '2026-09-28',
    });
    // 9-29, 9-30 (2), holiday 10-01…10-07, 10-08, 10-09, the adjusted working Saturday 10-10 (5), 10-12…10-16 (10)
    expect(result.deadline).toBe('2026-10-16');
    expect(result.warning).toBeNull();
  });

  it('clears only with a member whose record is employed by that date, and flags re-recognition when the job is lost', async () => {
    const core = await setUp();
    const rec = await recognised(core);
    const notYet = await core.call('households:clear', {
      id: rec.id,
      version: rec.version,
      clearedOn: '2026-11-01',
      personId: core.sonId,
    });
    expect(!notYet.ok && notYet.error.fields?.personId).toContain('未登记就业');
    await core.must('persons:employ', { id: core.sonId, version: 1, employedOn: '2026-11-01', employmentType: '4' });
    const current = await core.must('households:get', { id: rec.id });
    const cleared = await core.must('households:clear', {
      id: rec.id,
      version: current.version,
      clearedOn: '2026-11-02',
      personId: core.sonId,
    });
    expect(await core.must('households:get', { id: rec.id })).toMatchObject({
      stage: 'cleared',
      clearedByName: '陈小明',
      daysLeft: null,
    });
    expect((await core.must('households:deadlines', {})).entries).toEqual([]);

    await core.must('persons:reregister', { id: core.sonId, version: 2, registeredOn: '2026-11-15' });
    const flagged = await core.must('households:get', { id: rec.id });
    expect(flagged.needsRerecognition).toBe(true);
    expect(flagged.version).toBeGreaterThan(cleared.version);
    const history = await core.must('households:history', { id: rec.id });
    expect(history.map((entry) => entry.subject)).toContain('成员 陈小明');
    expect(history.some((entry) => entry.changes.some((c) => c.label === '阶段' && c.after === '已清零'))).toBe(true);
  });
});
