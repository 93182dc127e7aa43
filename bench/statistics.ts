// A quarter's indicators at full size (100,000 persons, 200,000 actions), as the clerk meets them: counting a past
// quarter from the history takes seconds, so the program counts recent quarters while the station is idle and keeps
// them (quarter_figures); what the clerk waits for after starting the program is the kept figures (budget: 300 ms).
// The count itself is measured too, and reported without a budget: it is what the idle refresher spends.
import path from 'node:path';
import type { YearQuarter } from '@shared/domain/dates';
import { openCore } from '@core/open-core';
import { sourceResourcesDir } from '@core/paths';
import { refreshedQuarters } from '@core/services/stats/figures-refresher';
import { refreshOneStaleQuarter } from '@core/services/stats/quarter-figures';
import { createSession } from '@core/session';
import { DEMO_HEAD_PASSWORD, DEMO_SETUP } from '@core/services/demo/index';
import type { BenchStation } from './station';
import type { Store } from '@core/context';
import type { Figure } from './types';

const BUDGET_MS = 300;

export async function statisticsFigures(
  station: BenchStation,
  quarter: YearQuarter,
  persons: number,
  log: (line: string) => void,
): Promise<Figure[]> {
  const ask = async (core: Pick<BenchStation, 'core' | 'session'>) => {
    const started = performance.now();
    const result = await core.core.dispatch(core.session, 'stats:quarter', quarter);
    if (!result.ok) throw new Error(result.error.message);
    return performance.now() - started;
  };
  log('统计指标：从变更记录统计一个季度……');
  const recount = await ask(station);
  log('统计指标：空闲时统计近 9 个季度……');
  const started = performance.now();
  const counted = countRecentQuarters(station.core.store);
  const refresh = performance.now() - started;

  log('统计指标：重新启动程序后打开……');
  station.core.store.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  const restarted = openCore({ dbPath: station.dbPath, migrationsDir: path.join(sourceResourcesDir(), 'migrations') });
  try {
    const session = createSession();
    const login = await restarted.dispatch(session, 'auth:login', {
      username: DEMO_SETUP.head.username,
      password: DEMO_HEAD_PASSWORD,
    });
    if (!login.ok) throw new Error(login.error.message);
    const first = await ask({ core: restarted, session });
    const again = await ask({ core: restarted, session });
    return [
      {
        name: 'stats.quarter-recount',
        label: `从变更记录统计一个季度（${persons} 人，空闲时在后台进行）`,
        value: Math.round(recount),
        unit: 'ms',
        budget: null,
      },
      {
        name: 'stats.idle-refresh',
        label: `空闲时统计近 9 个季度（统计了 ${counted} 个）`,
        value: Math.round(refresh / 100) / 10,
        unit: 's',
        budget: null,
      },
      {
        name: 'stats.quarter-cold',
        label: '程序启动后第一次取一个季度的全部指标',
        value: Math.round(first),
        unit: 'ms',
        budget: BUDGET_MS,
      },
      { name: 'stats.quarter-warm', label: '再次取同一季度', value: Math.round(again), unit: 'ms', budget: BUDGET_MS },
    ];
  } finally {
    restarted.close();
  }
}

/** Counts every stale recent quarter, as the idle refresher does one tick at a time; returns how many it counted. */
export function countRecentQuarters(store: Store): number {
  const quarters = refreshedQuarters(store);
  let counted = 0;
  while (refreshOneStaleQuarter(store, quarters)) counted += 1;
  return counted;
}
