// 导入台账 in the browser: a messy .xlsx (title rows, a 填报单位 line, a 合计 and a signature row, an ID stored as a
// number, an unknown village, a date column under a header the importer does not know) is dry-run, corrected (the
// date column mapped, the village mapped), imported good rows only, and a person found in 人员登记; a GB18030 CSV
// is read with its Chinese intact and the progress bar shows while the dry run is pending; an .xls gets the
// reader's message. Screenshots at 1366×768 for docs/screenshots.
import ExcelJS from 'exceljs';
import { expect, test, type Page } from '@playwright/test';
import { IDS, gbCsvLedger } from '../helpers/import-fixtures';
import { logIn, rpcClient } from './persons-fixtures';
import { screenshotPath, useBridge } from './serve';

test.describe.configure({ mode: 'serial' });
const bridge = useBridge();

const HEAD = { username: 'lijing', displayName: '李静', password: 'Shifan#2024' };

test.beforeAll(async () => {
  // the fixtures' IDs and village names are those of 示范镇 (county 431025)
  const rpc = await rpcClient(bridge.url);
  await rpc('setup:complete', {
    countyCode: '431025',
    townshipCode: '431025100',
    townshipName: '示范镇',
    villages: [
      { code: '431025100201', name: '东山村' },
      { code: '431025100202', name: '西河村' },
      { code: '431025100203', name: '城关社区' },
    ],
    head: HEAD,
  });
});

let consoleProblems: string[] = [];
test.beforeEach(({ page }) => {
  consoleProblems = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico')) {
      consoleProblems.push(message.text());
    }
  });
  page.on('pageerror', (error) => consoleProblems.push(error.message));
});
test.afterEach(() => {
  expect(consoleProblems).toEqual([]);
});

/** A station's register as it really looks; 失业时间 is a header the importer does not recognise. */
async function messyWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('填表说明').addRow(['身份证号码请设为文本格式。']);
  const sheet = workbook.addWorksheet('花名册');
  sheet.getCell('A1').value = '示范镇失业人员花名册';
  sheet.mergeCells('A1:H1');
  sheet.getCell('A2').value = '填报单位：示范镇劳动保障站（盖章）';
  sheet.getRow(4).values = ['序号', '姓  名', '身份证号码', '性别', '村', '联系电话', '失业时间', '备注'];
  const spaced = `${IDS.spaced.slice(0, 6)} ${IDS.spaced.slice(6, 14)} ${IDS.spaced.slice(14)}`;
  sheet.getRow(5).values = [1, '刘 洋', IDS.plain, '男', '东山村', '13812345678', '2019-03-05', ''];
  sheet.getRow(6).values = [2, '钱七', Number(IDS.numberCell), '男', '东山村', '', '2019.3.5', ''];
  sheet.getCell('C6').numFmt = '0';
  sheet.getRow(7).values = [3, '王芳', spaced, '女', '西河村', '', '2019/03/05', '低保户'];
  sheet.getRow(8).values = [4, '褚四', IDS.unknownVillage, '男', '北坡村', '13900001111', '2019年3月5日', ''];
  sheet.getRow(10).values = ['合计', '共 4 人'];
  sheet.getRow(12).values = ['', '填表人：李四', '', '审核人：'];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function openImport(page: Page) {
  await logIn(page, bridge.url, HEAD);
  await page.getByRole('link', { name: '导入台账' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '导入台账' })).toBeVisible();
}

const totals = (page: Page, label: string) => page.getByLabel(label, { exact: true });

test('dry-runs a messy ledger, takes corrections and imports the good rows', async ({ page }) => {
  await openImport(page);
  await page.getByLabel('选择台账文件').setInputFiles({
    name: '示范镇失业人员花名册.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: await messyWorkbook(),
  });

  // step 2: the register sheet and its header row were found; 失业时间 is not imported yet
  await expect(page.getByRole('heading', { level: 2, name: /核对列和村名/ })).toBeFocused();
  await expect(page.getByLabel('工作表')).toHaveValue('花名册');
  await expect(page.getByLabel('表头在第')).toHaveValue('4');
  const dateColumn = page.getByLabel('G 列“失业时间”导入为');
  await expect(dateColumn).toHaveValue('ignore');
  // ID numbers are masked in the samples as everywhere else
  const masked = `${IDS.plain.slice(0, 6)}********${IDS.plain.slice(-4)}`;
  await expect(page.getByRole('row', { name: /C 身份证号码/ })).toContainText(masked);
  await expect(page.getByRole('row', { name: /C 身份证号码/ })).not.toContainText(IDS.plain);
  await expect(totals(page, '试导入结果')).toContainText('拒绝4');
  await expect(totals(page, '试导入结果')).toContainText('跳过2');
  await expect(page.getByLabel('“北坡村”')).toHaveValue('');

  // the report before the corrections: the number-stored ID and the unknown village, each with its reason
  await page.getByRole('button', { name: '下一步：查看报告' }).click();
  const grid = page.getByRole('region', { name: '试导入报告的各行' });
  const qian = grid.getByRole('row', { name: /钱七/ });
  await expect(qian).toContainText('拒绝导入');
  await expect(qian).toContainText('身份证号码所在单元格是“数字”格式');
  await expect(grid.getByRole('row', { name: /褚四/ })).toContainText('村（社区）“北坡村”不是本乡镇的村（社区）');
  await expect(grid.getByRole('row', { name: /王芳/ })).toContainText('失业登记日期为空');

  // corrections: 失业时间 is the registration date, 北坡村 is now part of 东山村
  await page.getByRole('button', { name: '上一步：修改对应关系' }).click();
  await dateColumn.selectOption({ label: '失业登记日期' });
  await expect(totals(page, '试导入结果')).toContainText('新增2');
  await page.getByLabel('“北坡村”').selectOption({ label: '东山村' });
  await expect(totals(page, '试导入结果')).toContainText('新增3');
  await expect(totals(page, '试导入结果')).toContainText('拒绝1');
  await expect(page.getByLabel('G 列“失业时间”导入为')).toHaveValue('registeredOn');
  await page.screenshot({ path: screenshotPath('import-mapping.png') });

  await page.getByRole('button', { name: '下一步：查看报告' }).click();
  await expect(totals(page, '试导入报告')).toContainText('新增3');
  // opened on the refused rows, the ones the clerk must act on
  await expect(grid.getByRole('row')).toHaveCount(2);
  await expect(grid.getByRole('row', { name: /钱七/ })).toContainText('Excel 只保留 15 位有效数字');
  await page.getByLabel(/^全部（4）/).check();
  await expect(grid.getByRole('row', { name: /褚四/ })).toContainText('新增');
  await page.screenshot({ path: screenshotPath('import-report.png') });

  // the report can be kept as a workbook
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '保存报告' }).click();
  expect((await download).suggestedFilename()).toBe('示范镇失业人员花名册-导入报告.xlsx');

  await page.getByLabel('只导入无误的行').check();
  await page.getByRole('button', { name: '导入…' }).click();
  const dialog = page.getByRole('dialog', { name: '确认导入' });
  await expect(dialog).toContainText('新增 3 名失业人员到人员登记。');
  await expect(dialog).toContainText('1 行被拒绝，不导入');
  // the keyboard confirms: the dialog opens on its 确认导入 button
  await expect(dialog.getByRole('button', { name: '确认导入' })).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(page.getByRole('status').filter({ hasText: '已写入人员登记' })).toContainText('新增 3 人');
  await expect(page.getByRole('heading', { level: 2, name: /导入完成/ })).toBeFocused();
  await page.screenshot({ path: screenshotPath('import-done.png') });

  await page.getByRole('link', { name: '到人员登记查看' }).click();
  await expect(page).toHaveURL(/#\/persons$/);
  await page.getByPlaceholder('姓名、拼音首字母或身份证号').fill('褚四');
  // registered in the village the clerk mapped 北坡村 to, with the phone from the file
  const chu = page.getByRole('row', { name: /褚四/ });
  await expect(chu).toContainText('东山村');
  await expect(chu).toContainText('13900001111');
  await expect(page.getByRole('gridcell', { name: '刘洋' })).toHaveCount(0);
});

test('reads a GB18030 CSV with a progress bar while the dry run runs', async ({ page }) => {
  await openImport(page);
  // held back a moment so the bar and its polling can be seen on a file this small
  let polls = 0;
  page.on('request', (request) => {
    if (request.url().endsWith('/rpc/imports:progress')) polls += 1;
  });
  await page.route('**/rpc/imports:analyse', async (route) => {
    const response = await route.fetch();
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.fulfill({ response });
  });
  const { bytes } = gbCsvLedger();
  await page.getByLabel('选择台账文件').setInputFiles({ name: '花名册.csv', mimeType: 'text/csv', buffer: bytes });
  await expect(page.getByRole('progressbar', { name: '正在试导入' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /核对列和村名/ })).toBeVisible();
  expect(polls).toBeGreaterThan(0);
  await page.unroute('**/rpc/imports:analyse');

  // no sheets in a CSV; the Chinese headers and names came through the GB18030 decoding
  await expect(page.getByLabel('工作表')).toHaveCount(0);
  await expect(page.getByLabel('A 列“姓名”导入为')).toHaveValue('name');
  await expect(page.getByRole('row', { name: /A 姓名/ })).toContainText('张三');
  // 张三's ID is 刘洋's, imported by the test before: recognised as registered, not added twice
  await expect(totals(page, '试导入结果')).toContainText('新增1更新0无变化1拒绝1');
  await page.getByRole('button', { name: '下一步：查看报告' }).click();
  await page.getByLabel(/^全部（3）/).check();
  const grid = page.getByRole('region', { name: '试导入报告的各行' });
  await expect(grid.getByRole('row', { name: /李四/ })).toContainText('新增');
  await expect(grid.getByRole('row', { name: /王五/ })).toContainText('拒绝导入');
});

test('an old .xls gets the reader’s advice to save it as .xlsx', async ({ page }) => {
  await openImport(page);
  const xls = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);
  await page
    .getByLabel('选择台账文件')
    .setInputFiles({ name: '旧台账.xls', mimeType: 'application/vnd.ms-excel', buffer: xls });
  await expect(page.getByRole('alert')).toContainText('旧版 Excel 97-2003（.xls）');
  await expect(page.getByRole('alert')).toContainText('另存为');
});
