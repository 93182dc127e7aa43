import { IndicatorCounter } from '@shared/domain/indicators';
import type { Store } from '../../context';
import { ChangeTracker } from '../../io/package/changes';
import { producePackageRows, type PackagePeriod, type Projection } from '../../io/package/produce';

export type QuarterFigures = {
  total: IndicatorCounter;
  byVillage: Map<string, IndicatorCounter>;
  /** whether `keys` (the records behind each number) were kept: figures restored from the database have none */
  withKeys: boolean;
};

/**
 * Counts a quarter through the package's own row producer (one code path with indicators.csv), for the whole
 * township and split by village, keeping the records behind each number for the drill-down.
 */
export function countQuarter(store: Store, period: PackagePeriod): QuarterFigures {
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
    new ChangeTracker(store, null, false),
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
  return { total, byVillage, withKeys: true };
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
