// `npm run serve`: the same app in a browser, over the same handlers, on 127.0.0.1 only.
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { AppError } from '@shared/contract';
import { startFiguresRefresher } from '@core/services/stats/figures-refresher';
import { openStation, type Station } from '@core/station';
import { defaultDbPath, sourceResourcesDir } from '@core/paths';
import { createBridgeServer } from './server';

const { values } = parseArgs({
  options: {
    db: { type: 'string' },
    port: { type: 'string', default: process.env.LABOUR_STATION_PORT ?? '5180' },
    // serve never opens a browser by itself; the flag is accepted so scripts can say so explicitly
    'no-open': { type: 'boolean', default: true },
    // demos and end-to-end tests of past quarters: the app's clock starts at 10:00 China time of this day
    today: { type: 'string' },
  },
  strict: true,
});

const dbPath = path.resolve(values.db ?? defaultDbPath());
const clock = clockFrom(values.today);

function clockFrom(today: string | undefined): (() => number) | undefined {
  if (today === undefined) return undefined;
  const start = Date.parse(`${today}T10:00:00+08:00`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today) || Number.isNaN(start)) {
    console.error(`--today 应为 YYYY-MM-DD：${today}`);
    process.exit(2);
  }
  const startedAt = Date.now();
  return () => start + (Date.now() - startedAt);
}
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`端口号无效：${values.port}`);
  process.exit(2);
}

// A damaged database does not stop the bridge: it serves the recovery channels, and the renderer shows its recovery
// page on DB_DAMAGED. Only a database from a newer program (or an unexpected failure) ends it with exit code 3.
function open(): Station {
  try {
    const station = openStation({
      dbPath,
      migrationsDir: path.join(sourceResourcesDir(), 'migrations'),
      ...(clock ? { now: clock } : {}),
    });
    if (station.problem) console.error(`${station.problem}\n已进入恢复模式，请在页面上选择备份恢复。`);
    return station;
  } catch (error) {
    console.error(error instanceof AppError ? error.message : error);
    process.exit(3);
  }
}
const core = open();
// the statistics of the current and recent quarters are counted while the station is idle, so 统计分析 opens at once
const refresher = startFiguresRefresher(() => core.core?.store ?? null);

const server = createBridgeServer({
  core,
  rendererDir: path.resolve(sourceResourcesDir(), '..', 'build', 'renderer'),
  token: randomBytes(24).toString('hex'),
});

server.listen(port, '127.0.0.1', () => {
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  console.log(`劳动保障站实名制台账（浏览器模式）已启动，数据库：${dbPath}`);
  console.log(`LABOUR_STATION_URL=http://127.0.0.1:${actual}/`);
});

function shutdown(): void {
  refresher.stop();
  server.close();
  core.close();
  process.exit(0);
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
