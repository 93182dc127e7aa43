// Demo zero-employment households in every stage — applications, public notices, recognised (some overdue), being
// assisted, cleared by a member who found work, revoked — with members who are registered persons or family members
// typed at the station, and each step in the history on its own date.

import { addDays, compareDates, startOfDayChinaMs, type IsoDate } from '@shared/domain/dates';
import { clearanceDeadline } from '@shared/domain/working-days';
import { householdMembers, households } from '../../db/schema';
import { officialCalendar } from '../calendar';
import { getSetting } from '../settings';
import type { DemoContext } from './context';
import { birthDateForAge, idNumberFor } from './ids';
import { personName } from './names';
import { weightedPicker, type Rng } from './random';
import { rowInserter, type RecordVersion } from './writer';

type Stage = 'applied' | 'publicised' | 'recognised' | 'assisting' | 'cleared' | 'revoked';
type Candidate = {
  id: number;
  idNumber: string;
  name: string;
  sex: '1' | '2';
  birthDate: string;
  villageCode: string | null;
  status: string;
  registeredOn: string;
  employedOn: string | null;
};

const pickStage = weightedPicker<Stage>([
  ['applied', 8],
  ['publicised', 7],
  ['recognised', 25],
  ['assisting', 30],
  ['cleared', 25],
  ['revoked', 5],
]);

const at = (date: IsoDate, rng: Rng) => startOfDayChinaMs(date) + rng.int(9, 16) * 3_600_000;

export function generateHouseholds(ctx: DemoContext, count: number): number {
  const rng = ctx.rng('households');
  const { store, today } = ctx;
  const rule = getSetting(store, 'clearanceRule');
  const calendar = officialCalendar(store);
  const candidates = store.sqlite
    .prepare(
      `SELECT id, id_number AS idNumber, name, sex, birth_date AS birthDate, village_code AS villageCode, status,
              registered_on AS registeredOn, employed_on AS employedOn FROM persons WHERE deleted_at IS NULL ORDER BY id`,
    )
    .all() as Candidate[];
  const unemployed = candidates.filter((p) => p.status === '1');
  const employed = candidates.filter((p) => p.status === '2' && p.employedOn);
  const used = new Set<number>();
  const inHousehold = new Set(
    store.sqlite.prepare('SELECT id_number FROM household_members WHERE active = 1').pluck().all() as string[],
  );
  // ID numbers in use anywhere, so a second demo run on the same database never reuses one
  const taken = new Set([
    ...candidates.map((p) => p.idNumber),
    ...(store.sqlite.prepare('SELECT id_number FROM household_members').pluck().all() as string[]),
  ]);
  const insertHousehold = rowInserter(store, households);
  const insertMember = rowInserter(store, householdMembers);
  let made = 0;
  for (let index = 0; index < count; index += 1) {
    const stage = pickStage(rng);
    const pool = stage === 'cleared' ? employed : unemployed;
    const head = pool[rng.int(0, pool.length - 1)];
    if (!head || used.has(head.id) || inHousehold.has(head.idNumber) || !head.villageCode) continue;
    used.add(head.id);
    // dates: cleared households were recognised before the head found work; others within the last months
    const end = stage === 'cleared' ? head.employedOn! : today;
    const identifiedOn = addDays(end, -rng.int(stage === 'cleared' ? 5 : 0, 150));
    if (compareDates(identifiedOn, '2024-01-02') < 0) continue;
    const publicisedOn = addDays(identifiedOn, -rng.int(3, 10));
    const appliedOn = addDays(publicisedOn, -rng.int(2, 15));
    const deadline = clearanceDeadline(rule, identifiedOn, calendar);
    const stamp = { createdBy: null, updatedBy: null };
    const base = {
      headPersonId: head.id,
      headIdNumber: head.idNumber,
      headName: head.name,
      villageCode: head.villageCode,
      address: `${ctx.villages.find((v) => v.code === head.villageCode)?.name ?? ''}${rng.int(1, 12)}组${rng.int(1, 80)}号`,
      needsRerecognition: false,
      notes: null,
      deletedAt: null,
      deleteReason: null,
      ...stamp,
    };
    const steps: { stage: Stage; on: IsoDate; extra: Record<string, unknown> }[] = [
      { stage: 'applied', on: appliedOn, extra: { appliedOn } },
    ];
    if (stage !== 'applied') steps.push({ stage: 'publicised', on: publicisedOn, extra: { publicisedOn } });
    if (!['applied', 'publicised'].includes(stage) && compareDates(identifiedOn, today) <= 0) {
      steps.push({ stage: 'recognised', on: identifiedOn, extra: { identifiedOn, deadline } });
    }
    if (stage === 'assisting' || stage === 'cleared')
      steps.push({ stage: 'assisting', on: addDays(identifiedOn, rng.int(1, 5)), extra: {} });
    if (stage === 'cleared')
      steps.push({
        stage: 'cleared',
        on: head.employedOn!,
        extra: { clearedOn: head.employedOn, clearedByPersonId: head.id },
      });
    if (stage === 'revoked') {
      const revokedOn = addDays(publicisedOn, rng.int(1, 20));
      steps.push({
        stage: 'revoked',
        on: revokedOn,
        extra: { revokedOn, revokeReason: '家庭成员已有稳定收入，申请人撤回' },
      });
    }
    const versions: RecordVersion[] = [];
    let row: Record<string, unknown> = { ...base };
    steps
      .filter((step) => compareDates(step.on, today) <= 0)
      .forEach((step, i) => {
        const when = at(step.on, rng);
        row = {
          ...row,
          ...step.extra,
          stage: step.stage,
          version: i + 1,
          createdAt: versions[0]?.at ?? when,
          updatedAt: when,
        };
        versions.push({ row, at: when });
      });
    const final = versions[versions.length - 1]!.row;
    const householdId = insertHousehold(final as typeof households.$inferInsert);
    ctx.historyEntries += ctx.writeHistory('household', households, householdId, versions);

    // members: the head, a spouse typed at the station, and sometimes a grown child or an elder
    const created = versions[0]!.at;
    const active = final.stage !== 'revoked';
    const member = (values: Record<string, unknown>) => {
      const memberRow = {
        householdId,
        active,
        removedAt: null,
        version: 1,
        createdAt: created,
        updatedAt: created,
        ...stamp,
        ...values,
      };
      const id = insertMember(memberRow as typeof householdMembers.$inferInsert);
      ctx.historyEntries += ctx.writeHistory('member', householdMembers, id, [{ row: memberRow, at: created }]);
    };
    member({
      personId: head.id,
      idNumber: head.idNumber,
      name: head.name,
      sex: head.sex,
      birthDate: head.birthDate,
      relation: '02',
      labourCapacity: '1',
      employed: final.stage === 'cleared',
    });
    const spouseSex = head.sex === '1' ? '2' : '1';
    const spouseBirth = birthDateForAge(rng, appliedOn, rng.int(30, 49));
    member({
      personId: null,
      idNumber: idNumberFor(rng, ctx.township.countyCode, spouseBirth, spouseSex, taken),
      name: personName(rng, spouseSex, '01'),
      sex: spouseSex,
      birthDate: spouseBirth,
      relation: '10',
      labourCapacity: rng.chance(0.8) ? '1' : '2',
      employed: false,
    });
    if (rng.chance(0.5)) {
      const sex = rng.chance(0.5) ? '1' : '2';
      const elder = rng.chance(0.4);
      const birth = birthDateForAge(rng, appliedOn, elder ? rng.int(68, 85) : rng.int(6, 15));
      member({
        personId: null,
        idNumber: idNumberFor(rng, ctx.township.countyCode, birth, sex, taken),
        name: personName(rng, sex, '01'),
        sex,
        birthDate: birth,
        relation: elder ? '50' : sex === '1' ? '20' : '30',
        labourCapacity: '3', // an elder or a child of school age: not counted for the zero-employment test
        employed: false,
      });
    }
    made += 1;
  }
  return made;
}
