import type { SexCode } from '@shared/codes/index';
import type { IsoDate } from '@shared/domain/dates';
import type { Actor, Store } from '../../context';
import type { Township } from '../township';
import type { Rng } from './random';
import type { historyWriter } from './writer';

/** A person the demo created, as later generators (households, assistance actions) need them. */
export type DemoPerson = {
  id: number;
  idNumber: string;
  name: string;
  sex: SexCode;
  birthDate: IsoDate;
  villageCode: string | null;
  status: string;
  registeredOn: IsoDate;
};

/** What every generator works with; each adds what it created for the generators after it. */
export type DemoContext = {
  store: Store;
  actor: Actor;
  seed: string;
  /** The day the demo pretends it is: every date written lies on or before it. */
  today: IsoDate;
  township: Township;
  villages: { code: string; name: string }[];
  /**
   * An independent random stream per entity kind, so adding a generator later leaves the persons of a seed as
   * they were.
   */
  rng(kind: string): Rng;
  writeHistory: ReturnType<typeof historyWriter>;
  /** Number of change_log entries written so far. */
  historyEntries: number;
  persons: DemoPerson[];
};
