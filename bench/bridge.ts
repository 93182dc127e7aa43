// `npm run serve` for the browser benchmarks: the built renderer and the bridge over a database, on a free port, and
// stopped with its whole process group so no grandchild keeps the database open.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../', import.meta.url));

export type Bridge = { url: string; stop: () => Promise<void> };

export function startBridge(dbPath: string): Promise<Bridge> {
  const child = spawn('npx', ['tsx', 'main/bridge/serve.ts', '--db', dbPath, '--port', '0', '--no-open'], {
    cwd: ROOT,
    detached: process.platform !== 'win32',
    shell: process.platform === 'win32',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise<Bridge>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`桥接服务 60 秒内未启动：\n${output}`)), 60_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const url = /LABOUR_STATION_URL=(\S+)/.exec(output)?.[1];
      if (url) {
        clearTimeout(timer);
        resolve({ url, stop: () => stopProcess(child) });
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`桥接服务退出（${code}）：\n${output}`));
    });
  });
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return Promise.resolve();
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // npx → tsx → node: the whole process group
  try {
    if (process.platform === 'win32') spawn('taskkill', ['/pid', String(child.pid), '/T', '/F']);
    else process.kill(-child.pid, 'SIGTERM');
  } catch {
    child.kill('SIGTERM');
  }
  return exited;
}

export function buildRenderer(): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['scripts/build-renderer.mjs'], { cwd: ROOT, stdio: 'ignore' });
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`界面构建失败（${code}）`))));
  });
}

/** The median of the samples, to a tenth of a millisecond. */
export function median(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return Math.round(sorted[Math.floor(sorted.length / 2)]! * 10) / 10;
}
