// 设置 in browser mode, as the head: add a clerk (the password rule shown, the last head protected), change the
// county rules, make a backup and restore it (back to the log-in page; what was there before the backup is back, what
// came after it is gone), and read the audit log with its before/after and the chain check.
import { expect, test, type Page } from '@playwright/test';
import { HEAD, VILLAGES, idNumber, logIn, rpcClient, setUpTownship, type Rpc } from './persons-fixtures';
import { screenshotPath, useBridge } from './serve';

test.describe.configure({ mode: 'serial' });
const bridge = useBridge();

let head: Rpc;

test.beforeAll(async () => {
  head = await setUpTownship(bridge.url);
  await head('persons:create', {
    idNumber: idNumber('1975-04-12', 101),
    name: '张三',
    villageCode: VILLAGES[0]!.code,
    registeredOn: '2025-03-01',
  });
  // a read-only user locked by five wrong passwords, so the list shows every status
  await head('users:create', {
    username: 'wangwu',
    displayName: '王五',
    role: 'readonly',
    password: 'Wangwu#2024',
  });
  const stranger = await rpcClient(bridge.url);
  for (let attempt = 0; attempt < 5; attempt++) {
    await stranger('auth:login', { username: 'wangwu', password: 'not-it' }).catch(() => undefined);
  }
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

async function openSettings(page: Page, tab: string) {
  await logIn(page, bridge.url, HEAD);
  await page.getByRole('link', { name: '设置' }).click();
  await page.getByRole('tab', { name: tab }).click();
}

test('the head adds a clerk; a weak password and demoting the last head are refused in words', async ({ page }) => {
  await openSettings(page, '用户管理');
  await expect(page.getByRole('row', { name: /wangwu/ })).toContainText(/只读.*锁定至 \d\d:\d\d/);

  await page.getByRole('button', { name: '新增用户' }).click();
  const dialog = page.getByRole('dialog', { name: '新增用户' });
  await expect(dialog.getByText('至少 8 位，须包含大写字母、小写字母、数字、符号中的至少三种')).toBeVisible();
  await dialog.getByLabel('登录名').fill('lisi');
  await dialog.getByLabel('姓名').fill('李四');
  await dialog.getByLabel('角色').selectOption({ label: '经办人' });
  await dialog.getByLabel('可以查看完整身份证号').check();
  await dialog.getByLabel('初始密码', { exact: true }).fill('lisi1234');
  await dialog.getByLabel('再次输入初始密码').fill('lisi1234');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog.getByLabel('初始密码', { exact: true })).toHaveAccessibleDescription(
    /密码须包含大写字母、小写字母、数字、符号中的至少三种/,
  );
  await dialog.getByLabel('初始密码', { exact: true }).fill('Lisi#2024ok');
  await dialog.getByLabel('再次输入初始密码').fill('Lisi#2024ok');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('status')).toHaveText('已新增用户 李四（lisi）。');
  await expect(page.getByRole('row', { name: /lisi/ })).toContainText(/李四\s*经办人\s*是\s*在用\s*从未登录/);

  // the only active head cannot become a clerk: the server's message, in the dialog and at the field
  await page.getByRole('button', { name: `修改 ${HEAD.displayName}` }).click();
  const edit = page.getByRole('dialog', { name: `修改用户：${HEAD.displayName}` });
  await edit.getByLabel('角色').selectOption({ label: '经办人' });
  await edit.getByRole('button', { name: '保存' }).click();
  await expect(edit.getByRole('alert')).toContainText('至少要保留一名在用的负责人');
  await expect(edit.getByLabel('角色')).toHaveAccessibleDescription(/这是最后一名在用的负责人/);
  await edit.getByRole('button', { name: '取消' }).click();
  await expect(page.getByRole('row', { name: /zhangwei/ })).toContainText('负责人');
  await page.screenshot({ path: screenshotPath('settings-users.png') });
});

test('the head changes the county rules; a typo is refused beside its box and the rest is kept', async ({ page }) => {
  await openSettings(page, '县级规则');
  await expect(page.getByLabel('女性年满')).toHaveValue('45');
  await page.getByLabel('女性年满').fill('四十');
  await page.getByRole('button', { name: '保存规则' }).click();
  await expect(page.getByLabel('女性年满')).toHaveAccessibleDescription('请填写整数');

  await page.getByLabel('女性年满').fill('40');
  await page.getByLabel('其他经县级认定人员').uncheck();
  await page.getByLabel('动态清零时限').selectOption({ label: '认定后若干个工作日内' });
  await page.getByLabel('时限天数').fill('10');
  await page.getByLabel('职业介绍').fill('4');
  await page.getByRole('button', { name: '保存规则' }).click();
  await expect(page.getByRole('status')).toHaveText('县级规则已保存，新的规则从现在起生效。');

  const saved = await head('settings:get', {});
  expect(saved.difficulty.olderAge).toEqual({ female: 40, male: 50 });
  expect(saved.difficulty.enabled).not.toContain('09');
  expect(saved.clearanceRule).toEqual({ kind: 'working-days', days: 10 });
  expect(saved.quotas.perPerson.referrals).toBe(4);
  expect(saved.idleMinutes).toBe(30); // untouched settings are not sent, so not rewritten

  await page.reload();
  await expect(page.getByLabel('女性年满')).toHaveValue('40');
  await expect(page.getByLabel('时限天数')).toHaveValue('10');
  await page.screenshot({ path: screenshotPath('settings-rules.png'), fullPage: true });
});

test('a backup is made and listed; restoring it logs out, keeps what it held and drops what came later', async ({
  page,
}) => {
  await openSettings(page, '备份与恢复');
  await expect(page.getByRole('table', { name: '备份列表' })).toContainText('还没有备份');
  await page.getByRole('button', { name: '立即备份' }).click();
  await expect(page.getByRole('status')).toContainText('已备份（1 份）');
  const backups = page.getByRole('table', { name: '备份列表' });
  await expect(backups.getByRole('row')).toHaveCount(2);
  await expect(backups.getByRole('row').nth(1)).toContainText(/手动备份\s*正定镇（1 人）.*数据文件夹\s*✓ 通过/);

  // entered after the backup: the restore must take it away
  await head('persons:create', {
    idNumber: idNumber('1988-09-20', 202),
    name: '赵六',
    villageCode: VILLAGES[1]!.code,
    registeredOn: '2025-05-06',
  });
  await page.getByRole('button', { name: '备份到U盘' }).click();
  await expect(page.getByLabel('备份到U盘（文件夹）')).toHaveAccessibleDescription(
    /请填写备份到U盘（文件夹）的完整路径/,
  );
  await page.getByLabel('备份到U盘（文件夹）').fill('Z:\\没有这个U盘');
  await page.getByRole('button', { name: '备份到U盘' }).click();
  await expect(page.getByLabel('备份到U盘（文件夹）')).toHaveAttribute('aria-invalid', 'true');
  await page.screenshot({ path: screenshotPath('settings-backups.png') });

  await backups.getByRole('button', { name: /^恢复.*的备份$/ }).click();
  const confirm = page.getByRole('dialog', { name: '确认从备份恢复' });
  await expect(confirm).toContainText(/乡镇（街道）\s*正定镇\s*人员\s*1 人\s*类型\s*手动备份/);
  await expect(confirm.getByRole('button', { name: '取消' })).toBeFocused();
  await confirm.getByRole('button', { name: '确认恢复' }).click();

  await expect(page.getByRole('heading', { name: '用户登录' })).toBeVisible();
  await expect(page.getByRole('status')).toContainText(/已恢复到 .* 的备份（正定镇，人员 1 人）。.*请重新登录。/);
  await logIn(page, bridge.url, HEAD);

  const after = await rpcClient(bridge.url);
  await after('auth:login', { username: HEAD.username, password: HEAD.password });
  const names = (await after('persons:list', {})).rows.map((row) => row.name);
  expect(names).toEqual(['张三']);
  head = after;
});

test('the audit log lists, filters and opens entries; 校验日志 says 完整', async ({ page }) => {
  await openSettings(page, '审计日志');
  const log = page.getByRole('table', { name: '审计日志' });
  await expect(log.getByRole('row').nth(1)).toContainText('登录');
  await expect(log).toContainText('从备份恢复');

  await page.getByLabel('操作', { exact: true }).selectOption({ label: '用户管理（全部）' });
  await page.getByRole('button', { name: '查询' }).click();
  await expect(log.getByRole('row')).toHaveCount(3);
  await expect(log).toContainText('新增用户');
  await page.getByRole('button', { name: '清空条件' }).click();
  await page.getByLabel('操作', { exact: true }).selectOption({ label: '修改设置' });
  await page.getByLabel('对象', { exact: true }).selectOption({ label: '设置' });
  await page.getByLabel('对象编号').fill('clearanceRule');
  await page.getByRole('button', { name: '查询' }).click();
  await expect(log.getByRole('row')).toHaveCount(2);
  const firstRow = log.getByRole('row').nth(1);
  await expect(firstRow).toContainText('设置：动态清零时限');
  await firstRow.getByRole('button', { name: /详情/ }).click();
  const detail = log.locator('.st-detail-table');
  await expect(detail.getByRole('row', { name: /^天数/ })).toHaveText(/天数\s*（默认值）\s*10/);
  await expect(detail.getByRole('row', { name: /^类型/ })).toHaveText(/类型\s*（默认值）\s*认定后若干个工作日内/);

  await page.getByRole('button', { name: '校验日志' }).click();
  await expect(page.getByText(/校验结果：完整。审计日志完整：共 \d+ 条，校验全部通过。/)).toBeVisible();

  // every change of the county rules, the first one opened: what the head will look at after an inspection
  await page.getByRole('button', { name: '清空条件' }).click();
  await page.getByLabel('操作', { exact: true }).selectOption({ label: '设置（全部）' });
  await page.getByRole('button', { name: '查询' }).click();
  await expect(log.getByRole('row')).toHaveCount(4);
  const difficulty = log.getByRole('row', { name: /就业困难人员类别与认定标准/ });
  await difficulty.getByRole('button', { name: /详情/ }).click();
  await expect(log.getByRole('row', { name: /^大龄年龄/ })).toHaveText(/大龄年龄\s*（默认值）\s*女 40，男 50/);
  await page.screenshot({ path: screenshotPath('settings-audit.png'), fullPage: true });
});
