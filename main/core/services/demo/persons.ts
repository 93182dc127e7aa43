// Demo persons, written through the register's rules: each plan passes the contract's schema (personFields) and
// the ID check as 人员登记 does, its values come from the same builders as personValues (checked against it on a
// sample), and each later step passes the checks of its service. A rule the generator breaks is a bug here, so it
// stops the run instead of writing the row.

import { AppError, personFields } from '@shared/contract';
import { addMonths, quarterOf, quarterRange, startOfDayChinaMs, type IsoDate } from '@shared/domain/dates';
import { persons } from '../../db/schema';
import { getSetting } from '../settings';
import { checkIdNumber, FieldProblems } from '../persons/validate';
import type { DemoContext } from './context';
import { planPerson, type PersonPlan, type PlanSettings } from './person-plan';
import { stepsOf, type PersonRow } from './person-steps';
import { assertSameAsService, registrationValues, SERVICE_CHECK_EVERY } from './person-values';
import { weightedPicker, type Rng } from './random';
import { rowInserter, type RecordVersion } from './writer';

export function generatePersons(ctx: DemoContext, count: number): number {
  const rng = ctx.rng('persons');
  const settings = planSettings(ctx, rng);
  const insert = rowInserter(ctx.store, persons);
  for (let index = 0; index < count; index += 1) {
    const plan = planPerson(rng, settings);
    const versions = personVersions(ctx, rng, plan, index);
    const last = versions[versions.length - 1]!.row as PersonRow;
    const id = insert(last);
    ctx.historyEntries += ctx.writeHistory('person', persons, id, versions);
    ctx.persons.push({
      id,
      idNumber: last.idNumber,
      name: last.name,
      sex: plan.sex,
      birthDate: last.birthDate,
      villageCode: last.villageCode,
      status: last.status,
      registeredOn: plan.fields.registeredOn,
    });
  }
  return count;
}

function planSettings(ctx: DemoContext, rng: Rng): PlanSettings {
  const { store, today } = ctx;
  // registrations over the four quarters before today's, and today's quarter so far
  const current = quarterOf(today);
  const windowStart = addMonths(quarterRange(current.year, current.quarter).start, -12);
  // communities are larger than villages; each village gets a size of its own so the village filter varies
  const pickVillage = weightedPicker(
    ctx.villages.map(
      (village) => [village, (village.name.endsWith('社区') ? 2 : 1) * (0.6 + rng.next() * 0.8)] as const,
    ),
  );
  const taken = store.sqlite.prepare('SELECT id_number FROM persons WHERE deleted_at IS NULL').pluck().all();
  return {
    today,
    windowStart,
    region: ctx.township.countyCode,
    townshipName: ctx.township.name,
    pickVillage,
    ageRules: getSetting(store, 'ageRules'),
    difficulty: getSetting(store, 'difficulty'),
    followUpDays: getSetting(store, 'followUpDays'),
    takenIds: new Set(taken as string[]),
  };
}

/** The saved states of one person, from registration to the latest step, each with the moment it was saved. */
function personVersions(ctx: DemoContext, rng: Rng, plan: PersonPlan, index: number): RecordVersion[] {
  const { store, actor } = ctx;
  try {
    const fields = personFields.parse(plan.fields);
    const problems = new FieldProblems();
    const id = checkIdNumber(store, fields.idNumber, problems);
    if (!id) return problems.throwIfAny() as never;
    const values = registrationValues(id, fields);
    if (index % SERVICE_CHECK_EVERY === 0) assertSameAsService(store, id, fields, values);
    const at = savedAt(ctx, rng, fields.registeredOn, 0);
    let row: PersonRow = {
      ...values,
      idNumber: id.idNumber,
      status: '1',
      employedOn: null,
      employmentType: null,
      employer: null,
      cancelledOn: null,
      cancelReason: null,
      cancelNote: null,
      difficulty: null,
      difficultyOn: null,
      difficultyExitOn: null,
      difficultyExitReason: null,
      deletedAt: null,
      deleteReason: null,
      mergedIntoId: null,
      version: 1,
      createdAt: at,
      createdBy: actor.userId,
      updatedAt: at,
      updatedBy: actor.userId,
    };
    const versions: RecordVersion[] = [{ row, at }];
    for (const step of stepsOf(store, plan)) {
      const stepProblems = new FieldProblems();
      step.check(row, stepProblems);
      stepProblems.throwIfAny();
      const stepAt = savedAt(ctx, rng, step.on, row.updatedAt);
      row = { ...row, ...step.changes, version: row.version + 1, updatedAt: stepAt, updatedBy: actor.userId };
      versions.push({ row, at: stepAt });
    }
    return versions;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new AppError('INTERNAL', `演示数据第 ${index + 1} 人（${plan.fields.name}）不符合登记规则：${message}`);
  }
}

/**
 * A moment in office hours (08:30–17:30 China time) on `date`, after the record's previous save and never after
 * the clock: history is read back in time order.
 */
function savedAt(ctx: DemoContext, rng: Rng, date: IsoDate, previous: number): number {
  const inOffice = startOfDayChinaMs(date) + rng.int(510, 1049) * 60_000 + rng.int(0, 59) * 1000;
  return Math.min(Math.max(inOffice, previous + 60_000), ctx.store.now());
}
