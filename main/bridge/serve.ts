// `npm run serve`: the same app in a browser, over the same handlers, on 127.0.0.1 only.
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { AppError } from '@shared/contract';
import { openCore, type Core } from '@core/open-core';
import { defaultDbPath, sourceResourcesDir } from '@core/paths';
import { createBridgeServer } from './server';

const { values } = parseArgs({
  options: {
    db: { type: 'string' },
    port: { type: 'string', default: process.env.LABOUR_STATION_PORT ?? '5180' },
    // serve never opens a browser by itself; the flag is accepted so scripts can say so explicitly
    'no-open': { type: 'boolean', default: true },
  },
  strict: true,
});

const dbPath = path.resolve(values.db ?? defaultDbPath());
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`端口号无效：${values.port}`);
  process.exit(2);
}

function open(): Core {
  try {
    return openCore({ dbPath, migrationsDir: path.join(sourceResourcesDir(), 'migrations') });
  } catch (error) {
    console.error(error instanceof AppError ? error.message : error);
    process.exit(3);
  }
}
const core = open();

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
  server.close();
  core.close();
  process.exit(0);
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
