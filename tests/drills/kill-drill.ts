// The kill -9 drill, kept apart from any one writer so the importer can be drilled with it later: give it a way to
// start a writer process and a way to inspect the database after the kill.
import type { ChildProcess } from 'node:child_process';

export type KillOutcome = 'whole' | 'none' | 'partial';
export type Inspection = { integrity: string; outcome: KillOutcome };
export type KillRun = Inspection & { run: number; delayMs: number; committedBeforeKill: boolean; killed: boolean };

export type KillDrillOptions = {
  runs: number;
  /** Starts the writer of run `run`. It prints `begin` when its transaction starts and must not exit by itself. */
  spawnWriter: (run: number) => ChildProcess;
  /** After the kill: integrity_check, and whether the run's batch is all there, absent, or (a failure) partly there. */
  inspect: (run: number) => Inspection;
  /** The kill lands uniformly in [0, windowMs] after `begin`: before, during and after the commit. */
  windowMs: number;
  random: () => number;
};

export type KillDrillFigures = {
  runs: number;
  killed: number;
  whole: number;
  none: number;
  partial: number;
  integrityFailures: number;
  /** Runs whose kill came after the writer had reported its commit: those must be whole (durability). */
  committedButLost: number;
};

/** A small seeded generator (mulberry32), so a failing drill can be replayed with the seed it printed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function waitForLine(child: ChildProcess, pattern: RegExp, timeoutMs = 20_000): Promise<string> {
  return new Promise((resolve, reject) => {
    let buffer = '';
    const timer = setTimeout(
      () => reject(new Error(`writer did not print ${pattern} in ${timeoutMs} ms: ${buffer}`)),
      timeoutMs,
    );
    const onData = (chunk: Buffer): void => {
      buffer += chunk.toString('utf8');
      const line = buffer.split('\n').find((l) => pattern.test(l));
      if (line !== undefined) {
        clearTimeout(timer);
        child.stdout?.off('data', onData);
        resolve(buffer);
      }
    };
    child.stdout?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`writer exited (${code}) before ${pattern}: ${buffer}`));
    });
  });
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function runKillDrill(options: KillDrillOptions): Promise<{ figures: KillDrillFigures; runs: KillRun[] }> {
  const runs: KillRun[] = [];
  for (let run = 0; run < options.runs; run++) {
    const child = options.spawnWriter(run);
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      child.once('exit', (_code, signal) => resolve(signal)),
    );
    await waitForLine(child, /^begin /);
    const delayMs = Math.round(options.random() * options.windowMs);
    await sleep(delayMs);
    // what the writer had reported before the kill was sent: a commit it announced must survive
    const committedBeforeKill = output.includes('committed');
    child.kill('SIGKILL');
    const signal = await exited;
    runs.push({ run, delayMs, committedBeforeKill, killed: signal === 'SIGKILL', ...options.inspect(run) });
  }
  const count = (test: (run: KillRun) => boolean) => runs.filter(test).length;
  return {
    runs,
    figures: {
      runs: runs.length,
      killed: count((r) => r.killed),
      whole: count((r) => r.outcome === 'whole'),
      none: count((r) => r.outcome === 'none'),
      partial: count((r) => r.outcome === 'partial'),
      integrityFailures: count((r) => r.integrity !== 'ok'),
      committedButLost: count((r) => r.committedBeforeKill && r.outcome !== 'whole'),
    },
  };
}
