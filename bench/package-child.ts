// Run by bench/package.ts in a process of its own, so the peak memory measured is the export's alone:
// opens the station, makes the quarter's package the way the 季度报送 wizard does (build + the county check), and
// prints {ms, maxRssMb, counts} as JSON.
import fs from 'node:fs';
import path from 'node:path';
import { openCore } from '@core/open-core';
import { sourceResourcesDir } from '@core/paths';
import { createCliSession } from '@core/session';

const [dbPath, quarter] = process.argv.slice(2);
const core = openCore({ dbPath: dbPath!, migrationsDir: path.join(sourceResourcesDir(), 'migrations') });
const started = performance.now();
const result = await core.dispatch(createCliSession('基准测试'), 'packages:export', {
  year: Number(quarter!.slice(0, 4)),
  quarter: Number(quarter!.slice(5)),
});
const ms = performance.now() - started;
core.close();
if (!result.ok) {
  console.error(result.error.message);
  process.exit(1);
}
const { counts } = result.value as { counts: Record<string, number> };
console.log(JSON.stringify({ ms, maxRssMb: peakRssMb(), counts }));

/**
 * This process's own peak resident memory. On Linux ru_maxrss (process.resourceUsage().maxRSS) of a process started by
 * fork and exec keeps the parent's size at the fork when that was larger, so the bench's parent — holding 100,000
 * persons' demo data, about 590 MB — was reported as the export's peak. VmHWM belongs to this process's memory alone.
 */
function peakRssMb(): number {
  try {
    const hwm = /^VmHWM:\s+(\d+) kB$/m.exec(fs.readFileSync('/proc/self/status', 'utf8'));
    if (hwm) return Number(hwm[1]) / 1024;
  } catch {
    // no /proc (not Linux): ru_maxrss is the best there is
  }
  return process.resourceUsage().maxRSS / 1024;
}
