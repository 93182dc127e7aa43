// Helpers of the package and statistics end-to-end tests. The bridge's clock is the real one, so a quarter that has
// ended cannot be filled through the API (every record made now exists only after that quarter). Instead the demo
// generator writes a township whose history lies in the past (`demo --today`), and the bridge is started on that file.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { projectRoot } from './serve';

/** The head of the demo township 示范镇 (main/core/services/demo/township.ts). */
export const DEMO_HEAD = { username: 'admin', displayName: '王站长', password: 'Demo#2026' };

export type Seeded = { dir: string; dbPath: string };

/** Runs the CLI (`npx tsx main/cli/index.ts …`) and returns its exit code and output. */
export function runCli(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync('npx', ['tsx', 'main/cli/index.ts', ...args], {
    cwd: projectRoot,
    encoding: 'utf8',
    shell: process.platform === 'win32',
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A new database with 示范镇 and `persons` demo persons whose history ends on `today`. */
export function seedDemo(persons: number, today: string): Seeded {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'labour-e2e-demo-'));
  const dbPath = path.join(dir, 'station.sqlite');
  const run = runCli(['--db', dbPath, 'demo', '--persons', String(persons), '--init', '--today', today]);
  if (run.status !== 0) throw new Error(`demo failed (${run.status}):\n${run.stdout}\n${run.stderr}`);
  return { dir, dbPath };
}

/**
 * Plants the error a clerk most often leaves: a person whose 民族 was cleared by an edit during the quarter
 * (2026-09-25). The edit goes into the history as the app writes one — appended, the log refuses changes — so the
 * package's state at the quarter's end has it, and only a correction (更正) made now can fix that quarter.
 */
export function plantMissingEthnicity(dbPath: string, quarterEnd: string): { id: number; name: string } {
  const at = Date.parse('2026-09-25T02:00:00Z');
  const db = new Database(dbPath);
  try {
    const person = db
      .prepare(
        `SELECT id, name, version FROM persons WHERE registered_on <= ? AND deleted_at IS NULL AND ethnicity IS NOT NULL
         ORDER BY id LIMIT 1 OFFSET 7`,
      )
      .get(quarterEnd) as { id: number; name: string; version: number } | undefined;
    if (!person) throw new Error('no person to plant the problem on');
    const last = db
      .prepare("SELECT after, at FROM change_log WHERE entity = 'person' AND entity_id = ? ORDER BY id DESC LIMIT 1")
      .get(person.id) as { after: string; at: number };
    if (last.at >= at) throw new Error('the demo history runs past the planted edit');
    const after = {
      ...(JSON.parse(last.after) as Record<string, unknown>),
      ethnicity: null,
      version: person.version + 1,
      updatedAt: at,
    };
    db.transaction(() => {
      db.prepare(
        `INSERT INTO change_log (entity, entity_id, version, op, at, user_id, user_name, source, before, after)
         VALUES ('person', ?, ?, 'update', ?, NULL, '演示数据', 'demo', ?, ?)`,
      ).run(person.id, person.version + 1, at, last.after, JSON.stringify(after));
      db.prepare('UPDATE persons SET ethnicity = NULL, version = ?, updated_at = ? WHERE id = ?').run(
        person.version + 1,
        at,
        person.id,
      );
    })();
    return { id: person.id, name: person.name };
  } finally {
    db.close();
  }
}

export type RunningBridge = { url: string; stop: () => Promise<void> };

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return Promise.resolve();
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    if (process.platform === 'win32') spawn('taskkill', ['/pid', String(child.pid), '/T', '/F']);
    else process.kill(-child.pid, 'SIGTERM');
  } catch {
    child.kill('SIGTERM');
  }
  return exited;
}

/** The bridge (as tests/e2e/serve.ts starts it) on an existing database; `stop` also removes the seeded folder. */
export async function startBridgeOn(seeded: Seeded): Promise<RunningBridge> {
  const child = spawn('npx', ['tsx', 'main/bridge/serve.ts', '--db', seeded.dbPath, '--port', '0', '--no-open'], {
    cwd: projectRoot,
    detached: process.platform !== 'win32',
    shell: process.platform === 'win32',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`bridge did not start within 30 s:\n${output}`)), 30_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /LABOUR_STATION_URL=(\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`bridge exited with code ${code}:\n${output}`));
    });
  });
  return {
    url,
    stop: async () => {
      await stopProcess(child);
      fs.rmSync(seeded.dir, { recursive: true, force: true });
    },
  };
}
