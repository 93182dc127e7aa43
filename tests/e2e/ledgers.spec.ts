// 台账打印 in the browser: the four ledgers chosen on /ledgers, previewed on A4 sheets and printed to PDF by Chromium
// (page.pdf with the CSS page size), then read back with pdftotext: the page count for a known number of rows, the
// header row and "第 N 页 共 M 页" on every page, the totals, masked ID numbers, and a typed name that looks like HTML
// printed as text. The first page of each PDF becomes docs/screenshots/ledger-*.png (pdftoppm, 80 dpi).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { ChannelInput, MemberInput } from '@shared/contract';
import { addDays, previousQuarter, quarterOf, quarterRange, todayInChina } from '../../shared/domain/dates';
import { HEAD, idNumber, logIn, setUpTownship, type Rpc } from './persons-fixtures';
import { projectRoot, screenshotPath, useBridge } from './serve';

test.describe.configure({ mode: 'serial' });
const bridge = useBridge();
let rpc: Rpc;

const EAST = '130123100201'; // 东关村
const WEST = '130123100202'; // 西关村
const XSS = '<img src=x onerror=alert(1)>';
const EAST_NAMES =
  '赵刚 钱芳 孙明 李娜 周伟 吴静 郑浩 王丽 冯军 陈红 褚亮 卫敏 蒋涛 沈燕 韩冰 杨光 朱莉 秦勇 尤佳 许峰';
/** 20 + 20 + 19 person actions and one for the household in the quarter in 东关村: the ledger has 60 rows. */
const QUARTER_ROWS = 60;
// the last full quarter, so every date in it is in the past whenever the tests run
const now = quarterOf(todayInChina(Date.now()));
const { year: YEAR, quarter: QUARTER } = previousQuarter(now.year, now.quarter);
const PERIOD = `${YEAR}年第${QUARTER}季度`;
const day = (offset: number) => addDays(quarterRange(YEAR, QUARTER).start, offset);
let eastIds: number[] = [];
let cardIdNumber = '';

async function createPersons(names: string[], village: string, firstSeq: number): Promise<number[]> {
  const ids: number[] = [];
  for (const [index, name] of names.entries()) {
    const birth = `${1980 + (index % 20)}-0${1 + (index % 9)}-1${index % 10}`;
    const created = await rpc('persons:create', {
      ...{ idNumber: idNumber(birth, firstSeq + index), name, villageCode: village, ethnicity: '01', education: '70' },
      ...{ address: `正定镇${index + 1}号`, phone: `1390311${2000 + firstSeq + index}`, registeredOn: day(-30) },
    });
    ids.push(created.id);
  }
  return ids;
}

/** Applied, publicised and recognised; `head` is a registered person or a typed member. */
async function household(head: Omit<MemberInput, 'relation' | 'labourCapacity'>, applied: number) {
  let saved = await rpc('households:create', {
    villageCode: EAST,
    appliedOn: day(applied),
    members: [{ ...head, relation: '02', labourCapacity: '1' }],
  });
  saved = await rpc('households:publicise', { ...saved, publicisedOn: day(applied + 3) });
  return rpc('households:recognise', { ...saved, identifiedOn: day(applied + 10) });
}

test.beforeAll(async () => {
  rpc = await setUpTownship(bridge.url);
  eastIds = await createPersons(EAST_NAMES.split(' '), EAST, 301);
  const westIds = await createPersons(['马良', '牛强', '田甜'], WEST, 401);
  const batch = (input: Omit<ChannelInput<'assistance:batch'>, 'result'>) =>
    rpc('assistance:batch', { ...input, result: '3' });
  await batch({ type: '01', date: day(9), content: '上门讲解失业登记与就业服务政策', personIds: eastIds });
  const referral = { employer: '正定县纺织厂', position: '挡车工' };
  await batch({ type: '02', date: day(42), content: '推荐参加县纺织厂招聘', ...referral, personIds: eastIds });
  await batch({ type: '08', date: day(76), content: '发放岗位补贴', amount: '500', personIds: eastIds.slice(0, 19) });
  // another village and another quarter: neither belongs on the ledger of 东关村 for the quarter
  await batch({ type: '01', date: day(31), content: '政策宣传', personIds: westIds });
  await batch({ type: '01', date: day(-20), content: '春风行动', personIds: eastIds });
  // a typed head named like an HTML tag; the content column is wide enough to keep it on one line of the PDF text
  const xss = await household({ idNumber: idNumber('1978-05-06', 901), name: XSS }, 30);
  const onXss = { type: '02', date: day(81), content: XSS, employer: '正定镇保洁公司', position: '保洁员' } as const;
  await rpc('assistance:create', { ...onXss, householdId: xss.id, result: '3' });
  // a household headed by a registered person who found work, so it is cleared
  const cleared = await household({ personId: eastIds[19]! }, 0);
  const head = await rpc('persons:get', { id: eastIds[19]! });
  await rpc('persons:employ', {
    id: head.id,
    version: head.version,
    employedOn: day(62),
    employmentType: '1',
    employer: '正定县纺织厂',
  });
  const again = await rpc('households:get', { id: cleared.id });
  await rpc('households:clear', { id: again.id, version: again.version, clearedOn: day(63), personId: head.id });
  const card = await rpc('persons:get', { id: eastIds[0]!, fullId: true });
  cardIdNumber = card.idNumber;
  const difficulty = { codes: ['05' as const], recognisedOn: day(0) };
  await rpc('persons:recognise-difficulty', { id: card.id, version: card.version, ...difficulty });
});

let consoleProblems: string[] = [];
let dialogs: string[] = [];
test.beforeEach(({ page }) => {
  consoleProblems = [];
  dialogs = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleProblems.push(message.text());
  });
  page.on('pageerror', (error) => consoleProblems.push(error.message));
  // an alert() would mean the typed "<img onerror>" ran as HTML
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
});
test.afterEach(() => {
  expect(consoleProblems).toEqual([]);
  expect(dialogs).toEqual([]);
});

type Pdf = { pages: string[]; file: string; size: string };

/** Prints the preview with Chromium's PDF engine as the brief's clerk would, and reads it back. */
async function printPdf(page: Page, name: string): Promise<Pdf> {
  const dir = path.join(projectRoot, 'test-results');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}.pdf`);
  await page.pdf({ path: file, format: 'A4', landscape: true, displayHeaderFooter: false, preferCSSPageSize: true });
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const pages = text.split('\f').filter((pageText) => pageText.trim() !== '');
  expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBe(pages.length);
  return { pages, file, size: /Page size:\s+([^\n]+)/.exec(info)?.[1] ?? '' };
}

/** The first page at 80 dpi for the docs, as a clerk would see it in the binder. */
function firstPagePng(pdf: Pdf, name: string) {
  const prefix = path.join(path.dirname(pdf.file), name);
  execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', pdf.file, prefix]);
  fs.copyFileSync(`${prefix}.png`, screenshotPath(`${name}.png`));
}

/** pdftotext keeps the characters of a line but not always the spaces between CJK words. */
const squeeze = (text: string) => text.replace(/\s+/g, '');

function expectPageNumbers(pdf: Pdf) {
  pdf.pages.forEach((pageText, index) => {
    expect(squeeze(pageText)).toContain(`第${index + 1}页共${pdf.pages.length}页`);
  });
}

function expectNoFullIdNumbers(pdf: Pdf) {
  expect(pdf.pages.join('\n')).not.toMatch(/\d{17}[\dX]/);
}

async function openPreview(page: Page, section: string, fill: (form: ReturnType<Page['getByRole']>) => Promise<void>) {
  await page.goto(`${bridge.url}#/ledgers`);
  const form = page.getByRole('region', { name: section });
  await fill(form);
  await form.getByRole('button', { name: '预览' }).click();
  await expect(page.locator('.lg-desk[data-pages]')).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
}

test('the quarterly ledger of a village prints its 60 rows with headers, page numbers, totals and masked IDs', async ({
  page,
}) => {
  await logIn(page, bridge.url, HEAD);
  await openPreview(page, '季度就业援助台账', async (form) => {
    await form.getByLabel('年度').selectOption(String(YEAR));
    await form.getByLabel('季度').selectOption(String(QUARTER));
    await form.getByLabel('范围').selectOption({ label: '东关村' });
  });
  const sheet = page.getByRole('article', { name: '正定镇就业援助台账' });
  await expect(sheet.getByText(`${PERIOD} · 东关村`)).toBeVisible();
  await expect(sheet.getByRole('table', { name: '就业援助台账' }).locator('tbody tr')).toHaveCount(QUARTER_ROWS + 2);
  // the typed text is on the sheet as text, and nothing became an element
  await expect(sheet.getByText(`${XSS}户`)).toBeVisible();
  await expect(sheet.locator('img')).toHaveCount(0);
  // the preview marks where the paper breaks
  await expect(page.locator('.lg-break')).toHaveCount(2);

  // 打印 records the print (kind, title, pages, output) before the browser's print dialog opens
  await page.evaluate(() => {
    window.print = () => document.body.setAttribute('data-printed', 'yes');
  });
  const recorded = page.waitForRequest('**/rpc/ledgers:printed');
  await page.getByRole('button', { name: '打印', exact: true }).click();
  const body = (await recorded).postDataJSON() as { kind: string; output: string; pages: number; title: string };
  await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes');
  const previewPages = Number(await page.locator('.lg-desk').getAttribute('data-pages'));
  expect(body).toMatchObject({ kind: 'quarterly-assistance', output: 'browser', pages: previewPages });
  expect(body.title).toContain('东关村');

  const pdf = await printPdf(page, 'ledger-quarterly');
  expect(pdf.size).toMatch(/^841\.92 x 594\.96 /); // A4 landscape, in points
  // 60 single-line rows of about 7 mm: about 20 on the first page (under the title), 23 on the next
  expect(pdf.pages).toHaveLength(3);
  expect(previewPages).toBe(pdf.pages.length);
  expectPageNumbers(pdf);
  for (const pageText of pdf.pages) {
    expect(squeeze(pageText)).toContain('序号姓名身份证号村（社区）援助日期援助类型援助内容');
  }
  const all = pdf.pages.join('\n');
  expect(all.match(/130123\*{8}\d{3}[\dX]/g)).toHaveLength(QUARTER_ROWS);
  expectNoFullIdNumbers(pdf);
  expect(squeeze(all)).toContain('合计：援助60人次，涉及21人');
  expect(all).toContain('9,500.00');
  expect(squeeze(all)).toContain('其中：职业指导20人次；职业介绍（岗位推荐）21人次；岗位补贴19人次');
  expect(all).toContain(XSS);
  expect(all).not.toContain('西关村');
  expect(all).not.toContain('春风行动');
  // only the sheet is printed: not the app's header and navigation, nor the preview's buttons
  expect(all).not.toMatch(/退出登录|人员登记|保存为 PDF|第\d+页(?!\s*共)/);
  // the last page ends with the signature lines and the seal
  const last = squeeze(pdf.pages.at(-1)!);
  for (const words of ['填表人：', '审核人：', '负责人：', '填表日期：', '盖章处']) expect(last).toContain(words);
  // later pages carry the ledger's name at the top, the first has the title instead
  expect(squeeze(pdf.pages[1]!)).toContain(`正定镇就业援助台账（${PERIOD}·东关村）`);
  firstPagePng(pdf, 'ledger-quarterly');
});

test('the assistance card masks the ID number unless printed for the person themself', async ({ page }) => {
  await logIn(page, bridge.url, HEAD);
  const pickPerson = async (form: ReturnType<Page['getByRole']>) => {
    await form.getByLabel('人员').fill('zhaog');
    await form.getByRole('button', { name: /赵刚/ }).click();
  };
  await openPreview(page, '就业援助卡', async (form) => {
    await pickPerson(form);
    await page.screenshot({ path: path.join(projectRoot, 'test-results', 'ledger-chooser.png') });
  });
  const sheet = page.getByRole('article', { name: '正定镇就业援助卡' });
  // 春风行动 of the quarter before, the three actions of the quarter, and the 合计 row
  await expect(sheet.getByRole('table', { name: '援助记录' }).locator('tbody tr')).toHaveCount(5);
  let pdf = await printPdf(page, 'ledger-assistance-card');
  // portrait: the CSS page size wins over page.pdf's landscape option
  expect(pdf.size).toMatch(/^594\.96 x 841\.92 /);
  expect(pdf.pages).toHaveLength(1);
  expectPageNumbers(pdf);
  const text = pdf.pages.join('\n');
  expect(text).toContain(`${cardIdNumber.slice(0, 6)}********${cardIdNumber.slice(-4)}`);
  expectNoFullIdNumbers(pdf);
  expect(squeeze(text)).toContain('连续失业一年以上');
  expect(squeeze(text)).toContain('合计：援助4次');
  expect(text).toContain('500.00');
  expect(squeeze(text)).toContain('援助对象签字：');
  firstPagePng(pdf, 'ledger-assistance-card');

  await openPreview(page, '就业援助卡', async (form) => {
    await pickPerson(form);
    await form.getByLabel('本人领取（显示完整身份证号）').check();
  });
  await expect(page.getByRole('article', { name: '正定镇就业援助卡' })).toContainText(cardIdNumber);
  pdf = await printPdf(page, 'ledger-assistance-card-own');
  expect(pdf.pages.join('\n')).toContain(cardIdNumber);
});

test('the zero-employment household ledger counts cleared, open and overdue households', async ({ page }) => {
  await logIn(page, bridge.url, HEAD);
  await openPreview(page, '零就业家庭台账', async (form) => {
    await form.getByLabel('年度').selectOption(String(YEAR));
    await form.getByLabel('季度').selectOption(String(QUARTER));
  });
  const sheet = page.getByRole('article', { name: '正定镇零就业家庭台账' });
  // head and only member: the name is in 户主姓名 and in 家庭成员
  await expect(sheet.getByRole('cell', { name: XSS, exact: true })).toHaveCount(2);
  await expect(sheet.locator('img')).toHaveCount(0);
  const pdf = await printPdf(page, 'ledger-households');
  expect(pdf.pages).toHaveLength(1);
  expectPageNumbers(pdf);
  const text = pdf.pages.join('\n');
  expect(squeeze(text)).toContain('合计：共2户，已清零1户，未清零1户，其中超过清零时限1户');
  expect(squeeze(text)).toContain(`${PERIOD}·全镇`);
  expect(text).toContain('已清零');
  expect(text).toContain('许峰');
  expect(text).toContain(XSS);
  expectNoFullIdNumbers(pdf);
  firstPagePng(pdf, 'ledger-households');
});

test('the register prints every person of the choice with the count', async ({ page }) => {
  await logIn(page, bridge.url, HEAD);
  await openPreview(page, '人员名册', async (form) => {
    await form.getByLabel('名册').selectOption({ label: '全部人员' });
    await form.getByLabel('村（社区）').selectOption({ label: '东关村' });
  });
  const pdf = await printPdf(page, 'ledger-register');
  // 20 rows fill the first page; the totals and signatures take the last row with them onto the second
  expect(pdf.pages).toHaveLength(2);
  expect(Number(await page.locator('.lg-desk').getAttribute('data-pages'))).toBe(2);
  expect(squeeze(pdf.pages[1]!)).toMatch(/^.*序号姓名身份证号.*20赵刚.*合计：共20人.*填表人：/);
  expectPageNumbers(pdf);
  const text = pdf.pages.join('\n');
  expect(squeeze(text)).toContain('合计：共20人');
  expect(text.match(/130123\*{8}\d{3}[\dX]/g)).toHaveLength(20);
  expectNoFullIdNumbers(pdf);
  for (const pageText of pdf.pages) expect(squeeze(pageText)).toContain('序号姓名身份证号性别年龄');
  firstPagePng(pdf, 'ledger-register');
});

test('a hand-edited address gets a message, not an empty sheet', async ({ page }) => {
  await logIn(page, bridge.url, HEAD);
  await page.goto(`${bridge.url}#/ledgers/print/quarterly-assistance?year=${YEAR}&quarter=5`);
  await expect(page.getByRole('alert')).toContainText('地址中的打印条件有误');
  await page.goto(`${bridge.url}#/ledgers/print/assistance-card?personId=99999`);
  await expect(page.getByRole('alert')).toContainText('找不到该人员');
});
