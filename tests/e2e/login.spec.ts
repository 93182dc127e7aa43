// Log-in and its guards in browser mode: five wrong passwords lock the account with the server's words, the head
// unlocks it from another window in 设置 → 用户管理, a clerk sees no head-only tabs and a direct users:list call from
// the clerk's own page is refused, and a session left idle past 自动退出时间 lands on the log-in page with the reason.
import { expect, test, type Page } from '@playwright/test';
import { HEAD, logIn, setUpTownship, type Rpc } from './persons-fixtures';
import { screenshotPath, useBridge } from './serve';

test.describe.configure({ mode: 'serial' });
const bridge = useBridge();

const CLERK = { username: 'lisi', displayName: '李四', password: 'Lisi#2024ok' };
const NEW_PASSWORD = 'Lisi@2025new';
let head: Rpc;

test.beforeAll(async () => {
  head = await setUpTownship(bridge.url);
  await head('users:create', { ...CLERK, role: 'clerk' });
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

/** A call from the page itself, with its token and session: what a curious clerk could type in the dev tools. */
function callFromPage(page: Page, channel: string, input: object) {
  return page.evaluate(
    async ([name, body]) => {
      const token = document.querySelector<HTMLMetaElement>('meta[name="labour-station-token"]')?.content ?? '';
      const session = sessionStorage.getItem('labour-station-session') ?? '';
      const response = await fetch(`/rpc/${name}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-labour-token': token, 'x-labour-session': session },
        body: JSON.stringify(body),
      });
      return (await response.json()) as { ok: boolean; error?: { code: string; message: string } };
    },
    [channel, input] as const,
  );
}

async function tryPassword(page: Page, password: string) {
  await page.getByLabel('密码', { exact: true }).fill(password);
  await page.keyboard.press('Enter');
}

test('five wrong passwords lock the account, with the remaining tries before and the way out after', async ({
  page,
}) => {
  await page.goto(bridge.url);
  await page.getByLabel('登录名').fill(CLERK.username);
  for (let attempt = 1; attempt <= 4; attempt++) {
    await tryPassword(page, `Wrong#${attempt}pass`);
    await expect(page.getByRole('alert')).toHaveText(`登录名或密码不正确（还可尝试 ${5 - attempt} 次）`);
    await expect(page.getByLabel('密码', { exact: true })).toBeFocused();
  }
  await tryPassword(page, 'Wrong#5pass');
  await expect(page.getByRole('alert')).toHaveText('密码连续输错 5 次，账号已锁定 15 分钟');
  await expect(page.getByText('请站负责人在“设置 → 用户管理”中解锁')).toBeVisible();
  await page.screenshot({ path: screenshotPath('login-locked.png') });

  // while locked even the right password is refused
  await tryPassword(page, CLERK.password);
  await expect(page.getByRole('alert')).toHaveText(/账号已锁定，请 1[45] 分钟后再试/);
});

test('the head unlocks the clerk in 用户管理 from a second window, and the clerk gets in', async ({
  page,
  browser,
}) => {
  const headContext = await browser.newContext({
    viewport: { width: 1366, height: 768 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  const headPage = await headContext.newPage();
  await logIn(headPage, bridge.url, HEAD);
  await headPage.goto(`${bridge.url}#/settings/users`);
  const row = headPage.getByRole('row', { name: /lisi/ });
  await expect(row).toContainText(/锁定至 \d\d:\d\d/);
  await row.getByRole('button', { name: '解锁 李四' }).click();
  await expect(headPage.getByRole('status')).toContainText('已解锁 李四（lisi）');
  await expect(row).toContainText('在用');
  await expect(row.getByRole('button', { name: '解锁 李四' })).toHaveCount(0);
  await headContext.close();

  await logIn(page, bridge.url, CLERK);
});

test('a clerk has no 用户管理 or 审计日志, changes their own password, and users:list is refused', async ({ page }) => {
  await logIn(page, bridge.url, CLERK);
  await page.goto(`${bridge.url}#/settings`);
  const tabs = page.getByRole('tablist', { name: '设置' });
  await expect(tabs.getByRole('tab')).toHaveText(['我的账号', '县级规则', '节假日安排', '备份与恢复']);
  await expect(page.getByRole('tab', { name: '我的账号' })).toHaveAttribute('aria-selected', 'true');

  await page.goto(`${bridge.url}#/settings/users`);
  await expect(page.getByText('“用户管理”只有站负责人可以打开。')).toBeVisible();
  await expect(page.getByRole('table', { name: '用户列表' })).toHaveCount(0);

  await page.getByRole('tab', { name: '县级规则' }).click();
  await expect(page.getByLabel('女性年满')).toBeDisabled();
  await expect(page.getByRole('button', { name: '保存规则' })).toHaveCount(0);

  // 我的账号: the old password is proven first, the new one typed twice
  await page.getByRole('tab', { name: '我的账号' }).click();
  await page.getByLabel('原密码').fill('Not#theOld1');
  await page.getByLabel('新密码', { exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel('再次输入新密码').fill(NEW_PASSWORD);
  await page.getByRole('button', { name: '修改密码' }).click();
  await expect(page.getByLabel('原密码')).toHaveAccessibleDescription('原密码不正确');
  await page.getByLabel('原密码').fill(CLERK.password);
  await page.getByRole('button', { name: '修改密码' }).click();
  await expect(page.getByRole('status')).toHaveText('密码已修改，下次登录请使用新密码。');
  CLERK.password = NEW_PASSWORD;

  const refused = await callFromPage(page, 'users:list', {});
  expect(refused).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: '只有站负责人可以进行此操作' } });
  const audit = await callFromPage(page, 'audit:list', {});
  expect(audit.error?.code).toBe('FORBIDDEN');
});

test('a session idle past 自动退出时间 returns to the log-in page with the server message', async ({ page }) => {
  // the bridge's clock is real time, so this test waits the shortest setting out: one minute
  test.setTimeout(150_000);
  await head('settings:update', { idleMinutes: 1 });
  await logIn(page, bridge.url, CLERK);
  await page.goto(`${bridge.url}#/settings/account`);
  await expect(page.getByRole('heading', { name: '修改密码' })).toBeVisible();

  await page.waitForTimeout(62_000);
  await page.getByRole('tab', { name: '县级规则' }).click();
  await expect(page.getByRole('heading', { name: '用户登录' })).toBeVisible();
  await expect(page.getByRole('status')).toHaveText('长时间未操作，已自动退出，请重新登录');

  // logging in again works and the notice goes away
  await page.getByLabel('登录名').fill(CLERK.username);
  await tryPassword(page, CLERK.password);
  await expect(page.getByRole('banner')).toContainText(CLERK.displayName);
});
