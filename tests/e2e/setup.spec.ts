// First start in browser mode: the setup wizard refuses bad input with Chinese messages next to the fields and
// saves nothing; a complete run (typed, pasted, GBK CSV and UTF-8 CSV villages) lands on the home screen, survives a
// reload, and the log-in page works after logging out.
import { expect, test, type Page } from '@playwright/test';
import { screenshotPath, useBridge } from './serve';

test.describe.configure({ mode: 'serial' });
const bridge = useBridge();

// A CSP violation (inline script, eval) or an uncaught error shows up here long before a clerk reports it.
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

// `代码,名称` + three villages, as Chinese Excel saves a CSV: GBK bytes, CRLF. Encoded once with a GB18030 table and
// written out as hex so the test needs no encoding library; none of these byte runs is valid UTF-8.
const GBK_CSV = Buffer.from(
  'b4fac2eb2cc3fbb3c60d0a' + // 代码,名称
    '3133303132333130303230332cc4cfb9d8b4e50d0a' + // 130123100203,南关村
    '3133303132333130303230342cb1b1b9d8b4e50d0a' + // 130123100204,北关村
    '3133303132333130303230352cb3c7b9d8c9e7c7f80d0a', // 130123100205,城关社区
  'hex',
);
// UTF-8 with a byte-order mark, as WPS and "CSV UTF-8" in Excel save it; no header line.
const UTF8_BOM_CSV = Buffer.from('\uFEFF130123100208,永安村\n130123100209,北门社区\n', 'utf8');

const villageCell = (page: Page, row: number, column: '代码' | '名称') =>
  page.getByLabel(`第 ${row} 行村（社区）${column}`, { exact: true });

async function fillTownship(page: Page, county: string) {
  await page.getByLabel('县（市、区）代码').fill(county);
  await page.getByLabel('乡镇（街道）代码').fill('130123100');
  await page.getByLabel('乡镇（街道）名称').fill('正定镇');
}

test('bad input shows Chinese messages next to the fields and saves nothing', async ({ page }) => {
  await page.goto(bridge.url);
  await expect(page.getByText('本站所在的县（市、区）和乡镇（街道）')).toBeVisible();
  await expect(page.getByLabel('县（市、区）代码')).toBeFocused();

  await fillTownship(page, '13012');
  await page.keyboard.press('Enter');
  const county = page.getByLabel('县（市、区）代码');
  await expect(county).toHaveAttribute('aria-invalid', 'true');
  await expect(county).toHaveAccessibleDescription(/县（市、区）代码应为 6 位数字/);
  await expect(county).toBeFocused();

  await county.fill('130123');
  await expect(county).not.toHaveAttribute('aria-invalid');
  await page.keyboard.press('Enter');

  await expect(villageCell(page, 1, '代码')).toBeFocused();
  await villageCell(page, 1, '代码').fill('130123100201');
  await villageCell(page, 1, '名称').fill('东关村');
  await page.getByRole('button', { name: '添加一行' }).click();
  await villageCell(page, 2, '代码').fill('130124100202');
  await villageCell(page, 2, '名称').fill('西关村');
  await page.getByRole('button', { name: '添加一行' }).click();
  await villageCell(page, 3, '代码').fill('130123100201');
  await villageCell(page, 3, '名称').fill('十里铺村');
  await page.getByRole('button', { name: '下一步' }).click();

  await expect(villageCell(page, 2, '代码')).toHaveAccessibleDescription(
    '村（社区）代码应以乡镇代码 130123100 开头，该村不属于本乡镇',
  );
  await expect(villageCell(page, 3, '代码')).toHaveAccessibleDescription('村（社区）代码 130123100201 与第 1 行重复');
  await expect(villageCell(page, 1, '代码')).not.toHaveAttribute('aria-invalid');
  await expect(villageCell(page, 2, '代码')).toBeFocused();
  await expect(page.getByRole('alert')).toContainText('请按红色提示修改后再继续');
  await page.screenshot({ path: screenshotPath('setup-wizard-errors.png') });

  // Nothing was written: a reload starts the wizard again from an empty first step.
  await page.reload();
  await expect(page.getByText('本站所在的县（市、区）和乡镇（街道）')).toBeVisible();
  await expect(page.getByLabel('县（市、区）代码')).toHaveValue('');
});

test('field messages from the server land on the right field, even with blank rows in between', async ({ page }) => {
  // The server checks again and may know more than the client (e.g. a code already used); its `fields` are keyed by
  // the list it received, which has no blank rows, so the page must map them back to the rows the clerk sees.
  await page.route('**/rpc/setup:complete', (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({
        ok: false,
        error: {
          code: 'INVALID_INPUT',
          message: '提交的内容有误，请按提示修改',
          fields: { 'villages.1.name': '村（社区）名称“西关村”已被其他乡镇使用' },
        },
      }),
    }),
  );
  await page.goto(bridge.url);
  await fillTownship(page, '130123');
  await page.keyboard.press('Enter');
  await villageCell(page, 1, '代码').fill('130123100201');
  await villageCell(page, 1, '名称').fill('东关村');
  await page.getByRole('button', { name: '添加一行' }).click();
  await page.getByRole('button', { name: '添加一行' }).click();
  await villageCell(page, 3, '代码').fill('130123100202');
  await villageCell(page, 3, '名称').fill('西关村');
  await page.getByRole('button', { name: '下一步' }).click();
  await page.getByLabel('登录名').fill('zhangwei');
  await page.getByLabel('姓名').fill('张伟');
  await page.getByLabel('密码', { exact: true }).fill('Zhengding#2024');
  await page.getByLabel('确认密码').fill('Zhengding#2024');
  await page.keyboard.press('Enter');
  await expect(page.getByText('村（社区），共 2 个')).toBeVisible();
  await page.keyboard.press('Enter');

  await expect(page.getByRole('alert')).toContainText('提交的内容有误，请按提示修改');
  await expect(villageCell(page, 3, '名称')).toHaveAccessibleDescription('村（社区）名称“西关村”已被其他乡镇使用');
  await expect(villageCell(page, 3, '名称')).toBeFocused();
});

test('completes the wizard with typed, pasted and CSV villages, then shows the home screen', async ({ page }) => {
  await page.goto(bridge.url);
  await fillTownship(page, '130123');
  await page.screenshot({ path: screenshotPath('setup-wizard-1.png') });
  await page.keyboard.press('Enter');

  // Typed from the keyboard: Tab to the name, Enter to the next row, Shift+Tab back to its code.
  await page.keyboard.type('130123100201');
  await page.keyboard.press('Tab');
  await page.keyboard.type('东关村');
  await page.keyboard.press('Enter');
  await expect(villageCell(page, 2, '名称')).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.type('130123100202');
  await page.keyboard.press('Tab');
  await page.keyboard.type('西关村');

  await page.getByLabel('从 Excel 粘贴').fill('130123100206\t十里铺村\r\n130123100207\t塔元庄村\r\n');
  await page.getByRole('button', { name: '加入列表' }).click();
  await expect(page.getByRole('status')).toContainText('加入 2 个村（社区）');

  const fileInput = page.locator('input[type=file]');
  await fileInput.setInputFiles({ name: '村社区名单-GBK.csv', mimeType: 'text/csv', buffer: GBK_CSV });
  await expect(page.getByRole('status')).toContainText('GBK（GB18030）');
  await expect(page.getByRole('status')).toContainText('加入 3 个村（社区）');
  await expect(villageCell(page, 5, '名称')).toHaveValue('南关村');
  await expect(villageCell(page, 7, '名称')).toHaveValue('城关社区');

  await fileInput.setInputFiles({ name: '村社区名单-UTF8.csv', mimeType: 'text/csv', buffer: UTF8_BOM_CSV });
  await expect(page.getByRole('status')).toContainText('UTF-8');
  await expect(villageCell(page, 8, '代码')).toHaveValue('130123100208');
  await expect(villageCell(page, 9, '名称')).toHaveValue('北门社区');
  await expect(page.getByText('共 9 个村（社区）')).toBeVisible();
  await page.screenshot({ path: screenshotPath('setup-wizard-villages.png') });
  await page.getByRole('button', { name: '下一步' }).click();

  await expect(page.getByLabel('登录名')).toBeFocused();
  await page.getByLabel('登录名').fill('zhangwei');
  await page.getByLabel('姓名').fill('张伟');
  await page.getByLabel('密码', { exact: true }).fill('abc123');
  await page.getByLabel('确认密码').fill('abc123');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('密码', { exact: true })).toHaveAccessibleDescription(/密码至少 8 位/);
  await page.getByLabel('密码', { exact: true }).fill('Zhengding#2024');
  await page.getByLabel('确认密码').fill('Zhengding#2024');
  await page.keyboard.press('Enter');

  await expect(page.getByText('村（社区），共 9 个')).toBeVisible();
  // The whole wizard works from the keyboard: the cursor waits on 完成设置 and Enter submits.
  await expect(page.getByRole('button', { name: '完成设置' })).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { name: /欢迎使用正定镇劳动保障站/ })).toBeVisible();
  await expect(page.getByRole('banner')).toContainText('张伟');
  await expect(page.getByRole('banner')).toContainText('负责人');
  await expect(page.getByRole('gridcell', { name: '南关村' })).toBeVisible();

  // A reload keeps the log-in (session id in sessionStorage) and shows what the database now holds.
  await page.reload();
  await expect(page.getByRole('banner')).toContainText('正定镇');
  await expect(page.getByRole('banner')).toContainText('130123100');
  for (const name of ['东关村', '西关村', '十里铺村', '南关村', '城关社区', '北门社区']) {
    await expect(page.getByRole('gridcell', { name, exact: true })).toBeVisible();
  }
  await expect(page.locator('.stat-value')).toHaveText('9');
  await page.screenshot({ path: screenshotPath('home.png') });
});

test('log out, log in again, and a reload keeps the page', async ({ page }) => {
  await page.goto(bridge.url);
  // A new browser context has no session: the log-in page, with the township on top.
  await expect(page.getByRole('heading', { name: '正定镇劳动保障站' })).toBeVisible();
  await expect(page.getByLabel('登录名')).toBeFocused();
  await page.screenshot({ path: screenshotPath('login.png') });

  await page.getByLabel('登录名').fill('zhangwei');
  await page.getByLabel('密码').fill('wrong-Password1');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toBeVisible();
  await expect(page.getByLabel('密码')).toBeFocused();
  await expect(page.getByLabel('密码')).toHaveValue('');

  await page.getByLabel('密码').fill('Zhengding#2024');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: /欢迎使用正定镇劳动保障站/ })).toBeVisible();

  await page.getByRole('link', { name: '人员登记' }).click();
  await expect(page).toHaveURL(/#\/persons$/);
  await expect(page.getByRole('heading', { name: '人员登记' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: '人员登记' })).toBeVisible();
  await expect(page.getByRole('link', { name: '人员登记' })).toHaveAttribute('aria-current', 'page');

  await page.getByRole('button', { name: '退出登录' }).click();
  await expect(page.getByRole('heading', { name: '正定镇劳动保障站' })).toBeVisible();
});
