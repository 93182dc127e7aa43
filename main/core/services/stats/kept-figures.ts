import { z } from 'zod';
import { INDICATOR_CODES, IndicatorCounter, type CounterState } from '@shared/domain/indicators';
import type { Store } from '../../context';
import { prepared } from '../../db/statements';
import type { PackagePeriod } from '../../io/package/produce';
import { APP_VERSION } from '../../version';
import type { QuarterFigures } from './count-quarter';

/**
 * Raise when the counting changes (shared/domain/indicators.ts, io/package/rows.ts, produce.ts, snapshot.ts) within
 * one release: figures kept under another version are counted again. A new release recounts anyway (APP_VERSION).
 */
const FIGURES_VERSION = 1;

/**
 * What the state at `endMs` depends on: the history entries up to then, and corrections made since (plus the
 * counting's version). Work done today therefore leaves the figures of past quarters valid; only the current quarter
 * is counted again.
 */
export function historyStamp(store: Store, endMs: number): string {
  const upTo = prepared(
    store.sqlite,
    'SELECT count(*) AS n, coalesce(max(id), 0) AS last FROM change_log WHERE at <= ?',
  ).get(endMs) as { n: number; last: number };
  const corrected = prepared(
    store.sqlite,
    `SELECT coalesce(max(id), 0) AS last FROM change_log INDEXED BY change_log_corrections_idx
     WHERE at > ? AND source = 'correction'`,
  ).get(endMs) as { last: number };
  return `${APP_VERSION}/${FIGURES_VERSION}:${upTo.n}:${upTo.last}:${corrected.last}`;
}

const counterState = z.object({
  counts: z.object(Object.fromEntries(INDICATOR_CODES.map((code) => [code, z.number().int()]))),
  placed: z.number().int(),
  subsidyFen: z.number().int(),
  loans: z.number().int(),
  loanFen: z.number().int(),
});
const keptShape = z.object({ total: counterState, byVillage: z.record(z.string(), counterState) });

/** The figures kept for the quarter if they were counted from the same history; null otherwise. */
export function keptFigures(
  store: Store,
  quarter: string,
  stamp: string,
  period: PackagePeriod,
): QuarterFigures | null {
  const row = prepared(store.sqlite, 'SELECT stamp, figures FROM quarter_figures WHERE quarter = ?').get(quarter) as
    { stamp: string; figures: string } | undefined;
  if (!row || row.stamp !== stamp) return null;
  let parsed: z.infer<typeof keptShape>;
  try {
    parsed = keptShape.parse(JSON.parse(row.figures));
  } catch {
    return null; // unreadable kept figures are only a recount
  }
  const restore = (state: CounterState) => IndicatorCounter.fromState(period, state);
  return {
    total: restore(parsed.total as CounterState),
    byVillage: new Map(Object.entries(parsed.byVillage).map(([code, state]) => [code, restore(state as CounterState)])),
    withKeys: false,
  };
}

/** Keeps counted figures for the next time (and the next start of the program). */
export function keepFigures(store: Store, quarter: string, stamp: string, figures: QuarterFigures): void {
  const json = JSON.stringify({
    total: figures.total.state(),
    byVillage: Object.fromEntries([...figures.byVillage].map(([code, counter]) => [code, counter.state()])),
  });
  try {
    prepared(
      store.sqlite,
      `INSERT INTO quarter_figures (quarter, stamp, figures, computed_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (quarter) DO UPDATE SET stamp = excluded.stamp, figures = excluded.figures,
       computed_at = excluded.computed_at`,
    ).run(quarter, stamp, json, store.now());
  } catch (error) {
    // derived data: a database that cannot take the write (busy, read-only) still gets its figures, counted again
    console.warn('[stats] 统计结果未能保存，下次将重新统计：', error instanceof Error ? error.message : error);
  }
}
