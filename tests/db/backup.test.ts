import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ChannelOutput } from '@shared/contract';
import { backupOnExit, dailyBackupIfDue } from '@core/services/backups/backup';
import { RETENTION, parseBackupName, planRotation } from '@core/services/backups/backup-files';
import { checkDatabaseFile } from '@core/services/backups/database-file';
import { openStation } from '@core/station';
import { createSession } from '@core/session';
import { main, type CliIo } from '../../main/cli/index';
import { MIGRATIONS_DIR, SEED_SETUP, makeSetUpCore, tempDbPath, testClock } from '../helpers/core';
import { makeId } from '../helpers/ids';
import { addUserSession } from '../helpers/users';
import { backupsIn, callOn, contentHash, countOf, makeStationFile } from '../helpers/station-files';

const DAY = 86_400_000;
const person = (seq: string, name = '张三') => ({
  idNumber: makeId('19850601', seq),
  name,
  registeredOn: '2026-03-02',
});
const tempDir = (prefix: string) => fs.mkdtempSync(path.join(os.tmpdir(), prefix));
const persons = (file: string) => checkDatabaseFile(file, 99).persons;

describe('backups', () => {
  it('are made with VACUUM INTO: commits still in the -wal are in the backup, which carries the audit key', async () => {
    const dbPath = tempDbPath();
    const core = await makeSetUpCore({ dbPath });
    await core.must('persons:create', person('101'));
    expect(fs.statSync(`${dbPath}-wal`).size).toBeGreaterThan(0); // the commit is not yet in the main file
    const { created, problems } = await core.must('backups:create', {});
    expect(problems).toEqual([]);
    const [backup] = created;
    expect(backup).toMatchObject({ verified: true, kind: 'manual', persons: 1, township: '示范镇', hasAuditKey: true });
    expect(backup!.name).toMatch(/^labour-station-\d{8}-\d{6}-manual\.sqlite$/);
    expect(backup!.folder).toBe(path.join(path.dirname(dbPath), 'backups'));
    expect(fs.readFileSync(`${backup!.file}.audit-key`, 'utf8')).toBe(fs.readFileSync(`${dbPath}.audit-key`, 'utf8'));
    expect(fs.readdirSync(backup!.folder).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    core.close();
  });

  it('go to the second folder too, survive an unplugged USB stick, and 备份到U盘 writes only there', async () => {
    const core = await makeSetUpCore({ dbPath: tempDbPath() });
    const second = tempDir('ls-second-');
    await core.must('settings:update', { backupFolder: second });
    const both = await core.must('backups:create', {});
    expect(both.created.map((b) => b.folder)).toEqual([path.dirname(both.created[0]!.file), second]);
    expect(both.created.every((b) => b.verified && b.hasAuditKey)).toBe(true);

    fs.rmSync(second, { recursive: true });
    const unplugged = await core.must('backups:create', {});
    expect(unplugged.created).toHaveLength(1);
    expect(unplugged.problems[0]).toContain('U盘是否已插好');

    const usb = tempDir('ls-usb-');
    const clerk = await addUserSession(core, 'clerk', 'clerk');
    const onStick = await core.must('backups:create', { folder: usb }, clerk);
    expect(onStick.created.map((b) => b.folder)).toEqual([usb]);
    expect(await core.call('backups:create', { folder: path.join(usb, 'missing') }, clerk)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringContaining('不存在') as string },
    });
    const inspector = await addUserSession(core, 'inspector', 'readonly');
    expect(await core.call('backups:create', {}, inspector)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const listed = await core.must('backups:list', {}, inspector);
    // two in the data folder; the second folder is unplugged, the USB stick is not a configured folder
    expect(listed.backups.length).toBe(2);
    expect(listed.folders.map((f) => [f.label, f.available])).toEqual([
      ['数据文件夹', true],
      ['第二备份位置', false],
    ]);
    expect(countOf(core, "SELECT count(*) FROM audit_log WHERE action = 'backups.create'")).toBe(3);
    core.close();
  });

  it('rotate automatic backups to 7 daily, 4 weekly and 12 monthly; manual ones and the newest are kept', () => {
    const start = Date.parse('2025-01-01T01:00:00Z');
    const entries = [];
    for (let day = 0; day < 400; day++) {
      entries.push({ name: `d${day}`, at: start + day * DAY, kind: 'daily' as const });
      entries.push({ name: `e${day}`, at: start + day * DAY + 8 * 3_600_000, kind: 'exit' as const });
    }
    entries.push({ name: 'manual', at: start, kind: 'manual' as const });
    entries.push({ name: 'clock-went-back', at: Date.parse('2009-01-01T00:00:00Z'), kind: 'daily' as const });
    const doomed = new Set(planRotation(entries, new Set(['clock-went-back'])));
    const kept = entries.filter((e) => !doomed.has(e.name));
    const newest = start + 399 * DAY;
    const china = (at: number) => new Date(at + 8 * 3_600_000).toISOString();

    expect(kept.map((e) => e.name)).toContain('manual');
    expect(kept.map((e) => e.name)).toContain('clock-went-back');
    const automatic = kept.filter((e) => e.name.startsWith('d') || e.name.startsWith('e'));
    // the newest of each of the last 7 days: the exit backup of the day
    for (let back = 0; back < 7; back++) expect(automatic.map((e) => e.name)).toContain(`e${399 - back}`);
    expect(new Set(automatic.map((e) => china(e.at).slice(0, 7))).size).toBe(RETENTION.monthly);
    expect(automatic.every((e) => e.name.startsWith('e'))).toBe(true);
    expect(automatic.every((e) => newest - e.at < 366 * DAY)).toBe(true);
    expect(automatic.length).toBeLessThanOrEqual(RETENTION.daily + RETENTION.weekly + RETENTION.monthly);
    console.log(
      `rotation: 802 automatic backups over 400 days → ${automatic.length} kept (${RETENTION.daily} daily, ${RETENTION.weekly} weekly, ${RETENTION.monthly} monthly; overlaps counted once)`,
    );
  });

  it('make a daily backup once a day and one on every exit, and rotate them on disk', async () => {
    const clock = testClock();
    const dbPath = tempDbPath();
    const core = await makeSetUpCore({ dbPath, now: clock.now });
    expect(dailyBackupIfDue(core.store)?.created[0]?.kind).toBe('daily');
    expect(dailyBackupIfDue(core.store)).toBeNull();
    expect(backupOnExit(core.store)?.created[0]?.kind).toBe('exit');
    for (let day = 1; day <= 45; day++) {
      clock.advance(DAY);
      expect(dailyBackupIfDue(core.store)?.problems).toEqual([]);
    }
    const names = backupsIn(dbPath);
    expect(names.length).toBeLessThanOrEqual(RETENTION.daily + RETENTION.weekly + RETENTION.monthly);
    const days = names.map((n) => parseBackupName(n)!.at).sort((a, b) => b - a);
    expect(clock.now() - days[RETENTION.daily - 1]!).toBeLessThan(7 * DAY); // the last 7 days are all there
    expect(
      fs.readdirSync(path.join(path.dirname(dbPath), 'backups')).filter((n) => n.endsWith('.audit-key')),
    ).toHaveLength(names.length);
    core.close();

    const fresh = makeSetUpCore({ dbPath: tempDbPath() });
    const empty = openStation({ dbPath: tempDbPath(), migrationsDir: MIGRATIONS_DIR });
    expect(dailyBackupIfDue(empty.store)).toBeNull(); // nothing set up, nothing worth keeping
    empty.close();
    (await fresh).close();
  });

  it('report a failed automatic backup instead of throwing (the app may be shutting down)', async () => {
    const dbPath = tempDbPath();
    const core = await makeSetUpCore({ dbPath });
    fs.writeFileSync(path.join(path.dirname(dbPath), 'backups'), 'not a folder');
    expect(backupOnExit(core.store)?.problems[0]).toContain('自动备份失败');
    core.close();
  });
});

describe('restore', () => {
  it('verifies first, keeps the current database as a backup, replaces it and logs the session out', async () => {
    const dbPath = tempDbPath();
    const station = openStation({ dbPath, migrationsDir: MIGRATIONS_DIR });
    const session = createSession();
    const must = async <T>(channel: string, input: unknown): Promise<T> => {
      const result = await station.dispatch(session, channel, input);
      if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
      return result.value as T;
    };
    await must('setup:complete', SEED_SETUP);
    await must('persons:create', person('101', '张三'));
    const backup = (await must<ChannelOutput<'backups:create'>>('backups:create', {})).created[0]!;
    await must('persons:create', person('102', '李四'));

    const outcome = await must<ChannelOutput<'backups:restore'>>('backups:restore', { file: backup.file });
    expect(outcome).toMatchObject({ auditKey: 'kept', restoredFrom: { file: backup.file, persons: 1 } });
    expect(outcome.message).toContain('请重新登录');
    expect(persons(outcome.keptAs!)).toBe(2); // 李四 is not lost: he is in the kept copy
    expect(session.userId).toBeNull();
    expect(await station.dispatch(session, 'persons:list', {})).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });

    await must('auth:login', { username: 'admin', password: SEED_SETUP.head.password });
    expect((await must<{ total: number }>('persons:list', {})).total).toBe(1);
    expect(await must('audit:verify', {})).toMatchObject({ intact: true });
    const actions = station.store.sqlite.prepare('SELECT action FROM audit_log ORDER BY id').pluck().all();
    expect(actions.slice(-2)).toEqual(['backups.restore', 'auth.login']);
    station.close();
  });

  it('refuses a file that does not verify, from anyone but the head, and changes nothing', async () => {
    const core = await makeSetUpCore({ dbPath: tempDbPath() });
    await core.must('persons:create', person('101'));
    const good = (await core.must('backups:create', {})).created[0]!;
    const dir = tempDir('ls-bad-');
    const garbage = path.join(dir, 'garbage.sqlite');
    fs.writeFileSync(garbage, 'this is not a database');
    const truncated = path.join(dir, 'truncated.sqlite');
    fs.writeFileSync(truncated, fs.readFileSync(good.file).subarray(0, 8192));
    const before = contentHash(core.store.sqlite);
    const backupsBefore = backupsIn(core.store.sqlite.name).length;

    for (const file of [garbage, truncated, path.join(dir, 'missing.sqlite'), 'relative.sqlite']) {
      const result = await core.call('backups:restore', { file });
      expect(result.ok).toBe(false);
      expect(!result.ok && result.error.message).toMatch(/[\u4e00-\u9fa5]/);
    }
    const clerk = await addUserSession(core, 'clerk', 'clerk');
    const afterLogin = contentHash(core.store.sqlite);
    expect(await core.call('backups:restore', { file: good.file }, clerk)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(contentHash(core.store.sqlite)).toBe(afterLogin);
    expect(afterLogin).not.toBe(before); // only the clerk's log-in was written in between
    expect(backupsIn(core.store.sqlite.name)).toHaveLength(backupsBefore);
    core.close();
  });

  it('lets a new PC start from a backup on a USB stick instead of the setup wizard', async () => {
    const core = await makeSetUpCore({ dbPath: tempDbPath() });
    await core.must('persons:create', person('101'));
    const usb = tempDir('ls-usb-');
    await core.must('backups:create', { folder: usb });
    core.close();

    const station = openStation({ dbPath: tempDbPath('ls-newpc-'), migrationsDir: MIGRATIONS_DIR });
    const session = createSession();
    const status = await callOn(station, session, 'recovery:status', { folder: usb });
    expect(status).toMatchObject({ ok: true, value: { state: 'empty', newest: { verified: true, persons: 1 } } });
    if (!status.ok || !status.value.newest) throw new Error('no backup offered');
    const newest = status.value.newest;
    const restored = await station.dispatch(session, 'recovery:restore', { file: newest.file });
    expect(restored).toMatchObject({ ok: true, value: { auditKey: 'restored', keptAs: null } });
    expect(
      await station.dispatch(session, 'auth:login', { username: 'admin', password: SEED_SETUP.head.password }),
    ).toMatchObject({ ok: true });
    expect(await station.dispatch(session, 'audit:verify', {})).toMatchObject({ ok: true, value: { intact: true } });
    // once set up, restoring before log-in is refused
    expect(await station.dispatch(createSession(), 'recovery:restore', { file: newest.file })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    station.close();
  });
});

function io(): CliIo & { output: string[] } {
  const output: string[] = [];
  return { output, out: (text) => output.push(text), readStdin: () => Promise.resolve('') };
}

describe('CLI backup and restore', () => {
  it('backup --out writes a verified file, never over an existing one; restore replaces and keeps the current', async () => {
    const db = await makeStationFile();
    const out = path.join(tempDir('ls-out-'), 'station-copy.sqlite');
    expect(await main(['--db', db, 'backup', '--out', out], io())).toBe(0);
    expect(checkDatabaseFile(out, 99)).toMatchObject({ verified: true, township: '示范镇' });
    expect(await main(['--db', db, 'backup', '--out', out], io())).toBe(1);

    const run = io();
    expect(await main(['--db', db, '--json', 'restore', out], run)).toBe(0);
    expect(JSON.parse(run.output[0]!)).toMatchObject({
      auditKey: 'kept',
      keptAs: expect.stringContaining('before-restore') as string,
    });
    const garbage = path.join(path.dirname(out), 'garbage.sqlite');
    fs.writeFileSync(garbage, Buffer.alloc(4096, 1));
    expect(await main(['--db', db, 'restore', garbage], io())).toBe(1);
    expect(await main(['--db', db, 'restore'], io())).toBe(2);
  });

  it('restore works on a damaged database: check exits 3 before, 0 after, and the damaged file is kept', async () => {
    const db = await makeStationFile();
    const out = path.join(tempDir('ls-out-'), 'good.sqlite');
    expect(await main(['--db', db, 'backup', '--out', out], io())).toBe(0);
    fs.writeFileSync(db, Buffer.from(fs.readFileSync(db)).fill(0, 0, 100));
    expect(await main(['--db', db, 'check'], io())).toBe(3);
    expect(await main(['--db', db, 'restore', out], io())).toBe(0);
    expect(await main(['--db', db, 'check'], io())).toBe(0);
    expect(fs.readdirSync(path.dirname(db)).some((name) => name.includes('.damaged-'))).toBe(true);
  });
});
