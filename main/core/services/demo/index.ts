// Synthetic data for a township that is already set up: `npm run cli -- demo`, the benchmark and tests. Each kind
// of record has its generator in DEMO_GENERATORS, run in that order inside one transaction — households and
// assistance actions add theirs after persons and build on `ctx.persons`.

import { AppError } from '@shared/contract';
import { compareDates, isValidIsoDate, type IsoDate } from '@shared/domain/dates';
import type { Actor, Store } from '../../context';
import { appendAudit } from '../audit';
import { getTownship, listVillages } from '../township';
import { today as todayOf } from '../persons/validate';
import type { DemoContext } from './context';
import { generatePersons } from './persons';
import { generateHouseholds } from './households';
import { generateAssistance } from './assistance';
import { createRng } from './random';
import { historyWriter } from './writer';

export type { DemoContext, DemoPerson } from './context';
export { DEMO_HEAD_PASSWORD, DEMO_SETUP } from './township';

export type DemoOptions = {
  /** How many persons to register. */
  persons: number;
  /** How many zero-employment households (default: one for every 20 persons). */
  households?: number | undefined;
  /** How many assistance actions (default: two for every person). */
  actions?: number | undefined;
  /** The same seed on the same database gives the same records. */
  seed: string;
  /** The day the demo pretends it is (default: today); no later than the clock's today. */
  today?: IsoDate | undefined;
};

export type DemoGenerator = {
  kind: string;
  /** Shown in the CLI's summary. */
  label: string;
  /** Writes its records and returns how many. */
  generate: (ctx: DemoContext, options: DemoOptions) => number;
};

export const DEMO_GENERATORS: readonly DemoGenerator[] = [
  { kind: 'persons', label: '人员', generate: (ctx, options) => generatePersons(ctx, options.persons) },
  {
    kind: 'households',
    label: '零就业家庭',
    generate: (ctx, options) => generateHouseholds(ctx, options.households ?? Math.round(options.persons / 20)),
  },
  {
    kind: 'assistance',
    label: '援助记录',
    generate: (ctx, options) => generateAssistance(ctx, options.actions ?? options.persons * 2),
  },
];

export const DEMO_MAX_PERSONS = 1_000_000;

/** Marks every demo record in the history as such: a clerk reading 变更记录 sees it was generated. */
export const DEMO_ACTOR: Actor = { userId: null, userName: '演示数据', source: 'demo' };

export type DemoResult = {
  seed: string;
  today: IsoDate;
  counts: { kind: string; label: string; count: number }[];
  historyEntries: number;
  ms: number;
};

export function generateDemo(store: Store, options: DemoOptions): DemoResult {
  const started = performance.now();
  const township = getTownship(store);
  if (!township) throw new AppError('NOT_SETUP', '本机尚未完成首次设置，不能生成演示数据');
  const villages = listVillages(store).filter((village) => village.active);
  if (villages.length === 0) throw new AppError('INVALID_INPUT', '本乡镇没有在用的村（社区），不能生成演示数据');
  if (!Number.isInteger(options.persons) || options.persons < 0 || options.persons > DEMO_MAX_PERSONS) {
    throw new AppError('INVALID_INPUT', `人数应为 0 到 ${DEMO_MAX_PERSONS} 之间的整数`);
  }
  const clockToday = todayOf(store);
  const today = options.today ?? clockToday;
  if (!isValidIsoDate(today)) {
    throw new AppError('INVALID_INPUT', `日期 ${String(options.today)} 无效，应为 YYYY-MM-DD`);
  }
  if (compareDates(today, clockToday) > 0) {
    throw new AppError('INVALID_INPUT', `演示日期 ${today} 不能晚于今天（${clockToday}）：登记规则不允许未来的日期`);
  }

  const ctx: DemoContext = {
    store,
    actor: DEMO_ACTOR,
    seed: options.seed,
    today,
    township,
    villages: villages.map(({ code, name }) => ({ code, name })),
    rng: (kind) => createRng(`${options.seed}:${kind}`),
    writeHistory: historyWriter(store, DEMO_ACTOR),
    historyEntries: 0,
    persons: [],
  };
  const counts = withLargeCache(store, () =>
    store.sqlite
      .transaction(() => {
        const done = DEMO_GENERATORS.map((generator) => ({
          kind: generator.kind,
          label: generator.label,
          count: generator.generate(ctx, options),
        }));
        appendAudit(store, DEMO_ACTOR, {
          action: 'demo.generate',
          detail: { seed: options.seed, today, counts: Object.fromEntries(done.map((d) => [d.kind, d.count])) },
        });
        return done;
      })
      .immediate(),
  );
  return { seed: options.seed, today, counts, historyEntries: ctx.historyEntries, ms: performance.now() - started };
}

/**
 * One transaction of a hundred thousand persons dirties far more pages than SQLite's default 2 MB cache holds;
 * spilling them to the WAL mid-transaction and rewriting them costs a fifth of the run. The cache grows only as far
 * as the pages touched, and goes back to its setting afterwards.
 */
function withLargeCache<T>(store: Store, run: () => T): T {
  const setting = store.sqlite.pragma('cache_size', { simple: true }) as number;
  store.sqlite.pragma('cache_size = -524288'); // KiB: at most 512 MB
  try {
    return run();
  } finally {
    store.sqlite.pragma(`cache_size = ${setting}`);
  }
}
