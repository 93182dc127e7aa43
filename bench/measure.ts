import type { Figure } from './types';

/** Wall-clock percentiles (what the clerk waits) and the process's CPU time at p95 (what the query itself costs). */
export type Timing = { p50: number; p95: number; cpuP95: number; runs: number };

/** The value below which `share` of the sorted samples fall (nearest rank, as latency budgets are usually read). */
export function percentile(sorted: readonly number[], share: number): number {
  if (sorted.length === 0) throw new RangeError('没有样本');
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(share * sorted.length)));
  return sorted[rank - 1]!;
}

/**
 * Runs `task` `warmup` times unmeasured (statement and page caches warm, as on a clerk's second search), then
 * `runs` times measured one by one.
 */
export async function timeRepeated(task: () => Promise<unknown>, runs = 50, warmup = 5): Promise<Timing> {
  for (let i = 0; i < warmup; i += 1) await task();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const cpuStart = process.cpuUsage();
    const started = performance.now();
    await task();
    wall.push(performance.now() - started);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
  }
  wall.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  return { p50: percentile(wall, 0.5), p95: percentile(wall, 0.95), cpuP95: percentile(cpu, 0.95), runs };
}

/**
 * A query's figures: wall p50 (informational), wall p95 (held to the budget), and CPU p95 (informational: on a
 * machine busy with other work the wall time grows, the CPU time does not, so the two together tell which it was).
 */
export function latencyFigures(name: string, label: string, timing: Timing, budgetMs: number): Figure[] {
  const round = (ms: number) => Math.round(ms * 100) / 100;
  return [
    { name: `${name}.p50`, label: `${label} p50`, value: round(timing.p50), unit: 'ms', budget: null },
    { name: `${name}.p95`, label: `${label} p95`, value: round(timing.p95), unit: 'ms', budget: budgetMs },
    { name: `${name}.cpu-p95`, label: `${label} CPU p95`, value: round(timing.cpuP95), unit: 'ms', budget: null },
  ];
}
