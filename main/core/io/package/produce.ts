import { endOfDayChinaMs, quarterRange, type IsoDate, type Quarter } from '@shared/domain/dates';
import type { Store } from '../../context';
import { getSetting } from '../../services/settings';
import type { ChangeTracker } from './changes';
import type { Row } from './fields';
import { actionRow, householdRow, isReported, memberRow, personRow } from './rows';
import { statesAt, type Snapshot } from './snapshot';

export type PackagePeriod = { year: number; quarter: Quarter; start: IsoDate; end: IsoDate };

export function packagePeriod(year: number, quarter: Quarter): PackagePeriod {
  return { year, quarter, ...quarterRange(year, quarter) };
}

/** Receives the package's rows table by table, in the order of the files (persons, households, members, actions). */
export type RowSink = {
  person(row: Row, snapshot: Snapshot): void;
  household(row: Row, snapshot: Snapshot): void;
  member(row: Row): void;
  action(row: Row, snapshot: Snapshot): void;
};

/**
 * The rows of the quarter's package, from the state at the period's last day 24:00 China time, with their change
 * flags. The one code path behind the county package, the statistics screen and `cli stats`: the figures the
 * station sees are the figures the county recomputes.
 */
/** The fields of each record kind to read; all when absent (the package), a few for the statistics. */
export type Projection = Partial<Record<'person' | 'household' | 'member' | 'assistance', readonly string[]>>;

export function producePackageRows(
  store: Store,
  period: PackagePeriod,
  tracker: ChangeTracker,
  sink: RowSink,
  projection: Projection = {},
): void {
  const endMs = endOfDayChinaMs(period.end);
  const rules = getSetting(store, 'ageRules');

  // households and their members are few (thousands): hold them while the persons stream by
  const households = [...statesAt(store, 'household', endMs, undefined, projection.household)].filter((h) =>
    isReported(h, period),
  );
  const reportedHouseholds = new Set(households.filter((h) => !h.deletedAt).map((h) => h.id));
  const listedHouseholds = new Set(households.map((h) => h.id));
  const members = new Map<number, Snapshot[]>();
  for (const member of statesAt(store, 'member', endMs, undefined, projection.member)) {
    const householdId = member.householdId as number;
    if (!listedHouseholds.has(householdId)) continue;
    const list = members.get(householdId);
    if (list) list.push(member);
    else members.set(householdId, [member]);
  }
  const householdOfPerson = new Map<number, number>();
  for (const household of households) {
    if (household.deletedAt) continue;
    for (const member of members.get(household.id) ?? []) {
      if (member.removedAt || typeof member.personId !== 'number') continue;
      // someone who was in a revoked household before belongs to the live one
      if (!householdOfPerson.has(member.personId) || household.stage !== 'revoked') {
        householdOfPerson.set(member.personId, household.id);
      }
    }
  }

  const reportedPersons = new Set<number>();
  for (const person of statesAt(store, 'person', endMs, undefined, projection.person)) {
    const key = String(person.id);
    const row = personRow(person, period, householdOfPerson.get(person.id) ?? null);
    if (person.deletedAt) {
      if (!tracker.wasReported('person', key)) continue;
      row.change = 'D';
    } else {
      if (typeof person.registeredOn !== 'string' || person.registeredOn > period.end) continue;
      row.change = tracker.flag('person', key, row);
      reportedPersons.add(person.id);
    }
    sink.person(row, person);
  }

  const memberRows: Row[] = [];
  for (const household of households) {
    const key = String(household.id);
    const list = members.get(household.id) ?? [];
    const kept = household.deletedAt ? [] : list.filter((m) => !m.removedAt && !m.deletedAt);
    const row = householdRow(household, kept.length);
    if (household.deletedAt) {
      if (!tracker.wasReported('household', key)) continue;
      row.change = 'D';
    } else {
      row.change = tracker.flag('household', key, row);
    }
    sink.household(row, household);
    for (const member of list) {
      const memberKey = String(member.id);
      const values = memberRow(member, period, rules, reportedPersons);
      if (member.removedAt || member.deletedAt || household.deletedAt) {
        if (!tracker.wasReported('member', memberKey)) continue;
        values.change = 'D';
      } else {
        values.change = tracker.flag('member', memberKey, values);
      }
      memberRows.push(values);
    }
  }
  memberRows.forEach((row) => sink.member(row));

  const inPeriod = (row: Snapshot) =>
    typeof row.date === 'string' && row.date >= period.start && row.date <= period.end && !row.deletedAt;
  const filter = {
    sql: 'date BETWEEN ? AND ? AND deleted_at IS NULL',
    params: [period.start, period.end],
    test: inPeriod,
  };
  for (const action of statesAt(store, 'assistance', endMs, filter, projection.assistance)) {
    const personOk = typeof action.personId === 'number' && reportedPersons.has(action.personId);
    const householdOk = typeof action.householdId === 'number' && reportedHouseholds.has(action.householdId);
    if (!personOk && !householdOk) continue; // an action for a record the county does not receive is not reported
    const row = actionRow(action);
    if (!personOk) row.person_id = null;
    if (!householdOk) row.household_id = null;
    sink.action(row, action);
  }
}
