import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { channels, ERROR_CODES, type ChannelName, type RpcResult } from '@shared/contract';
import { createSession } from '@core/session';
import { makeSetUpCore, tempDbPath, testClock, type TestCore } from '../helpers/core';
import { makeId } from '../helpers/ids';
import { addUserSession } from '../helpers/users';
import { contentHash } from '../helpers/station-files';

const RUNS = Number(process.env.FUZZ_RUNS ?? 20);
// A refused log-in is recorded (failed attempts, the audit log): that write is the point, not a leak.
const WRITES_WHEN_REFUSED = new Set<ChannelName>(['auth:login']);
const HUGE = ['x'.repeat(1_000_000), '汉'.repeat(200_000), '\u0000'.repeat(10_000), '1'.repeat(100_000)];

/** Paths that exist are swapped for ones that do not: a fuzzed backup must never land in / of the test machine. */
const harmlessString = fc
  .oneof(
    fc.string(),
    fc.string({ unit: 'grapheme' }),
    fc.constantFrom(...HUGE, '', ' ', '/', '..', 'C:\\', '%s', '${x}', "' OR 1=1 --"),
  )
  .map((text) => (path.isAbsolute(text) && fs.existsSync(text) ? `${text}-fuzz-missing` : text));

function forgedIds(ids: number[]) {
  return fc.oneof(
    fc.constantFrom(0, -1, 1.5, Number.MAX_SAFE_INTEGER, 2 ** 53 + 2, -(2 ** 31), 999_999, ...ids),
    fc.integer(),
    fc.double(),
  );
}

/** Values that pass a field's own check, so the call gets past validation into the service (and the role check). */
const plausible = fc.constantFrom(
  'head',
  'clerk',
  'readonly',
  'admin',
  'Clerk#2026',
  '2026-03-02',
  'error',
  'duplicate',
  '431025100201',
  'asc',
  true,
  false,
);

/** Values of every shape, for a field that expects one of them. */
function anyValue(ids: number[]) {
  return fc.oneof(
    plausible,
    harmlessString,
    forgedIds(ids),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.array(fc.oneof(harmlessString, forgedIds(ids), fc.boolean()), { maxLength: 5 }),
    fc.dictionary(harmlessString, fc.oneof(harmlessString, forgedIds(ids))),
  );
}

/** Wrong types at the top, and objects with the channel's own field names holding the wrong (or forged) values. */
function inputsFor(name: ChannelName, ids: number[]) {
  const shape = (channels[name].input as unknown as { shape?: Record<string, unknown> }).shape;
  const keys = shape ? Object.keys(shape) : [];
  const shaped = keys.length
    ? fc.record(Object.fromEntries(keys.map((key) => [key, anyValue(ids)])), { requiredKeys: [] })
    : fc.constant({});
  return fc.oneof(
    { arbitrary: shaped, weight: 3 },
    { arbitrary: anyValue(ids), weight: 1 },
    { arbitrary: fc.anything(), weight: 1 },
  );
}

type Tally = {
  calls: number;
  refused: number;
  accepted: number;
  thrown: number;
  refusedButWrote: string[];
  unclear: string[];
};

async function fuzzAs(
  core: TestCore,
  who: string,
  userId: number,
  names: ChannelName[],
  ids: number[],
  tally: Tally,
): Promise<void> {
  for (const name of names) {
    await fc.assert(
      fc.asyncProperty(inputsFor(name, ids), async (input) => {
        const session = createSession(core.store.now());
        session.userId = userId;
        const before = contentHash(core.store.sqlite);
        let result: RpcResult<unknown>;
        try {
          result = await core.dispatch(session, name, input);
        } catch (error) {
          tally.thrown++;
          throw error;
        }
        tally.calls++;
        if (result.ok) {
          tally.accepted++;
          return;
        }
        tally.refused++;
        const { code, message } = result.error;
        if (!ERROR_CODES.includes(code) || code === 'INTERNAL' || !/[\u4e00-\u9fa5]/.test(message)) {
          tally.unclear.push(`${who} ${name} ${code}: ${message.slice(0, 120)}`);
        }
        if (!WRITES_WHEN_REFUSED.has(name) && contentHash(core.store.sqlite) !== before) {
          tally.refusedButWrote.push(`${who} ${name} ${code}`);
        }
      }),
      { numRuns: RUNS },
    );
  }
}

describe('every channel, fuzzed', () => {
  it('answers wrong types, huge strings, forged ids and other users’ records with a clear value and no write', async () => {
    const clock = testClock();
    const core = await makeSetUpCore({ dbPath: tempDbPath('ls-fuzz-'), now: clock.now });
    const clerk = await addUserSession(core, 'clerk', 'clerk');
    const other = await addUserSession(core, 'other', 'clerk');
    const inspector = await addUserSession(core, 'inspector', 'readonly');
    const person = await core.must(
      'persons:create',
      { idNumber: makeId('19850601', '101'), name: '张三', registeredOn: '2026-03-02' },
      other,
    );
    const ids = [1, clerk.userId!, other.userId!, inspector.userId!, person.id];
    const names = Object.keys(channels) as ChannelName[];
    const tally: Tally = { calls: 0, refused: 0, accepted: 0, thrown: 0, refusedButWrote: [], unclear: [] };

    await fuzzAs(core, 'clerk', clerk.userId!, names, ids, tally);
    await fuzzAs(core, 'readonly', inspector.userId!, names, ids, tally);
    // the head passes the role check, so forged ids and bad values reach the services of the head-only channels
    const headOnly = names.filter((name) => channels[name].access === 'head');
    await fuzzAs(core, 'head', 1, headOnly, ids, tally);

    console.log(
      `fuzz: ${names.length} channels as clerk and readonly, ${headOnly.length} head-only channels as head, ${RUNS} inputs each: ` +
        `${tally.calls} calls, ${tally.thrown} exceptions escaped, ${tally.refused} refused (${tally.unclear.length} without a clear Chinese message), ` +
        `${tally.refusedButWrote.length} refused calls wrote, ${tally.accepted} accepted`,
    );
    expect(tally.thrown).toBe(0);
    expect(tally.unclear).toEqual([]);
    expect(tally.refusedButWrote).toEqual([]);
    expect(core.store.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(await core.must('audit:verify', {})).toMatchObject({ intact: true });
    expect(core.store.sqlite.prepare('SELECT role FROM users WHERE id = 1').pluck().get()).toBe('head');
    core.close();
  }, 240_000);
});
