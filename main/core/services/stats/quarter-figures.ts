import { endOfDayChinaMs, type Quarter, type YearQuarter } from '@shared/domain/dates';
import type { Store } from '../../context';
import { packagePeriod } from '../../io/package/produce';
import { countQuarter, type QuarterFigures } from './count-quarter';
import { historyStamp, keepFigures, keptFigures } from './kept-figures';

export type { QuarterFigures } from './count-quarter';

/**
 * A quarter's figures, counted from the history only when they have to be: from memory while the history up to the
 * quarter's end is unchanged, else from the figures kept in the database (the last start's, or the idle refresher's),
 * else counted and kept. `keys` asks for the records behind each number (the drill-down), which only a count has.
 */
export function quarterFigures(
  store: Store,
  year: number,
  quarter: Quarter,
  options: { keys?: boolean } = {},
): QuarterFigures {
  const period = packagePeriod(year, quarter);
  const stamp = historyStamp(store, endOfDayChinaMs(period.end));
  const key = `${year}Q${quarter}`;
  const cache = cacheOf(store);
  const hit = cache.get(key);
  if (hit && hit.stamp === stamp && (hit.figures.withKeys || !options.keys)) return hit.figures;
  const kept = options.keys ? null : keptFigures(store, key, stamp, period);
  const figures = kept ?? countQuarter(store, period);
  if (!kept) keepFigures(store, key, stamp, figures);
  cache.set(key, { stamp, figures });
  return figures;
}

/**
 * Counts the first of `quarters` whose kept figures no longer match the history, and keeps them; returns that
 * quarter, or null when all are up to date. One quarter per call, so an idle refresher never holds the station for
 * longer than one count.
 */
export function refreshOneStaleQuarter(store: Store, quarters: readonly YearQuarter[]): YearQuarter | null {
  for (const { year, quarter } of quarters) {
    const period = packagePeriod(year, quarter);
    const key = `${year}Q${quarter}`;
    const stamp = historyStamp(store, endOfDayChinaMs(period.end));
    if (cacheOf(store).get(key)?.stamp === stamp || keptFigures(store, key, stamp, period)) continue;
    quarterFigures(store, year, quarter);
    return { year, quarter };
  }
  return null;
}

type Cached = { stamp: string; figures: QuarterFigures };
// by connection, not by store: a restore gives the store a new connection to another history, so nothing counted
// from the old one may answer for it, however its stamp looks
const caches = new WeakMap<Store['sqlite'], Map<string, Cached>>();
function cacheOf(store: Store): Map<string, Cached> {
  let cache = caches.get(store.sqlite);
  if (!cache) caches.set(store.sqlite, (cache = new Map<string, Cached>()));
  return cache;
}
