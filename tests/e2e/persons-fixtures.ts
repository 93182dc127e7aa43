// Helpers of the persons end-to-end tests: valid ID numbers (GB 11643 check digit), and the bridge's /rpc called
// directly to set up the township and the ~30 persons a register screenshot needs, so the specs stay short.
import { expect, type Page } from '@playwright/test';
import type { ChannelInput, ChannelName, ChannelOutput, RpcResult } from '@shared/contract';
import { checkDigit } from '../../shared/domain/id-number';

export const HEAD = { username: 'zhangwei', displayName: '张伟', password: 'Zhengding#2024' };
export const VILLAGES = [
  { code: '130123100201', name: '东关村' },
  { code: '130123100202', name: '西关村' },
  { code: '130123100203', name: '南关社区' },
];

/** An 18-character ID number of 正定县 (130123); an odd `seq` is a man. */
export function idNumber(birth: string, seq: number): string {
  const first17 = `130123${birth.replaceAll('-', '')}${String(seq).padStart(3, '0')}`;
  return first17 + checkDigit(first17);
}

/** The same number with another check character: valid in shape, wrong by one typo. */
export function withWrongCheckDigit(id: string): string {
  const last = id.slice(-1);
  return id.slice(0, 17) + (last === '1' ? '2' : '1');
}

/** The token in the served index.html; waits while build/renderer is being rebuilt by another run. */
async function bridgeToken(url: string): Promise<string> {
  for (let attempt = 0; attempt < 30; attempt += 1) {
    const html = await (await fetch(url)).text();
    const token = /name="labour-station-token" content="([^"]+)"/.exec(html)?.[1];
    if (token) return token;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error('no bridge token in index.html');
}

export type Rpc = <C extends ChannelName>(channel: C, input: ChannelInput<C>) => Promise<ChannelOutput<C>>;

/** An API client with its own session, like a second program on the same PC; throws on any failure. */
export async function rpcClient(url: string): Promise<Rpc> {
  const token = await bridgeToken(url);
  let session: string | null = null;
  return async (channel, input) => {
    const headers: Record<string, string> = { 'content-type': 'application/json', 'x-labour-token': token };
    if (session) headers['x-labour-session'] = session;
    const response = await fetch(`${url}rpc/${channel}`, { method: 'POST', headers, body: JSON.stringify(input) });
    session = response.headers.get('x-labour-session') ?? session;
    const result = (await response.json()) as RpcResult<ChannelOutput<typeof channel>>;
    if (!result.ok) throw new Error(`${channel}: ${result.error.message} ${JSON.stringify(result.error.fields ?? {})}`);
    return result.value;
  };
}

/** 正定镇 with three villages and its head, logged in through the returned client. */
export async function setUpTownship(url: string): Promise<Rpc> {
  const rpc = await rpcClient(url);
  await rpc('setup:complete', {
    countyCode: '130123',
    townshipCode: '130123100',
    townshipName: '正定镇',
    villages: VILLAGES,
    head: HEAD,
  });
  await rpc('auth:login', { username: HEAD.username, password: HEAD.password });
  return rpc;
}

// 30 names whose pinyin initials are all different from `zs` except 张三's.
const NAMES =
  '张三 李四 王五 赵六 刘洋 陈静 杨帆 黄磊 周杰 吴敏 徐丽 孙强 马超 朱琳 胡军 郭燕 何平 高峰 林芳 罗刚 郑红 梁勇 谢娟 宋涛 唐亮 许波 韩梅 冯雪 邓华 曹阳'.split(
    ' ',
  );

function daysAgoInChina(days: number): string {
  return new Date(Date.now() + 8 * 3_600_000 - days * 86_400_000).toISOString().slice(0, 10);
}

/** Registers the 30 persons; 王五 is a man of 50+ from a 低保 family (two difficulty categories to suggest). */
export async function registerThirty(rpc: Rpc): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const [index, name] of NAMES.entries()) {
    const birth = name === '王五' ? '1972-03-15' : `${1980 + (index % 20)}-0${1 + (index % 9)}-1${index % 10}`;
    // men and women in turn (odd sequence = man); 王五 (index 2) is a man
    const created = await rpc('persons:create', {
      idNumber: idNumber(birth, 101 + 2 * index - (index % 2)),
      name,
      villageCode: VILLAGES[index % VILLAGES.length]!.code,
      phone: `1380311${String(1000 + index)}`,
      registeredOn: `2025-0${1 + (index % 9)}-0${1 + (index % 9)}`,
      lowIncome: name === '王五',
      // two in three were called on a few days ago; the others are due a follow-up (需跟踪)
      ...(index % 3 === 0 ? {} : { lastContactOn: daysAgoInChina(3 + (index % 5)) }),
    });
    ids.set(name, created.id);
  }
  return ids;
}

/** Logs in through the page, as a clerk does. */
export async function logIn(
  page: Page,
  url: string,
  user: { username: string; password: string; displayName: string },
) {
  await page.goto(url);
  await page.getByLabel('登录名').fill(user.username);
  await page.getByLabel('密码', { exact: true }).fill(user.password);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('banner')).toContainText(user.displayName);
}
