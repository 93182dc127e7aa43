// Starts the HTTP bridge (main/bridge/serve.ts) on a fresh temporary database for one spec file, and stops it after.
// The renderer must already be built (`npm run test:e2e` builds it first).
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from '@playwright/test';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

export type Bridge = { url: string; dbPath: string; stop: () => Promise<void> };

const READY = /LABOUR_STATION_URL=(\S+)/;

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return Promise.resolve();
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // npx → tsx → node: signal the whole process group so no grandchild keeps the port and the database open.
  try {
    if (process.platform === 'win32') spawn('taskkill', ['/pid', String(child.pid), '/T', '/F']);
    else process.kill(-child.pid, 'SIGTERM');
  } catch {
    child.kill('SIGTERM');
  }
  return exited;
}

export async function startBridge(): Promise<Bridge> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'labour-e2e-'));
  const dbPath = path.join(dir, 'station.sqlite');
  const child = spawn('npx', ['tsx', 'main/bridge/serve.ts', '--db', dbPath, '--port', '0', '--no-open'], {
    cwd: projectRoot,
    detached: process.platform !== 'win32',
    shell: process.platform === 'win32',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`bridge did not start within 30 s:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = READY.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`bridge exited with code ${code}:\n${output}`));
    });
  });
  return {
    url,
    dbPath,
    stop: async () => {
      await stopProcess(child);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Registers beforeAll/afterAll in the calling spec file: one bridge and one fresh database per file. */
export function useBridge(): { readonly url: string } {
  let bridge: Bridge | undefined;
  test.beforeAll(async () => {
    bridge = await startBridge();
  });
  test.afterAll(async () => {
    await bridge?.stop();
  });
  return {
    get url() {
      if (!bridge) throw new Error('bridge not started');
      return bridge.url;
    },
  };
}

export function screenshotPath(name: string): string {
  return path.join(projectRoot, 'docs', 'screenshots', name);
}
