// 统计分析 in the browser, on demo data whose history ends in 2026Q3: the indicator table equals `cli stats` (the
// same numbers as the package's indicators.csv), a number opens the names behind it and a name opens the person,
// the 基本情况 paragraph is copied, the tables go out as CSV for Excel, and the A4 report prints without the program
// around it. Screenshots at 1366×768 for docs/screenshots.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { logIn } from './persons-fixtures';
import { DEMO_HEAD, runCli, seedDemo, startBridgeOn, type RunningBridge } from './package-fixtures';
import { screenshotPath } from './serve';

test.describe.configure({ mode: 'serial' });

type CliStats = { indicators: { code: string; name: string; value: string }[]; paragraph: string };
let bridge: RunningBridge;
let expected: CliStats;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  const seeded = seedDemo(300, '2026-09-20');
  const stats = runCli(['--db', seeded.dbPath, '--json', 'stats', '--quarter', '2026Q3']);
  if (stats.status !== 0) throw new Error(`cli stats failed:\n${stats.stderr}`);
  expected = JSON.parse(stats.stdout) as CliStats;
  bridge = await startBridgeOn(seeded);
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

async function openQuarter(page: Page) {
  await logIn(page, bridge.url, DEMO_HEAD);
  await page.getByRole('link', { name: '统计分析' }).click();
  // the default is the quarter we are in
  await expect(page.getByLabel('年份')).toHaveValue('2026');
  await expect(page.getByLabel('季度', { exact: true })).toHaveValue('4');
  await expect(page.getByRole('region', { name: '主要指标' })).toBeVisible();
  await page.getByLabel('季度', { exact: true }).selectOption('3');
  await expect(page.getByText('2026年第3季度（2026-07-01 至 2026-09-30）')).toBeVisible();
}

const figuresTable = (page: Page) => page.getByRole('region', { name: '主要指标' }).getByRole('table');

test('the indicator table of 2026Q3 equals `cli stats`, with the trend and the by-village chart', async ({ page }) => {
  await openQuarter(page);
  const rows = figuresTable(page)
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader') });
  await expect(rows).toHaveCount(expected.indicators.length);
  const shown = await rows.evaluateAll((list) =>
    list.map((row) => [...row.querySelectorAll('td, th')].map((cell) => cell.textContent?.trim() ?? '')),
  );
  expect(shown).toEqual(expected.indicators.map((f) => [f.code, f.name, f.value]));
  await expect(page.getByRole('region', { name: '基本情况' })).toContainText(expected.paragraph);

  const trend = page.getByRole('region', { name: '近 8 个季度趋势' });
  await expect(trend.getByRole('img')).toBeVisible();
  await expect(trend.getByRole('status')).toHaveText('', { timeout: 30_000 });
  const villages = page.getByRole('region', { name: '分村（社区）统计' });
  await expect(villages.getByRole('img', { name: /各村（社区）期末登记失业人数/ })).toBeVisible();
  await expect(villages.getByRole('row', { name: /^合计/ })).toContainText(expected.indicators[3]!.value);
  await page.screenshot({ path: screenshotPath('statistics.png'), fullPage: true });
});

test('a number opens the names behind it, and a name opens the person', async ({ page }) => {
  await openQuarter(page);
  const newly = expected.indicators.find((f) => f.code === 'I01')!;
  await figuresTable(page)
    .getByRole('button', { name: `${newly.name} ${newly.value}，查看名单` })
    .click();
  const dialog = page.getByRole('dialog', { name: `${newly.name}（全乡镇）` });
  await expect(dialog).toContainText(`共 ${newly.value} 人`);
  const grid = dialog.getByRole('region', { name: `${newly.name}的名单` });
  await expect(grid.getByRole('link').first()).toBeVisible();
  await expect(grid).toContainText('登记 2026-0');
  await page.screenshot({ path: screenshotPath('statistics-drilldown.png') });

  const first = grid.getByRole('link').first();
  const name = (await first.textContent()) ?? '';
  await first.click();
  await expect(page).toHaveURL(/#\/persons\/\d+$/);
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  // Back returns to the same quarter
  await page.goBack();
  await expect(page.getByLabel('季度', { exact: true })).toHaveValue('3');

  // a village's number lists that village only
  const villages = page.getByRole('region', { name: '分村（社区）统计' });
  const village = villages.getByRole('button', { name: /^东山村期末登记失业人数 \d+，查看名单$/ });
  const count = (await village.textContent()) ?? '';
  await village.click();
  const list = page.getByRole('dialog', { name: '期末登记失业人数（东山村）' });
  await expect(list).toContainText(`共 ${count} 人`);
  await list.getByRole('button', { name: '关闭' }).last().click();
  await expect(list).toBeHidden();
});

test('the paragraph is copied, and the tables go out as CSV that Excel reads', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openQuarter(page);
  const box = page.getByRole('region', { name: '基本情况' });
  await box.getByRole('button', { name: '复制' }).click();
  await expect(box.getByRole('status')).toHaveText('已复制，可粘贴到 WPS 或 Word 中');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected.paragraph);

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出指标表（CSV）' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('示范镇_2026Q3_主要指标.csv');
  const bytes = fs.readFileSync(await download.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.subarray(3).toString('utf8').split('\r\n');
  expect(lines[0]).toBe('代码,指标,数值');
  expect(lines[1]).toBe(`I01,${expected.indicators[0]!.name},${expected.indicators[0]!.value}`);

  const villagesDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出分村统计（CSV）' }).click();
  const villages = fs.readFileSync(await (await villagesDownload).path()).toString('utf8');
  expect(villages).toContain('"=""431025100201""",东山村,');
  expect(villages.trimEnd().split('\r\n').at(-1)).toMatch(/^,合计,/);

  const xlsxDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出报告（Excel）' }).click();
  const xlsx = await xlsxDownload;
  expect(xlsx.suggestedFilename()).toBe('示范镇就业工作季度统计报告_2026Q3.xlsx');
  expect(
    fs
      .readFileSync(await xlsx.path())
      .subarray(0, 2)
      .toString('latin1'),
  ).toBe('PK');
});

test('the report prints on A4 portrait without the program around it', async ({ page }) => {
  await openQuarter(page);
  await page.getByRole('link', { name: '打印报告' }).click();
  await expect(page).toHaveURL(/#\/statistics\/print\?year=2026&quarter=3$/);
  const sheet = page.getByRole('article', { name: '示范镇就业工作季度统计报告（2026年第3季度）' });
  await expect(sheet).toContainText(expected.paragraph);
  await expect(sheet).toContainText('填表人');
  await expect(sheet).toContainText('负责人');

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: '功能导航' })).toBeHidden();
  await expect(page.getByRole('button', { name: '打印' })).toBeHidden();
  await page.emulateMedia({ media: null });

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'labour-print-'));
  const pdf = path.join(dir, 'report.pdf');
  await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
  // the first page as the clerk will see it on paper
  execFileSync('pdftoppm', ['-png', '-r', '110', '-f', '1', '-l', '1', '-singlefile', pdf, path.join(dir, 'page')]);
  fs.copyFileSync(path.join(dir, 'page.png'), screenshotPath('statistics-report-print.png'));
  fs.rmSync(dir, { recursive: true, force: true });
});
