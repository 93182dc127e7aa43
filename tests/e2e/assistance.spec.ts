// 就业援助 in the browser: an action logged from the form for a person found by pinyin initials (the asterisks follow
// the type, the server's field errors sit next to their fields), a placement whose employment offer is accepted so
// the person becomes 已就业, a 援助月 batch for a village that is refused whole when one person has gone and then
// written for everyone ticked, the list with its filters and totals, and the "311" quota tab. Screenshots at
// 1366×768 for docs/screenshots/assistance-*.png.
import { expect, test, type Page } from '@playwright/test';
import { todayInChina } from '../../shared/domain/dates';
import { HEAD, idNumber, logIn, setUpTownship, type Rpc } from './persons-fixtures';
import { screenshotPath, useBridge } from './serve';

test.describe.configure({ mode: 'serial' });
const bridge = useBridge();
let rpc: Rpc;
const ids = new Map<string, number>();

const EAST = '130123100201'; // 东关村
const WEST = '130123100202'; // 西关村
const SOUTH = '130123100203'; // 南关社区
const WEST_NAMES = ['马良', '牛强', '田甜', '石磊', '金花'];
const today = todayInChina(Date.now());
const year = today.slice(0, 4);

async function person(name: string, village: string, seq: number) {
  const created = await rpc('persons:create', {
    idNumber: idNumber(`198${seq % 10}-0${1 + (seq % 9)}-1${seq % 10}`, 500 + seq),
    name,
    villageCode: village,
    phone: `1370311${String(1000 + seq)}`,
    registeredOn: `${year}-01-05`,
  });
  ids.set(name, created.id);
}

test.beforeAll(async () => {
  rpc = await setUpTownship(bridge.url);
  await person('张三', EAST, 1);
  await person('李四', EAST, 2);
  await person('王五', SOUTH, 3);
  for (const [index, name] of WEST_NAMES.entries()) await person(name, WEST, 10 + index);
  // a few actions of this year, with money, for the list and its totals
  const base = { result: '3' as const, date: `${year}-01-20` };
  await rpc('assistance:create', {
    ...base,
    personId: ids.get('王五')!,
    type: '05',
    content: '协助申请创业担保贷款（养殖）',
    amount: '50000',
  });
  await rpc('assistance:create', { ...base, personId: ids.get('张三')!, type: '01', content: '职业生涯规划指导' });
  await rpc('assistance:create', {
    ...base,
    personId: ids.get('李四')!,
    type: '07',
    content: '灵活就业社会保险补贴',
    amount: '1,200.50',
  });
  await rpc('assistance:create', { ...base, personId: ids.get('王五')!, type: '03', content: '电工技能培训（15 天）' });
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

async function openTab(page: Page, tab: string) {
  await page.getByRole('navigation', { name: '功能导航' }).getByRole('link', { name: '就业援助' }).click();
  await page.getByRole('navigation', { name: '就业援助' }).getByRole('link', { name: tab }).click();
}

test('logs an action for a person from the form, with the server field errors next to the fields', async ({ page }) => {
  await logIn(page, bridge.url, HEAD);
  await openTab(page, '登记援助');
  await page.getByLabel('援助对象').fill('zs');
  await page.getByRole('button', { name: /张三/ }).click();
  await expect(page.getByLabel('已选援助对象')).toContainText('张三');

  // the asterisks follow the type: employer and post for a referral, the amount where money moves
  const type = page.getByLabel('援助类型');
  await type.selectOption({ label: '岗位补贴' });
  await expect(page.getByLabel('金额（元）')).toHaveAttribute('required', '');
  await expect(page.getByLabel('岗位')).not.toHaveAttribute('required', '');
  await type.selectOption({ label: '职业介绍（岗位推荐）' });
  await expect(page.getByLabel('推荐或安置单位')).toHaveAttribute('required', '');
  await expect(page.getByLabel('岗位')).toHaveAttribute('required', '');
  await expect(page.getByLabel('金额（元）')).not.toHaveAttribute('required', '');

  await page.getByLabel('援助日期').fill('2099.1.1');
  await page.getByLabel('援助内容').fill('推荐到县纺织厂应聘挡车工');
  await page.getByLabel('岗位').fill('挡车工');
  await page.getByLabel('援助结果').selectOption({ label: '进行中' });
  await page.getByRole('button', { name: '保存援助记录' }).click();
  // both found by the server: a date after today, and the employer a referral needs
  await expect(page.getByLabel('援助日期')).toHaveAccessibleDescription(`援助日期不能晚于今天（${today}）`);
  await expect(page.getByLabel('推荐或安置单位')).toHaveAccessibleDescription(/须填写推荐或安置单位/);
  await expect(page.getByRole('alert')).toContainText('援助日期不能晚于今天');

  await page.getByLabel('援助日期').fill(today);
  await page.getByLabel('推荐或安置单位').fill('正定县纺织厂');
  // the banner goes once the last field it counted is fixed
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.screenshot({ path: screenshotPath('assistance-form.png') });
  await page.getByRole('button', { name: '保存援助记录' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已登记援助' })).toHaveText(
    '已登记援助：张三 · 职业介绍（岗位推荐）',
  );
  // a referral still in progress offers nothing
  await expect(page.getByRole('dialog')).toHaveCount(0);
  const listed = await rpc('assistance:list', { personId: ids.get('张三')! });
  expect(listed.rows.map((row) => [row.type, row.employer, row.position, row.date])).toContainEqual([
    '02',
    '正定县纺织厂',
    '挡车工',
    today,
  ]);
});

test('a placement offers to register the person as employed, and 确认 does', async ({ page }) => {
  await logIn(page, bridge.url, HEAD);
  await page.goto(`${bridge.url}#/assistance/new?personId=${ids.get('李四')}`);
  await expect(page.getByLabel('已选援助对象')).toContainText('李四');
  await page.getByLabel('援助类型').selectOption({ label: '公益性岗位安置' });
  await page.getByLabel('援助内容').fill('安置到镇公益性岗位（道路保洁）');
  await page.getByLabel('推荐或安置单位').fill('正定镇人民政府');
  await page.getByLabel('岗位').fill('保洁员');
  await page.getByLabel('援助结果').selectOption({ label: '已就业' });
  await page.getByRole('button', { name: '保存援助记录' }).click();

  const dialog = page.getByRole('dialog', { name: '登记就业' });
  await expect(dialog).toContainText('是否同时将 李四 登记为已就业（日期、单位、就业形式）？');
  await expect(dialog.getByLabel('就业日期')).toHaveValue(today);
  await expect(dialog.getByLabel('就业单位')).toHaveValue('正定镇人民政府');
  await expect(dialog.getByLabel('就业形式')).toHaveValue('4');
  await page.screenshot({ path: screenshotPath('assistance-employment-offer.png') });
  await dialog.getByRole('button', { name: '确认' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: '已就业' })).toHaveText(`李四 已登记为已就业（${today}）。`);

  const li = await rpc('persons:get', { id: ids.get('李四')! });
  expect([li.status, li.employedOn, li.employer, li.employmentType]).toEqual(['2', today, '正定镇人民政府', '4']);
});

test('a batch for a village is refused whole when a person has gone, then written for everyone ticked', async ({
  page,
}) => {
  await logIn(page, bridge.url, HEAD);
  await openTab(page, '批量登记');
  const village = page.getByLabel('村（社区）', { exact: true });
  await village.selectOption({ label: '西关村' });
  const list = page.getByRole('region', { name: '人员名单' });
  await expect(list.getByRole('row')).toHaveCount(WEST_NAMES.length + 1);
  // everyone ticked at first; 全选 clears and ticks them all
  await expect(list.getByRole('checkbox', { checked: true })).toHaveCount(WEST_NAMES.length + 1);
  await list.getByLabel('全选').uncheck();
  await expect(page.getByText('已选 0 人')).toBeVisible();
  await list.getByLabel('全选').check();
  await list.getByLabel('选择 金花').uncheck();
  await expect(page.getByText('已选 4 人')).toBeVisible();

  await page.getByLabel('援助类型').selectOption({ label: '职业指导' });
  await page.getByLabel('援助内容').fill('援助月入户走访，宣讲就业政策');
  await page.getByLabel('援助结果').selectOption({ label: '进行中' });

  // another clerk deletes one of the ticked persons meanwhile: nothing is written
  const gone = await rpc('persons:get', { id: ids.get('石磊')! });
  await rpc('persons:delete', { id: gone.id, version: gone.version, reason: 'error' });
  await page.getByRole('button', { name: '提交' }).click();
  await expect(page.getByRole('alert')).toContainText('所选人员中有 1 人已不存在，请刷新名单后再试');
  expect((await rpc('assistance:list', { villageCode: WEST })).total).toBe(0);

  await village.selectOption({ label: '（请选择）' });
  await village.selectOption({ label: '西关村' });
  await expect(list.getByRole('row')).toHaveCount(WEST_NAMES.length);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.screenshot({ path: screenshotPath('assistance-batch.png'), fullPage: true });
  await page.getByRole('button', { name: '提交' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已为' })).toContainText('已为 4 人登记');

  await page.getByRole('link', { name: '查看本次登记的记录' }).click();
  await expect(page.getByText('正在查看一次批量登记的记录')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: '共' })).toHaveText('共 4 条 · 金额合计 0.00 元');
  const grid = page.getByRole('region', { name: '援助记录' });
  for (const name of ['马良', '牛强', '田甜', '金花']) await expect(grid.getByText(name)).toBeVisible();
});

test('the list filters by village, type and dates, with the count and the money', async ({ page }) => {
  await logIn(page, bridge.url, HEAD);
  await openTab(page, '援助记录');
  const count = page.getByRole('status').filter({ hasText: '共' });
  // 4 set up, the referral and the placement of the form, the batch of 4
  await expect(count).toHaveText('共 10 条 · 金额合计 51,200.50 元');
  await expect(page.getByRole('region', { name: '援助记录' }).getByText('50,000.00')).toBeVisible();
  await page.screenshot({ path: screenshotPath('assistance-list.png') });

  await page.getByLabel('村（社区）').selectOption({ label: '南关社区' });
  await expect(count).toHaveText('共 2 条 · 金额合计 50,000.00 元');
  await page.getByLabel('类型').selectOption({ label: '职业技能培训' });
  await expect(count).toHaveText('共 1 条 · 金额合计 0.00 元');
  await page.getByLabel('村（社区）').selectOption({ label: '全部' });
  await page.getByLabel('类型').selectOption({ label: '全部类型' });
  await page.getByLabel('日期 从').fill(today.replaceAll('-', '.'));
  await page.getByLabel('日期 从').press('Enter');
  await expect(page.getByLabel('日期 从')).toHaveValue(today);
  await expect(count).toHaveText('共 6 条 · 金额合计 0.00 元');
  await page.getByLabel('到', { exact: true }).fill(`${year}-01-31`);
  await page.getByLabel('到', { exact: true }).press('Enter');
  await expect(count).toHaveText('共 0 条 · 金额合计 0.00 元');
});

test('the quota tab lists who is behind "311"', async ({ page }) => {
  await logIn(page, bridge.url, HEAD);
  await openTab(page, '服务指标');
  await expect(page.getByText('服务指标“311”')).toBeVisible();
  const persons = page.getByRole('region', { name: '未达标人员' });
  // 王五 had a training but no referral or guidance; 李四 is employed now and no longer counted
  await expect(persons.getByRole('row').filter({ hasText: '王五' })).toContainText('职业介绍差 3 次，职业指导差 1 次');
  await expect(persons.getByText('李四')).toHaveCount(0);
  await persons.getByRole('link', { name: '王五' }).click();
  await expect(page.getByLabel('已选援助对象')).toContainText('王五');
});
