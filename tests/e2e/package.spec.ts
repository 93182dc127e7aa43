// 季度报送 in the browser, on demo data whose history ends in 2026Q3: the pre-flight check blocks on a planted error
// (a person without 民族) and links to the person in correction mode; after the fix is saved as a correction (更正)
// the re-check passes, the package is made and downloaded, the county's validator accepts the file, and the
// county's verdicts are recorded in the history. Screenshots at 1366×768 for docs/screenshots.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import type { ChannelInput } from '@shared/contract';
import { logIn, rpcClient, type Rpc } from './persons-fixtures';
import {
  DEMO_HEAD,
  plantMissingEthnicity,
  runCli,
  seedDemo,
  startBridgeOn,
  type RunningBridge,
} from './package-fixtures';
import { screenshotPath } from './serve';

test.describe.configure({ mode: 'serial' });

const FILE_NAME = '431025100_2026Q3.zip';
let bridge: RunningBridge;
let rpc: Rpc;
let planted: { id: number; name: string };

test.beforeAll(async () => {
  test.setTimeout(120_000);
  const seeded = seedDemo(200, '2026-09-20');
  planted = plantMissingEthnicity(seeded.dbPath, '2026-09-30');
  bridge = await startBridgeOn(seeded);
  rpc = await rpcClient(bridge.url);
  await rpc('auth:login', { username: DEMO_HEAD.username, password: DEMO_HEAD.password });
});
test.afterAll(async () => {
  await bridge?.stop();
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

/** The person's fields as they are with 民族 filled in: as an ordinary edit, or as a correction (更正). */
async function fillEthnicity(id: number, correction: boolean) {
  const person = await rpc('persons:get', { id });
  const { name, ethnicity: _missing, education, hukouType, villageCode, address, phone, registeredOn } = person;
  const input = {
    id,
    version: person.version,
    correction,
    name,
    ethnicity: '01',
    education,
    hukouType,
    villageCode,
    address,
    phone,
    registeredOn,
    unemploymentReason: person.unemploymentReason,
    jobWish: person.jobWish,
    trainingWish: person.trainingWish,
    skills: person.skills,
    employmentCardNo: person.employmentCardNo,
    lowIncome: person.lowIncome,
    landLost: person.landLost,
    povertyMonitored: person.povertyMonitored,
    releasedOrRehab: person.releasedOrRehab,
    disabilityCert: person.disabilityCert,
    placementWish: person.placementWish,
    lastContactOn: person.lastContactOn,
    notes: person.notes,
  } as ChannelInput<'persons:update'>;
  await rpc('persons:update', input);
}

test('the pre-flight check blocks on a person without 民族 and links to the person in correction mode', async ({
  page,
}) => {
  await logIn(page, bridge.url, DEMO_HEAD);
  await page.getByRole('link', { name: '季度报送' }).click();
  // the default is the last finished quarter: today is in 2026Q4
  await expect(page.getByLabel('年份')).toHaveValue('2026');
  await expect(page.getByLabel('季度', { exact: true })).toHaveValue('3');
  await page.getByRole('button', { name: '下一步：报送预检' }).click();

  await expect(page.getByRole('alert')).toContainText('预检未通过');
  await expect(page.getByRole('alert')).toContainText('1 个问题');
  const group = page.getByRole('region', { name: '人员的问题' });
  const row = group.getByRole('row').filter({ hasText: '民族' });
  await expect(row).toContainText('必须填写');
  await expect(row).toContainText(planted.name);
  await expect(row).toContainText(/第 \d+ 行/);
  await expect(page.getByRole('button', { name: '下一步：生成报送包' })).toBeDisabled();
  await page.screenshot({ path: screenshotPath('package-preflight-blocked.png') });

  await row.getByRole('link', { name: '去修改' }).click();
  await expect(page).toHaveURL(new RegExp(`#/persons/${planted.id}\\?correction=1$`));
  await expect(page.getByRole('heading', { level: 1, name: planted.name })).toBeVisible();
});

test('an ordinary edit does not fix the quarter, a correction does; the package is made, downloaded and valid', async ({
  page,
}) => {
  await logIn(page, bridge.url, DEMO_HEAD);
  await page.goto(`${bridge.url}#/package?year=2026&quarter=3`);
  await expect(page.getByRole('alert')).toContainText('预检未通过');

  // an ordinary edit made now (2026Q4) is not in the 2026Q3 package: still blocked
  await fillEthnicity(planted.id, false);
  await page.getByRole('button', { name: '重新检查' }).click();
  await expect(page.getByRole('alert')).toContainText('预检未通过');
  await expect(page.getByRole('alert')).toContainText('1 个问题');

  await fillEthnicity(planted.id, true);
  await page.getByRole('button', { name: '重新检查' }).click();
  await expect(page.getByRole('status').filter({ hasText: '预检通过' })).toBeVisible();
  await expect(page.getByText(FILE_NAME).first()).toBeVisible();
  await expect(page.getByText('首次报送（全部为新增）')).toBeVisible();
  await expect(page.getByRole('table', { name: '各文件记录数' })).toContainText('人员');
  await expect(page.getByRole('table', { name: /本季度指标/ })).toContainText('I14');
  await page.screenshot({ path: screenshotPath('package-preflight-passed.png') });

  await page.getByRole('button', { name: '下一步：生成报送包' }).click();
  await expect(page.getByLabel('经办人')).toHaveValue(DEMO_HEAD.displayName);
  await page.getByLabel('经办人').fill('李梅');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '生成报送包' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(FILE_NAME);
  const saved = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'labour-download-')), FILE_NAME);
  await download.saveAs(saved);

  await expect(page.getByRole('status').filter({ hasText: '报送包已生成' })).toBeVisible();
  const sha = createHash('sha256').update(fs.readFileSync(saved)).digest('hex');
  await expect(page.getByText(sha)).toBeVisible();
  await page.screenshot({ path: screenshotPath('package-made.png') });

  const validate = runCli(['validate', saved]);
  expect(validate.stderr + validate.stdout).toContain('校验通过');
  expect(validate.status).toBe(0);
  fs.rmSync(path.dirname(saved), { recursive: true, force: true });
});

test('the history records the county verdicts: accepted, and returned with its reason', async ({ page }) => {
  // a second package (2026Q2) to be returned, made the way `cli export` makes it
  await rpc('packages:export', { year: 2026, quarter: 2 });
  await logIn(page, bridge.url, DEMO_HEAD);
  await page.goto(`${bridge.url}#/package`);
  const history = page.getByRole('region', { name: '报送记录' });
  const q3 = history.getByRole('row').filter({ hasText: FILE_NAME });
  await expect(q3).toContainText('已生成');
  await expect(q3).toContainText('经办人 李梅');

  await q3.getByRole('button', { name: '标记为已接收' }).click();
  const accept = page.getByRole('dialog', { name: '标记为县局已接收' });
  await expect(accept).toContainText('下一季度报送包的变动标志');
  await accept.getByRole('button', { name: '确认已接收' }).click();
  await expect(accept).toBeHidden();
  await expect(q3).toContainText('县局已接收');

  const q2 = history.getByRole('row').filter({ hasText: '431025100_2026Q2.zip' });
  await q2.getByRole('button', { name: '标记为退回' }).click();
  const returning = page.getByRole('dialog', { name: '标记为被县局退回' });
  await returning.getByRole('button', { name: '确认退回' }).click();
  await expect(returning.getByLabel('退回原因')).toHaveAccessibleDescription(
    '请填写县局退回的原因，便于更正后重新报送',
  );
  await returning.getByLabel('退回原因').fill('东山村 3 人联系电话与县里名册不一致，请核实后更正重报');
  await returning.getByRole('button', { name: '确认退回' }).click();
  await expect(returning).toBeHidden();
  await expect(q2).toContainText('被退回');
  await expect(q2).toContainText('联系电话与县里名册不一致');

  const listed = await rpc('packages:list', {});
  expect(listed.map((entry) => [entry.fileName, entry.status])).toEqual([
    [FILE_NAME, 'accepted'],
    ['431025100_2026Q2.zip', 'returned'],
  ]);
  await history.scrollIntoViewIfNeeded();
  await page.screenshot({ path: screenshotPath('package-history.png') });
});
