import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createSession, type SessionHandle } from '@core/session';
import { openCore, type Core } from '@core/open-core';
import { sourceResourcesDir } from '@core/paths';
import type { ChannelInput, ChannelName, ChannelOutput, RpcResult, SetupInput } from '@shared/contract';

export const MIGRATIONS_DIR = path.join(sourceResourcesDir(), 'migrations');

/** A fixed clock that tests can move: 2026-11-21 10:00 China time by default. */
export function testClock(start = Date.parse('2026-11-21T02:00:00Z')) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms), set: (ms: number) => (now = ms) };
}

export function tempDbPath(prefix = 'ls-test-'): string {
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), prefix)), 'station.sqlite');
}

export type TestCore = Core & {
  session: SessionHandle;
  call<C extends ChannelName>(
    channel: C,
    input: ChannelInput<C>,
    session?: SessionHandle,
  ): Promise<RpcResult<ChannelOutput<C>>>;
  /** Unwraps `{ok:true}` or fails the test with the Chinese message. */
  must<C extends ChannelName>(channel: C, input: ChannelInput<C>, session?: SessionHandle): Promise<ChannelOutput<C>>;
};

export function makeCore(options: { dbPath?: string; now?: () => number } = {}): TestCore {
  const core = openCore({
    dbPath: options.dbPath ?? ':memory:',
    migrationsDir: MIGRATIONS_DIR,
    ...(options.now ? { now: options.now } : {}),
  });
  const session = createSession();
  const call = async <C extends ChannelName>(channel: C, input: ChannelInput<C>, s: SessionHandle = session) =>
    (await core.dispatch(s, channel, input)) as RpcResult<ChannelOutput<C>>;
  return {
    ...core,
    session,
    call,
    must: async (channel, input, s) => {
      const result = await call(channel, input, s);
      if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
      return result.value;
    },
  };
}

export const SEED_SETUP: SetupInput = {
  countyCode: '431025',
  townshipCode: '431025100',
  townshipName: '示范镇',
  villages: [
    { code: '431025100201', name: '东山村' },
    { code: '431025100202', name: '西河村' },
    { code: '431025100001', name: '城关社区' },
  ],
  head: { username: 'admin', displayName: '王站长', password: 'Station#2026' },
};

/** A core with the seed township set up and the head logged in on `session`. */
export async function makeSetUpCore(options: { dbPath?: string; now?: () => number } = {}): Promise<TestCore> {
  const core = makeCore(options);
  await core.must('setup:complete', SEED_SETUP);
  return core;
}
