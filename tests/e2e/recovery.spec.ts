// A damaged database in browser mode: a backup is made through the API, the bridge stops, the file's header is
// zeroed (and its -wal/-shm removed), and the bridge starts again on it. The recovery page explains, offers the newest
// backup that verifies, restores it, keeps the damaged file, and the clerk logs in to find the data back. A new PC
// (empty database) finds the same backup on a "USB stick" folder from the setup wizard's 从备份恢复.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { HEAD, VILLAGES, idNumber, logIn, rpcClient, setUpTownship } from './persons-fixtures';
import { projectRoot, screenshotPath } from './serve';

test.describe.configure({ mode: 'serial' });

type Served = { url: string; stop: () => Promise<void> };

/** The bridge on a database we keep across restarts (serve.ts's helper deletes its folder when it stops). */
async function serve(dbPath: string): Promise<Served> {
  const child: ChildProcess = spawn('npx', ['tsx', 'main/bridge/serve.ts', '--db', dbPath, '--port', '0'], {
    cwd: projectRoot,
    detached: process.platform !== 'win32',
    shell: process.platform === 'win32',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`bridge did not start:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /LABOUR_STATION_URL=(\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`bridge exited with code ${code}:\n${output}`)));
  });
  const stop = async () => {
    if (child.exitCode !== null || child.pid === undefined) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    if (process.platform === 'win32') spawn('taskkill', ['/pid', String(child.pid), '/T', '/F']);
    else process.kill(-child.pid, 'SIGTERM'); // npx → tsx → node: the whole group, or the database stays open
    await exited;
  };
  return { url, stop };
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'labour-e2e-recovery-'));
const dbPath = path.join(dir, 'station.sqlite');
let bridge: Served | undefined;

test.beforeAll(async () => {
  const first = await serve(dbPath);
  const rpc = await setUpTownship(first.url);
  await rpc('persons:create', {
    idNumber: idNumber('1975-04-12', 101),
    name: '张三',
    villageCode: VILLAGES[0]!.code,
    registeredOn: '2025-03-01',
  });
  const made = await rpc('backups:create', {});
  expect(made.created).toHaveLength(1);
  await first.stop();

  // the PC switched off at the wrong moment: the first page is gone, and with it the header
  const fd = fs.openSync(dbPath, 'r+');
  fs.writeSync(fd, Buffer.alloc(100), 0, 100, 0);
  fs.closeSync(fd);
  for (const suffix of ['-wal', '-shm']) fs.rmSync(dbPath + suffix, { force: true });
  bridge = await serve(dbPath);
});

test.afterAll(async () => {
  await bridge?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

let consoleProblems: string[] = [];
test.beforeEach(({ page }) => {
  consoleProblems = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleProblems.push(message.text());
  });
  page.on('pageerror', (error) => consoleProblems.push(error.message));
});
test.afterEach(() => {
  expect(consoleProblems).toEqual([]);
});

test('a damaged database opens the recovery page; restoring the newest backup brings the data back', async ({
  page,
}) => {
  const url = bridge!.url;
  // every channel but recovery:* is refused while the database is damaged
  const probe = await rpcClient(url);
  await expect(probe('auth:login', { username: HEAD.username, password: HEAD.password })).rejects.toThrow(
    /数据库文件已损坏.*请在恢复页面选择一份备份恢复/s,
  );

  await page.goto(url);
  await expect(page.getByRole('heading', { name: '数据库文件已损坏，需要从备份恢复' })).toBeVisible();
  await expect(page.getByRole('status')).toContainText('找到 1 份能通过校验的备份');
  await expect(page.getByText('数据库文件头已损坏，不是有效的数据库文件')).toBeVisible();
  const newest = page.getByRole('group', { name: '建议恢复的备份' });
  await expect(newest).toContainText(/正定镇\s*人员\s*1 人\s*类型、大小\s*手动备份/);
  await expect(newest.getByRole('button', { name: '恢复此备份' })).toBeFocused();
  await page.screenshot({ path: screenshotPath('recovery.png'), fullPage: true });

  // a relative path is not a USB stick folder
  await page.getByLabel('备份所在文件夹').fill('backups');
  await page.getByRole('button', { name: '查找备份' }).click();
  await expect(page.getByLabel('备份所在文件夹')).toHaveAccessibleDescription(/请选择完整的文件夹路径/);

  await newest.getByRole('button', { name: '恢复此备份' }).click();
  const confirm = page.getByRole('dialog', { name: '确认从备份恢复' });
  await expect(confirm).toContainText('损坏的数据库文件会改名保留，不会删除。');
  await confirm.getByRole('button', { name: '确认恢复' }).click();

  await expect(page.getByRole('heading', { name: '用户登录' })).toBeVisible();
  await expect(page.getByRole('status')).toContainText(/已恢复到 .* 的备份（正定镇，人员 1 人）。/);
  await logIn(page, url, HEAD);

  const rpc = await rpcClient(url);
  await rpc('auth:login', { username: HEAD.username, password: HEAD.password });
  expect((await rpc('persons:list', {})).rows.map((row) => row.name)).toEqual(['张三']);
  expect(fs.readdirSync(dir).some((name) => name.startsWith('station.sqlite.damaged-'))).toBe(true);
});

test('a new PC restores from a backup folder on a USB stick instead of running the setup wizard', async ({ page }) => {
  const usb = path.join(dir, 'backups');
  const fresh = await serve(path.join(dir, 'new-pc', 'station.sqlite'));
  try {
    await page.goto(fresh.url);
    await expect(page.getByText('本站所在的县（市、区）和乡镇（街道）')).toBeVisible();
    await page.getByRole('button', { name: '从备份恢复' }).click();
    await expect(page.getByRole('heading', { name: '从备份恢复本站数据' })).toBeVisible();
    await expect(page.getByRole('status')).toContainText('没有找到能通过校验的备份');

    await page.getByLabel('备份所在文件夹').fill(usb);
    await page.getByRole('button', { name: '查找备份' }).click();
    const newest = page.getByRole('group', { name: '建议恢复的备份' });
    await expect(newest).toContainText(/正定镇\s*人员\s*1 人/);
    await newest.getByRole('button', { name: '恢复此备份' }).click();
    await page.getByRole('dialog', { name: '确认从备份恢复' }).getByRole('button', { name: '确认恢复' }).click();

    await expect(page.getByRole('heading', { name: '正定镇劳动保障站' })).toBeVisible();
    await logIn(page, fresh.url, HEAD);
  } finally {
    await fresh.stop();
  }
});
