import { endOfDayChinaMs, type Quarter } from '@shared/domain/dates';
import { prepared } from '../../db/statements';
import { IndicatorCounter } from '@shared/domain/indicators';
import type { Store } from '../../context';
import { ChangeTracker } from '../../io/package/changes';
import { packagePeriod, producePackageRows, type Projection } from '../../io/package/produce';

export type QuarterFigures = {
  total: IndicatorCounter;
  byVillage: Map<string, IndicatorCounter>;
};

/**
 * The quarter's figures through the package's own row producer (one code path with indicators.csv), for the whole
 * township and split by village. Cached per quarter until the next change is recorded: past quarters are asked for
 * again and again by the trend chart, and nothing in them moves unless the history grows.
 */
export function quarterFigures(store: Store, year: number, quarter: Quarter): QuarterFigures {
  const period = packagePeriod(year, quarter);
  const stamp = historyStamp(store, endOfDayChinaMs(period.end));
  const cache = cacheOf(store);
  const key = `${year}Q${quarter}`;
  const hit = cache.get(key);
  if (hit && hit.stamp === stamp) return hit.figures;

  const total = new IndicatorCounter(period, true);
  const byVillage = new Map<string, IndicatorCounter>();
  const village = (code: string | null | undefined) => {
    const id = code ?? '';
    let counter = byVillage.get(id);
    if (!counter) byVillage.set(id, (counter = new IndicatorCounter(period, true)));
    return counter;
  };
  const villageOfPerson = new Map<string, string>();
  const villageOfHousehold = new Map<string, string>();
  producePackageRows(
    store,
    period,
    new ChangeTracker(store, null),
    {
      person: (row) => {
        villageOfPerson.set(row.person_id!, row.village_code ?? '');
        total.addPerson(row);
        village(row.village_code).addPerson(row);
      },
      household: (row) => {
        villageOfHousehold.set(row.household_id!, row.village_code ?? '');
        total.addHousehold(row);
        village(row.village_code).addHousehold(row);
      },
      member: () => undefined,
      action: (row) => {
        const code = row.person_id
          ? villageOfPerson.get(row.person_id)
          : villageOfHousehold.get(row.household_id ?? '');
        total.addAction(row);
        village(code).addAction(row);
      },
    },
    STATS_FIELDS,
  );
  const figures = { total, byVillage };
  cache.set(key, { stamp, figures });
  return figures;
}

/**
 * What the state at `endMs` depends on: the history entries up to then, and corrections made since. Work done today
 * therefore leaves the figures of past quarters cached; only the current quarter is counted again.
 */
function historyStamp(store: Store, endMs: number): string {
  const upTo = prepared(
    store.sqlite,
    'SELECT count(*) AS n, coalesce(max(id), 0) AS last FROM change_log WHERE at <= ?',
  ).get(endMs) as {
    n: number;
    last: number;
  };
  const corrected = prepared(
    store.sqlite,
    "SELECT coalesce(max(id), 0) AS last FROM change_log WHERE at > ? AND source = 'correction'",
  ).get(endMs) as { last: number };
  return `${upTo.n}:${upTo.last}:${corrected.last}`;
}

/**
 * What the indicators and the village split read of each record (personRow and householdRow fill the rest with
 * nothing): the same row producer and the same counter as the package, without reading whole rows.
 */
const STATS_FIELDS: Projection = {
  person: [
    'status',
    'registeredOn',
    'employedOn',
    'difficulty',
    'difficultyOn',
    'difficultyExitOn',
    'disabilityCert',
    'villageCode',
  ],
  household: ['stage', 'identifiedOn', 'deadline', 'clearedOn', 'clearedByPersonId', 'villageCode'],
  member: ['householdId', 'personId', 'removedAt', 'idNumber'],
  assistance: ['personId', 'householdId', 'type', 'date', 'amountFen', 'result'],
};

const caches = new WeakMap<Store, Map<string, { stamp: string; figures: QuarterFigures }>>();
function cacheOf(store: Store) {
  let cache = caches.get(store);
  if (!cache) caches.set(store, (cache = new Map<string, { stamp: string; figures: QuarterFigures }>()));
  return cache;
}
