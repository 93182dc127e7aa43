// 就业援助 from a person's page: the tab lists the person's actions, logs a new one for them, and offers to mark them
// employed after a placement; the person's page then shows 已就业. Screenshot for docs/screenshots.
import { expect, test } from '@playwright/test';
import { todayInChina } from '../../shared/domain/dates';
import { HEAD, idNumber, logIn, setUpTownship, type Rpc } from './persons-fixtures';
import { screenshotPath, useBridge } from './serve';

const bridge = useBridge();
let rpc: Rpc;
let personId = 0;
const today = todayInChina(Date.now());

test.beforeAll(async () => {
  rpc = await setUpTownship(bridge.url);
  const created = await rpc('persons:create', {
    idNumber: idNumber('1986-04-12', 721),
    name: '周建华',
    villageCode: '130123100201',
    registeredOn: `${today.slice(0, 4)}-01-05`,
  });
  personId = created.id;
  await rpc('assistance:create', {
    personId,
    type: '01',
    date: `${today.slice(0, 4)}-02-10`,
    content: '入户走访，职业指导',
    result: '3',
  });
});

test('logs assistance from the person page and takes up the employment offer', async ({ page }) => {
  await logIn(page, bridge.url, HEAD);
  await page.goto(`${bridge.url}#/persons/${personId}?tab=assistance`);
  await expect(page.getByRole('link', { name: '就业援助' }).first()).toBeVisible();
  await expect(page.getByText('入户走访，职业指导')).toBeVisible();

  await page.getByRole('button', { name: '＋ 登记援助' }).click();
  await page.getByLabel('援助类型').selectOption({ label: '公益性岗位安置' });
  await page.getByLabel('援助结果').selectOption({ label: '已就业' });
  await page.getByLabel('援助内容').fill('安置公益性岗位（道路保洁）');
  await page.getByLabel('推荐或安置单位').fill('正定镇人民政府');
  await page.getByLabel('岗位').fill('保洁员');
  await page.getByRole('button', { name: '保存援助记录' }).click();
  await expect(page.getByText(/是否同时将/)).toBeVisible();
  await page.screenshot({ path: screenshotPath('persons-assistance.png') });
  await page.getByRole('button', { name: '确认' }).click();
  await expect(page.getByText('安置公益性岗位（道路保洁）')).toBeVisible();
  await expect.poll(async () => (await rpc('persons:get', { id: personId })).status).toBe('2');
});
