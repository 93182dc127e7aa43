// 节假日安排 in 设置: the shipped years with 2027 marked 暂定, and the head entering a later year from the State
// Council's notice, refused next to the line when a weekday is listed as a 调休 working day.
import { expect, test } from '@playwright/test';
import { HEAD, logIn, setUpTownship } from './persons-fixtures';
import { screenshotPath, useBridge } from './serve';

const bridge = useBridge();

test.beforeAll(async () => {
  await setUpTownship(bridge.url);
});

test('the head enters the 2028 holidays; a weekday as 调休 is refused', async ({ page }) => {
  await logIn(page, bridge.url, HEAD);
  await page.goto(`${bridge.url}#/settings/calendar`);
  const table = page.getByRole('table', { name: '节假日安排' });
  await expect(table.getByRole('row', { name: /2027.*暂定/ })).toBeVisible();

  await page.getByLabel('年份').fill('2028');
  await page.getByLabel('依据（通知名称与文号）').fill('国务院办公厅关于2028年部分节假日安排的通知');
  await page.getByLabel(/放假安排/).fill('元旦：2028-01-01 至 2028-01-03\n春节：2028-01-25 至 2028-02-01');
  await page.getByLabel(/调休上班的周末/).fill('2028-01-05');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('alert')).toContainText('不是周六或周日');

  await page.getByLabel(/调休上班的周末/).fill('2028-01-22, 2028-02-05');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('已保存 2028 年的节假日安排。')).toBeVisible();
  await expect(table.getByRole('row', { name: /2028.*本站录入/ })).toBeVisible();
  await page.screenshot({ path: screenshotPath('settings-calendar.png'), fullPage: true });
});
