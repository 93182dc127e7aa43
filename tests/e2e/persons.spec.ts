// 人员登记 in the browser: a person registered by typing the ID number (derived sex, birth date, age; a wrong check
// digit refused next to the field; an existing number opens that person), employed, cancelled, found by pinyin
// initials, edited with a before/after history, recognised as 就业困难 from the app's suggestions, and a stale save
// from a second clerk refused with the conflict message. Screenshots at 1366×768 for docs/screenshots.
import { expect, test, type Page } from '@playwright/test';
import {
  HEAD,
  idNumber,
  logIn,
  registerThirty,
  setUpTownship,
  withWrongCheckDigit,
  type Rpc,
} from './persons-fixtures';
import { screenshotPath, useBridge } from './serve';

test.describe.configure({ mode: 'serial' });
const bridge = useBridge();
let rpc: Rpc;
let ids = new Map<string, number>();

test.beforeAll(async () => {
  rpc = await setUpTownship(bridge.url);
  ids = await registerThirty(rpc);
});

let consoleProblems: string[] = [];
test.beforeEach(({ page }) => {
  consoleProblems = [];
  page.on('console', (message) => {
    // the browser's own favicon request is not the app's; it fails only while another run rebuilds build/renderer
    if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico')) {
      consoleProblems.push(message.text());
    }
  });
  page.on('pageerror', (error) => consoleProblems.push(error.message));
});
test.afterEach(() => {
  expect(consoleProblems).toEqual([]);
});

const LI = { id: idNumber('1988-06-12', 24), name: '李秀英' };
const WANG = { id: idNumber('1979-11-03', 35), name: '王建国' };

async function openPerson(page: Page, name: string) {
  await page.goto(`${bridge.url}#/persons/${ids.get(name)}`);
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

test('registers a person from the ID number, refusing a wrong check digit next to the field', async ({ page }) => {
  await logIn(page, bridge.url, HEAD);
  await page.getByRole('link', { name: '人员登记' }).click();
  await page.getByRole('link', { name: '登记新人员' }).click();
  const idField = page.getByLabel('公民身份号码');
  await expect(idField).toBeFocused();

  await idField.fill(withWrongCheckDigit(LI.id));
  await page.keyboard.press('Enter');
  await expect(idField).toHaveAccessibleDescription(/身份证号码校验位不符/);
  await expect(page.getByLabel('姓名')).toBeDisabled();

  await idField.fill(LI.id);
  await page.keyboard.press('Enter');
  const derived = page.getByLabel('由身份证号得出');
  await expect(derived).toContainText('女');
  await expect(derived).toContainText('1988-06-12');
  await expect(derived).toContainText('周岁');
  // Enter moves on, field by field, like Excel; it never sends the form
  await expect(page.getByLabel('姓名')).toBeFocused();
  await page.keyboard.type(LI.name);
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('民族')).toBeFocused();
  await page.getByLabel('民族').selectOption({ label: '汉族' });
  await page.getByLabel('文化程度').selectOption({ label: '初中' });
  await page.getByLabel('村（社区）').selectOption({ label: '东关村' });
  await page.getByLabel('联系电话').fill('13803110001');
  // dates as typed in Excel are tidied when the cursor leaves the field
  await page.getByLabel('失业登记日期').fill('2025.10.8');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('失业登记日期')).toHaveValue('2025-10-08');
  await expect(page.getByLabel('失业原因')).toBeFocused();
  await page.getByLabel('失业原因').fill('企业关闭');
  await page.getByLabel('求职意向').fill('纺织、家政');
  await page.screenshot({ path: screenshotPath('persons-new.png') });

  await page.getByLabel('姓名').fill('');
  await page.getByLabel('联系电话').fill('12345');

  await page.keyboard.press('Control+s');
  await expect(page.getByLabel('姓名')).toHaveAccessibleDescription('请填写姓名');
  await expect(page.getByLabel('联系电话')).toHaveAccessibleDescription(/手机号码应为 11 位/);
  await expect(page.getByLabel('姓名')).toBeFocused();
  await page.screenshot({ path: screenshotPath('persons-new-errors.png') });

  await page.getByLabel('姓名').fill(LI.name);
  await page.getByLabel('联系电话').fill('13803110001');
  await page.keyboard.press('Control+s');
  await expect(page.getByRole('heading', { level: 1, name: LI.name })).toBeVisible();
  await expect(page.getByText(`已登记：${LI.name}`)).toBeVisible();
  ids.set(LI.name, Number(/#\/persons\/(\d+)/.exec(page.url())?.[1]));

  // The same number again opens the record instead of registering the person twice.
  await page.goto(`${bridge.url}#/persons/new`);
  await page.getByLabel('公民身份号码').fill(LI.id);
  await page.keyboard.press('Enter');
  await expect(page.getByText(`该人员已登记（${LI.name}），已为您打开其记录`)).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`#/persons/${ids.get(LI.name)}$`));
});

test('employs one person and cancels another', async ({ page }) => {
  await logIn(page, bridge.url, HEAD);
  await openPerson(page, LI.name);
  await page.getByRole('button', { name: '登记就业' }).click();
  const dialog = page.getByRole('dialog', { name: `登记就业：${LI.name}` });
  await expect(dialog.getByLabel('就业日期')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await page.getByRole('button', { name: '登记就业' }).click();
  await dialog.getByRole('button', { name: '确认登记就业' }).click();
  await expect(dialog.getByLabel('就业形式')).toHaveAccessibleDescription('请选择就业形式');
  await dialog.getByLabel('就业形式').selectOption({ label: '单位就业' });
  await dialog.getByLabel('就业单位').fill('正定县华源纺织有限公司');
  await page.screenshot({ path: screenshotPath('persons-employ-dialog.png') });
  await dialog.getByRole('button', { name: '确认登记就业' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator('.ps-person-head')).toContainText('已就业');
  await expect(page.getByRole('button', { name: '登记就业' })).toBeDisabled();
  await expect(page.getByRole('button', { name: '重新登记' })).toBeEnabled();

  await page.goto(`${bridge.url}#/persons/new`);
  await page.getByLabel('公民身份号码').fill(WANG.id);
  await page.keyboard.press('Enter');
  await page.getByLabel('姓名').fill(WANG.name);
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('heading', { level: 1, name: WANG.name })).toBeVisible();
  await page.getByRole('button', { name: '注销登记' }).click();
  const cancel = page.getByRole('dialog', { name: `注销登记：${WANG.name}` });
  await cancel.getByLabel('注销原因').selectOption({ label: '迁出本乡镇' });
  await cancel.getByLabel('说明').fill('随子女迁往石家庄');
  await cancel.getByRole('button', { name: '确认注销' }).click();
  await expect(page.locator('.ps-person-head')).toContainText('已注销');
});

test('the register finds 张三 by pinyin initials and opens him from the keyboard', async ({ page }) => {
  await logIn(page, bridge.url, HEAD);
  await page.getByRole('link', { name: '人员登记' }).click();
  const search = page.getByRole('searchbox');
  await expect(search).toBeFocused();
  // 30 registered unemployed; 李秀英 (employed) and 王建国 (cancelled) are not in 失业登记
  await expect(page.locator('.ps-count')).toHaveText('共 30 人');
  await expect(page.getByRole('gridcell', { name: '曹阳' })).toBeVisible();
  await page.screenshot({ path: screenshotPath('persons-register.png') });
  await page.getByLabel('只看需跟踪').check();
  await expect(page.locator('.ps-count')).toHaveText('共 10 人');
  await page.getByLabel('只看需跟踪').uncheck();
  await page.getByRole('searchbox').focus();

  await search.fill('zs');
  await expect(page.locator('.ps-count')).toHaveText('共 1 人');
  await expect(page.getByRole('gridcell', { name: '张三' })).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: '张三' })).toBeVisible();

  await page.getByRole('link', { name: '人员登记' }).click();
  await page.getByRole('link', { name: '全部人员' }).click();
  await page.getByRole('searchbox').fill('');
  await expect(page.locator('.ps-count')).toHaveText('共 32 人');
});

test('an edit shows in 变更记录 with the value before and after', async ({ page }) => {
  await logIn(page, bridge.url, HEAD);
  await openPerson(page, '张三');
  await page.getByLabel('联系电话').fill('13912345678');
  await page.getByLabel('现居住地址').fill('正定镇东关村三组 12 号');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('已保存 张三 的基本信息')).toBeVisible();
  await page.getByRole('link', { name: '变更记录' }).click();
  const row = page.getByRole('row').filter({ hasText: '13912345678' });
  await expect(row).toContainText('联系电话');
  await expect(row.getByRole('cell', { name: '13803111000' })).toBeVisible();
  await expect(page.getByRole('cell', { name: HEAD.displayName }).first()).toBeVisible();
  await page.screenshot({ path: screenshotPath('persons-history.png') });
});

test('就业困难 recognition starts from the suggested categories', async ({ page }) => {
  await logIn(page, bridge.url, HEAD);
  await openPerson(page, '王五');
  await page.getByRole('button', { name: '认定', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '认定就业困难人员：王五' });
  await expect(dialog.getByRole('checkbox', { name: '大龄失业人员' })).toBeChecked();
  await expect(dialog.getByRole('checkbox', { name: '城乡低保家庭成员' })).toBeChecked();
  await expect(dialog.getByRole('checkbox', { name: '残疾人' })).not.toBeChecked();
  await page.screenshot({ path: screenshotPath('persons-difficulty.png') });
  await dialog.getByRole('button', { name: '确认认定' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator('.ps-person-head')).toContainText('就业困难：大龄失业人员、城乡低保家庭成员');
  await page.screenshot({ path: screenshotPath('persons-detail.png') });

  await page.getByRole('link', { name: '就业困难' }).click();
  await expect(page.locator('.ps-count')).toHaveText('共 1 人');
  await expect(page.getByRole('gridcell', { name: '王五' })).toBeVisible();
});

test('a stale save from a second clerk is refused with the conflict message', async ({ page, browser }) => {
  await logIn(page, bridge.url, HEAD);
  const other = await browser.newContext();
  const pageB = await other.newPage();
  await logIn(pageB, bridge.url, HEAD);
  await openPerson(page, '李四');
  await pageB.goto(`${bridge.url}#/persons/${ids.get('李四')}`);
  await expect(pageB.getByLabel('联系电话')).toHaveValue('13803111001');

  await page.getByLabel('联系电话').fill('13700000001');
  await page.keyboard.press('Control+s');
  await expect(page.getByText('已保存 李四 的基本信息')).toBeVisible();

  await pageB.getByLabel('技能特长').fill('电焊');
  await pageB.keyboard.press('Control+s');
  const alert = pageB.getByRole('alert');
  await expect(alert).toContainText('记录已被他人修改，本次未保存');
  await expect(alert).toContainText('请关闭后重新打开再改');
  await pageB.getByRole('button', { name: '重新加载' }).click();
  await expect(pageB.getByLabel('联系电话')).toHaveValue('13700000001');
  await expect(pageB.getByLabel('技能特长')).toHaveValue('');
  await other.close();
});

test('a read-only user sees the person but no edit controls', async ({ page }) => {
  await rpc('users:create', {
    username: 'chakan',
    displayName: '查看员',
    role: 'readonly',
    password: 'Chakan#2024x',
  });
  await logIn(page, bridge.url, { username: 'chakan', password: 'Chakan#2024x', displayName: '查看员' });
  await page.getByRole('link', { name: '人员登记' }).click();
  await expect(page.locator('.ps-count')).toHaveText('共 30 人');
  await expect(page.getByRole('link', { name: '登记新人员' })).toHaveCount(0);
  await page.goto(`${bridge.url}#/persons/${ids.get('赵六')}`);
  await expect(page.getByRole('heading', { level: 1, name: '赵六' })).toBeVisible();
  // masked for a user without the grant
  await expect(page.locator('.ps-person-head')).toContainText('********');
  await expect(page.getByLabel('联系电话')).toBeDisabled();
  for (const name of ['保存', '登记就业', '注销登记', '删除']) {
    await expect(page.getByRole('button', { name, exact: true })).toHaveCount(0);
  }
});
