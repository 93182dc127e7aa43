// A 2,000-row quarterly assistance ledger through the HTTP bridge (`serve`) in Chromium: the time the print preview
// takes to appear (data, React, page count), the time Chromium takes to print it to an A4 PDF (budget 15 s), and
// whether the page stays responsive meanwhile — the longest wait of a page.evaluate round-trip while it renders
// (budget 1 s: longer and the clerk thinks the program has hung).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { launchChromium } from './browser';
import { buildRenderer, ROOT, startBridge, type Bridge } from './bridge';
import type { ChannelInput, ChannelName, ChannelOutput, RpcResult } from '@shared/contract';
import { addDays, previousQuarter, quarterOf, quarterRange, todayInChina } from '@shared/domain/dates';
import { checkDigit } from '@shared/domain/id-number';
import type { BenchSuite, Figure } from './types';

const ROWS = 2000;
const PERSONS = 100;
const VILLAGE = { code: '130123100201', name: '东关村' };
const HEAD = { username: 'zhangwei', displayName: '张伟', password: 'Zhengding#2024' };
const PDF_BUDGET_MS = 15_000;
const RESPONSIVE_BUDGET_MS = 1_000;
const PREVIEW_BUDGET_MS = 5_000;

/** `serve` on a fresh temporary database and a free port, as the end-to-end tests start it. */
async function startFreshBridge(): Promise<Bridge> {
  if (!fs.existsSync(path.join(ROOT, 'build', 'renderer', 'index.html'))) await buildRenderer();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ls-bench-pdf-'));
  const bridge = await startBridge(path.join(dir, 'station.sqlite'));
  return {
    url: bridge.url,
    stop: async () => {
      await bridge.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

type Rpc = <C extends ChannelName>(channel: C, input: ChannelInput<C>) => Promise<ChannelOutput<C>>;

async function rpcClient(url: string): Promise<Rpc> {
  const html = await (await fetch(url)).text();
  const token = /name="labour-station-token" content="([^"]+)"/.exec(html)?.[1] ?? '';
  let session: string | null = null;
  return async (channel, input) => {
    const headers: Record<string, string> = { 'content-type': 'application/json', 'x-labour-token': token };
    if (session) headers['x-labour-session'] = session;
    const response = await fetch(`${url}rpc/${channel}`, { method: 'POST', headers, body: JSON.stringify(input) });
    session = response.headers.get('x-labour-session') ?? session;
    const result = (await response.json()) as RpcResult<ChannelOutput<typeof channel>>;
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.value;
  };
}

/** 100 persons of one village, and 20 batches of 100 actions in the last full quarter: 2,000 ledger rows. */
async function fillStation(url: string): Promise<{ year: number; quarter: number }> {
  const rpc = await rpcClient(url);
  await rpc('setup:complete', {
    countyCode: '130123',
    townshipCode: '130123100',
    townshipName: '正定镇',
    villages: [VILLAGE],
    head: HEAD,
  });
  await rpc('auth:login', { username: HEAD.username, password: HEAD.password });
  const personIds: number[] = [];
  for (let i = 0; i < PERSONS; i += 1) {
    const first17 = `130123${1980 + (i % 20)}0${1 + (i % 9)}1${i % 10}${String(100 + i).padStart(3, '0')}`;
    const created = await rpc('persons:create', {
      idNumber: first17 + checkDigit(first17),
      name: `测试${'甲乙丙丁戊己庚辛壬癸'[i % 10]}${'一二三四五六七八九十'[Math.floor(i / 10)]}`,
      villageCode: VILLAGE.code,
      registeredOn: '2024-01-02',
    });
    personIds.push(created.id);
  }
  // the last full quarter: every date of it is in the past, as the server insists
  const now = quarterOf(todayInChina(Date.now()));
  const period = previousQuarter(now.year, now.quarter);
  const { start } = quarterRange(period.year, period.quarter);
  for (let batch = 0; batch < ROWS / PERSONS; batch += 1) {
    await rpc('assistance:batch', {
      type: batch % 2 === 0 ? '01' : '02',
      date: addDays(start, batch * 4),
      content: '援助月入户走访，宣讲就业创业扶持政策并登记求职意向',
      employer: batch % 2 === 0 ? '' : '正定县纺织厂',
      position: batch % 2 === 0 ? '' : '挡车工',
      result: '3',
      personIds,
    });
  }
  return period;
}

async function logIn(page: Page, url: string) {
  await page.goto(url);
  await page.getByLabel('登录名').fill(HEAD.username);
  await page.getByLabel('密码', { exact: true }).fill(HEAD.password);
  await page.keyboard.press('Enter');
  await page.getByRole('banner').getByText(HEAD.displayName).waitFor();
}

/** The longest page.evaluate round-trip while `work` runs: how long the page's main thread was blocked at worst. */
/** The longest page.evaluate round-trip while `work` runs: how long the page's main thread was blocked at worst. */
async function worstRoundTrip(page: Page, work: Promise<unknown>): Promise<number> {
  let done = false;
  const finish = () => {
    done = true;
  };
  work.then(finish, finish);
  let worst = 0;
  while (!done) {
    const asked = performance.now();
    await page.evaluate('1');
    worst = Math.max(worst, performance.now() - asked);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return worst;
}

const round = (ms: number) => Math.round(ms);

export async function runLedgerPdfBench(): Promise<Figure[]> {
  const bridge = await startFreshBridge();
  const browser = await launchChromium();
  try {
    const period = await fillStation(bridge.url);
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
    await logIn(page, bridge.url);
    const hash = `#/ledgers/print/quarterly-assistance?year=${period.year}&quarter=${period.quarter}`;
    const started = performance.now();
    const shown = page
      .evaluate(`location.hash = ${JSON.stringify(hash)}`)
      .then(() => page.locator('.lg-desk[data-pages]').waitFor({ timeout: 120_000 }));
    const previewWorst = await worstRoundTrip(page, shown);
    await shown;
    const previewMs = performance.now() - started;
    const rows = await page.locator('.lg-table tbody tr').count();
    if (rows < ROWS) throw new Error(`台账只有 ${rows} 行，应为 ${ROWS} 行以上`);
    const previewPages = Number(await page.locator('.lg-desk').getAttribute('data-pages'));

    const pdfStarted = performance.now();
    const pdf = await page.pdf({ format: 'A4', landscape: true, displayHeaderFooter: false, preferCSSPageSize: true });
    const pdfMs = performance.now() - pdfStarted;
    const pdfPages = (pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
    const figure = (name: string, label: string, value: number, unit: string, budget: number | null): Figure => ({
      name: `ledger-pdf.${name}`,
      label,
      value,
      unit,
      budget,
    });
    return [
      figure('preview', `季度援助台账 ${ROWS} 行·打开预览`, round(previewMs), 'ms', PREVIEW_BUDGET_MS),
      figure('pdf', `季度援助台账 ${ROWS} 行·生成 PDF`, round(pdfMs), 'ms', PDF_BUDGET_MS),
      figure('responsive', '预览渲染时页面最长无响应', round(previewWorst), 'ms', RESPONSIVE_BUDGET_MS),
      figure('pages', 'PDF 页数', pdfPages, '页', null),
      // the preview counts the pages itself (it records them with every print): it must agree with Chromium
      figure('pages-difference', '预览估算页数与 PDF 之差', Math.abs(previewPages - pdfPages), '页', 0),
    ];
  } finally {
    await browser.close();
    await bridge.stop();
  }
}

export const ledgerPdfSuite: BenchSuite = {
  name: 'ledger-pdf',
  title: '台账打印（PDF）',
  run: async ({ log }) => {
    log(`通过 serve 生成 ${ROWS} 行季度援助台账并打印为 PDF……`);
    return runLedgerPdfBench();
  },
};
