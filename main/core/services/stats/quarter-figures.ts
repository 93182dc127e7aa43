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
  return figuresOf(store, year, quarter, options.keys ?? false).figures;
}

/**
 * Counts the first of `quarters` whose figures are neither in memory nor kept for the current history, and keeps
 * them; returns that quarter, or null when all are up to date. One quarter per call, so an idle refresher never
 * holds the station for longer than one count.
 */
export function refreshOneStaleQuarter(store: Store, quarters: readonly YearQuarter[]): YearQuarter | null {
  for (const { year, quarter } of quarters) {
    if (figuresOf(store, year, quarter, false).counted) return { year, quarter };
  }
  return null;
}

/** The figures, and whether they had to be counted (neither in memory nor kept for this history). */
function figuresOf(
  store: Store,
  year: number,
  quarter: Quarter,
  keys: boolean,
): { figures: QuarterFigures; counted: boolean } {
  const period = packagePeriod(year, quarter);
  const stamp = historyStamp(store, endOfDayChinaMs(period.end));
  const key = `${year}Q${quarter}`;
  const cache = cacheOf(store);
  const hit = cache.get(key);
  if (hit && hit.stamp === stamp && (hit.figures.withKeys || !keys)) return { figures: hit.figures, counted: false };
  const kept = keys ? null : keptFigures(store, key, stamp, period);
  const figures = kept ?? countQuarter(store, period);
  if (!kept) keepFigures(store, key, stamp, figures);
  cache.set(key, { stamp, figures });
  return { figures, counted: kept === null };
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
