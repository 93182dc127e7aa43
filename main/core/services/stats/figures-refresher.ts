import { previousQuarters, quarterOf, todayInChina, type YearQuarter } from '@shared/domain/dates';
import { lastActivity } from '../../activity';
import type { Store } from '../../context';
import { prepared } from '../../db/statements';
import { refreshOneStaleQuarter } from './quarter-figures';

/** The quarters the statistics screen opens on: the current one and the eight before it (its trend and the last's). */
export function refreshedQuarters(store: Store): YearQuarter[] {
  const now = quarterOf(todayInChina(store.now()));
  return [now, ...previousQuarters(now.year, now.quarter, 8)];
}

export type FiguresRefresher = { stop(): void };

/**
 * Counts, while nobody is using the station, the quarters whose kept figures no longer match the history, one quarter
 * per tick: the statistics screen then opens on figures already counted instead of counting 100,000 persons while
 * the clerk waits. It runs on the thread that owns the database (a count blocks it for a second or two), so it waits
 * until the last call is `idleMs` old and checks again between quarters; a call that arrives during a count waits
 * for that one count only. `storeOf` gives the open store, or null in recovery mode.
 */
export function startFiguresRefresher(
  storeOf: () => Store | null,
  options: { idleMs?: number; intervalMs?: number } = {},
): FiguresRefresher {
  const idleMs = options.idleMs ?? 5000;
  let checkedUpTo = -1;
  const tick = () => {
    const store = storeOf();
    if (!store?.sqlite.open || Date.now() - lastActivity(store) < idleMs) return;
    // nothing recorded since the last check that found every quarter up to date: nothing to do
    const last =
      (prepared(store.sqlite, 'SELECT max(id) AS id FROM change_log').get() as { id: number | null }).id ?? 0;
    if (last === checkedUpTo) return;
    try {
      if (refreshOneStaleQuarter(store, refreshedQuarters(store)) === null) checkedUpTo = last;
    } catch (error) {
      console.warn('[stats] 后台统计失败，打开统计分析时再统计：', error instanceof Error ? error.message : error);
      checkedUpTo = last;
    }
  };
  const timer = setInterval(tick, options.intervalMs ?? 2000);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
