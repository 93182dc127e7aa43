import { describe, expect, it } from 'vitest';
import { persons as personsTable } from '@core/db/schema';
import { createRng } from '@core/services/demo/random';
import { generateDemo, type DemoOptions } from '@core/services/demo/index';
import { personName, SURNAME_WEIGHTS } from '@core/services/demo/names';
import { FieldProblems, personValues } from '@core/services/persons/validate';
import { personFields, type PersonFields } from '@shared/contract';
import { addDays, compareDates } from '@shared/domain/dates';
import { splitDifficultyCodes } from '@shared/domain/difficulty';
import { parseDisabilityCert } from '@shared/domain/disability-cert';
import { ageAt, parseIdNumber } from '@shared/domain/id-number';
import { parsePhone } from '@shared/domain/phone';
import { namePinyin } from '@shared/domain/pinyin';
import { makeCore, makeSetUpCore, testClock, type TestCore } from '../helpers/core';
import { makeId } from '../helpers/ids';

const TODAY = '2026-11-21'; // the test clock's day
function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

type Entry = { entityId: number; version: number; op: string; at: number; before: string | null; after: string | null };

async function demoCore(options: Partial<DemoOptions> = {}): Promise<TestCore> {
  const core = await makeSetUpCore({ now: testClock().now });
  generateDemo(core.store, { persons: 300, seed: 'test', ...options });
  return core;
}

const allPersons = (core: TestCore) => core.store.db.select().from(personsTable).all();
const historyOf = (core: TestCore) =>
  core.store.sqlite
    .prepare(
      "SELECT entity_id AS entityId, version, op, at, before, after FROM change_log WHERE entity = 'person' ORDER BY id",
    )
    .all() as Entry[];

describe('demo data', () => {
  it('gives every person a valid ID number of the county that agrees with sex and birth date', async () => {
    const core = await demoCore();
    const rows = allPersons(core);
    expect(rows).toHaveLength(300);
    for (const row of rows) {
      const parsed = parseIdNumber(row.idNumber, TODAY);
      expect(parsed.ok, `${row.name} ${row.idNumber}`).toBe(true);
      if (!parsed.ok) continue;
      expect(parsed.value).toMatchObject({
        idNumber: row.idNumber,
        sex: row.sex,
        birthDate: row.birthDate,
        regionCode: '431025',
      });
      const age = ageAt(row.birthDate, row.registeredOn!)!;
      expect(age).toBeGreaterThanOrEqual(16);
      expect(age).toBeLessThan(row.sex === '1' ? 60 : 50); // the default retirement ages: registration refused beyond
    }
    expect(new Set(rows.map((row) => row.idNumber)).size).toBe(300);
  });

  it('builds exactly the values the register service builds, names and phones included', async () => {
    const core = await demoCore();
    for (const row of allPersons(core)) {
      const fields: PersonFields = personFields.parse({ ...row, idNumber: row.idNumber });
      const problems = new FieldProblems();
      const id = { idNumber: row.idNumber, sex: row.sex as '1' | '2', birthDate: row.birthDate, regionCode: '431025' };
      const expected = personValues(core.store, id, { ...fields, lastContactOn: row.lastContactOn }, problems);
      expect(problems.fields).toEqual({});
      expect(row).toMatchObject(expected);
      expect({ initials: row.nameInitials, full: row.namePinyin }).toEqual(namePinyin(row.name));
      if (row.phone) expect(parsePhone(row.phone)).toMatchObject({ ok: true, kind: 'mobile' });
    }
  });

  it('keeps statuses and dates in order', async () => {
    const core = await demoCore();
    const rows = allPersons(core);
    const before = (a: string | null, b: string | null) => a !== null && b !== null && compareDates(a, b) <= 0;
    const windowStart = '2025-10-01'; // four quarters before 2026Q4
    for (const row of rows) {
      const registered = row.registeredOn!;
      expect(before(windowStart, registered) && before(registered, TODAY), row.name).toBe(true);
      expect(before(registered, row.lastContactOn) && before(row.lastContactOn, TODAY)).toBe(true);
      if (row.status === '1') expect([row.employedOn, row.cancelledOn]).toEqual([null, null]);
      if (row.status === '2') {
        expect(before(addDays(registered, 7), row.employedOn) && before(row.employedOn, TODAY)).toBe(true);
        expect(row.employmentType).toMatch(/^[1-69]$/);
        expect(row.cancelledOn).toBeNull();
      }
      if (row.status === '3') {
        expect(before(addDays(registered, 7), row.cancelledOn) && before(row.cancelledOn, TODAY)).toBe(true);
        expect(row.cancelReason).toMatch(/^[2-9]$/);
        if (row.cancelReason === '2') expect(ageAt(row.birthDate, row.cancelledOn!)).toBeGreaterThanOrEqual(50);
      }
      if (row.difficulty) {
        const end = row.employedOn ?? row.cancelledOn;
        expect(before(registered, row.difficultyOn)).toBe(true);
        if (end) expect(compareDates(row.difficultyOn!, end)).toBeLessThan(0);
        const codes = splitDifficultyCodes(row.difficulty);
        expect(codes.length).toBeGreaterThan(0);
        if (codes.includes('02')) expect(row.disabilityCert).not.toBeNull();
        if (codes.includes('01'))
          expect(ageAt(row.birthDate, row.difficultyOn!)).toBeGreaterThanOrEqual(row.sex === '1' ? 50 : 45);
        expect(codes.every((code) => ['01', '02', '04', '05', '06', '07'].includes(code))).toBe(true);
        expect(row.difficultyExitOn).toBe(row.status === '3' ? row.cancelledOn : null);
      }
      if (row.disabilityCert) {
        const cert = parseDisabilityCert(row.disabilityCert, row.idNumber);
        expect(cert).toMatchObject({
          ok: true,
          value: { category: row.disabilityCategory, grade: row.disabilityGrade },
        });
      }
    }
    const share = (test: (row: (typeof rows)[number]) => boolean) => rows.filter(test).length / rows.length;
    expect(share((row) => row.status === '1')).toBeGreaterThan(0.45);
    expect(share((row) => row.status === '2')).toBeGreaterThan(0.25);
    expect(share((row) => row.status === '3')).toBeGreaterThan(0.04);
    expect(share((row) => row.difficulty !== null)).toBeGreaterThan(0.12);
    expect(share((row) => row.disabilityCert !== null)).toBeGreaterThan(0.02);
    expect(share((row) => row.ethnicity === '01')).toBeGreaterThan(0.8);
  });

  it('writes the history as the services do: a create, then one update per step, ending in the row', async () => {
    const core = await demoCore();
    // a person entered through the service, for the shape of its history entry
    await core.must('persons:create', {
      idNumber: makeId('19800315', '123'),
      name: '张三',
      registeredOn: '2026-03-02',
    });
    const entries = historyOf(core);
    const serviceKeys = Object.keys(JSON.parse(entries.at(-1)!.after!) as object);
    const byPerson = groupBy(entries, (entry) => entry.entityId);
    for (const row of allPersons(core).filter((person) => person.name !== '张三')) {
      const history = byPerson.get(row.id)!;
      expect(history.map((entry) => entry.op)).toEqual(['create', ...history.slice(1).map(() => 'update')]);
      expect(history.map((entry) => entry.version)).toEqual(history.map((_, index) => index + 1));
      expect(history[0]!.before).toBeNull();
      history.slice(1).forEach((entry, index) => expect(entry.before).toBe(history[index]!.after));
      const ats = history.map((entry) => entry.at);
      expect([...ats].sort((a, b) => a - b)).toEqual(ats);
      expect(Object.keys(JSON.parse(history[0]!.after!) as object)).toEqual(serviceKeys);
      expect(JSON.parse(history.at(-1)!.after!)).toEqual(row);
      expect(row.version).toBe(history.length);
      expect(JSON.parse(history[0]!.after!)).toMatchObject({
        status: '1',
        lastContactOn: row.registeredOn,
        difficulty: null,
      });
    }
    const first = allPersons(core)[0]!;
    const shown = await core.must('persons:history', { id: first.id });
    expect(shown[0]).toMatchObject({ op: 'create', userName: '演示数据', source: 'demo' });
    const audit = core.store.sqlite
      .prepare("SELECT detail FROM audit_log WHERE action = 'demo.generate'")
      .pluck()
      .all();
    expect(audit).toHaveLength(1);
  });

  it('is deterministic for a seed and adds to what is already there', async () => {
    const dump = (core: TestCore) => [allPersons(core), historyOf(core)];
    const a = await demoCore({ seed: 'same' });
    const b = await demoCore({ seed: 'same' });
    expect(dump(a)).toEqual(dump(b));
    const c = await demoCore({ seed: 'other' });
    expect(allPersons(c).map((row) => row.idNumber)).not.toEqual(allPersons(a).map((row) => row.idNumber));
    generateDemo(a.store, { persons: 200, seed: 'same' });
    expect(new Set(allPersons(a).map((row) => row.idNumber)).size).toBe(500);
  });

  it('dates everything on or before --today', async () => {
    const core = await demoCore({ today: '2026-06-30', persons: 100 });
    for (const row of allPersons(core)) {
      for (const date of [row.registeredOn, row.employedOn, row.cancelledOn, row.difficultyOn, row.lastContactOn]) {
        if (date) expect(compareDates(date, '2026-06-30')).toBeLessThanOrEqual(0);
      }
      expect(compareDates(row.registeredOn!, '2025-04-01')).toBeGreaterThanOrEqual(0);
    }
  });

  it('refuses a township that is not set up and a day after today', async () => {
    const bare = makeCore({ now: testClock().now });
    expect(() => generateDemo(bare.store, { persons: 1, seed: '1' })).toThrow(/尚未完成首次设置/);
    const core = await makeSetUpCore({ now: testClock().now });
    expect(() => generateDemo(core.store, { persons: 1, seed: '1', today: '2026-11-22' })).toThrow(/不能晚于今天/);
    expect(allPersons(core)).toHaveLength(0);
  });

  it('draws surnames by frequency, with the rare ones and their surname readings', () => {
    const rng = createRng('names');
    const names = Array.from({ length: 20_000 }, (_, i) => personName(rng, i % 2 ? '1' : '2', i % 500 ? '01' : '05'));
    const surnameOf = (name: string) =>
      SURNAME_WEIGHTS.find(([surname]) => name.startsWith(surname) && surname.length === 2)?.[0] ?? name[0]!;
    const counts = groupBy(names, surnameOf);
    expect(counts.get('王')!.length).toBeGreaterThan(counts.get('孔')!.length * 10);
    expect(names.filter((name) => name.includes('·')).length).toBe(40);
    const readings: Record<string, string> = {
      单: 'shan',
      曾: 'zeng',
      解: 'xie',
      仇: 'qiu',
      区: 'ou',
      朴: 'piao',
      欧阳: 'ouyang',
      司马: 'sima',
      诸葛: 'zhuge',
    };
    for (const [surname, reading] of Object.entries(readings)) {
      expect(
        SURNAME_WEIGHTS.some(([s]) => s === surname),
        surname,
      ).toBe(true);
      expect(namePinyin(`${surname}明`).full).toBe(`${reading}ming`);
    }
    for (const name of names) expect(personFields.shape.name.safeParse(name).success, name).toBe(true);
  });
});
