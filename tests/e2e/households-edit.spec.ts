// Changing a household after the application: members added (from the registers and typed), changed and removed;
// a second clerk's change refused with the reason and the page reloaded; 撤销; and the empty home deadline list.
import { expect, test, type Page } from '@playwright/test';
import { todayInChina } from '../../shared/domain/dates';
import { checkDigit } from '../../shared/domain/id-number';
import { useBridge } from './serve';

test.describe.configure({ mode: 'serial' });
const bridge = useBridge();
const PASSWORD = 'Zhengding#2024';
const today = todayInChina(Date.now());
const makeId = (birth: string, sequence: string) =>
  `130123${birth}${sequence}${checkDigit(`130123${birth}${sequence}`)}`;

type Rpc = <T>(channel: string, input: unknown) => Promise<T>;
type Detail = { id: number; version: number; memberList: { id: number; name: string }[] };
let rpc: Rpc;
let householdId = 0;

async function connect(url: string): Promise<Rpc> {
  const html = await (await fetch(url)).text();
  const token = /name="labour-station-token" content="([^"]+)"/.exec(html)?.[1] ?? '';
  let session = '';
  return async <T>(channel: string, input: unknown) => {
    const response = await fetch(`${url}rpc/${channel}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-labour-token': token, 'x-labour-session': session },
      body: JSON.stringify(input),
    });
    session = response.headers.get('x-labour-session') ?? session;
    const body = (await response.json()) as { ok: boolean; value: T; error?: { message: string } };
    if (!body.ok) throw new Error(`${channel}: ${body.error?.message}`);
    return body.value;
  };
}

let consoleProblems: string[] = [];
test.beforeEach(({ page }) => {
  consoleProblems = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleProblems.push(message.text());
  });
  page.on('pageerror', (error) => consoleProblems.push(error.message));
});
test.afterEach(() => expect(consoleProblems).toEqual([]));

test.beforeAll(async () => {
  rpc = await connect(bridge.url);
  await rpc('setup:complete', {
    countyCode: '130123',
    townshipCode: '130123100',
    townshipName: '正定镇',
    villages: [{ code: '130123100201', name: '东关村' }],
    head: { username: 'zhangwei', displayName: '张伟', password: PASSWORD },
  });
  const ids: Record<string, number> = {};
  for (const [name, birth, sequence] of [
    ['陈立', '19760704', '013'],
    ['刘芳', '19810312', '024'],
  ] as const) {
    const saved = await rpc<{ id: number }>('persons:create', {
      idNumber: makeId(birth, sequence),
      name,
      registeredOn: today,
      villageCode: '130123100201',
    });
    ids[name] = saved.id;
  }
  const saved = await rpc<{ id: number }>('households:create', {
    villageCode: '130123100201',
    appliedOn: today,
    members: [{ personId: ids['陈立'], relation: '02', labourCapacity: '1' }],
  });
  householdId = saved.id;
});

async function openHousehold(page: Page) {
  await page.goto(bridge.url);
  await page.getByLabel('登录名').fill('zhangwei');
  await page.getByLabel('密码').fill(PASSWORD);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: /欢迎使用/ })).toBeVisible();
  await page.goto(`${bridge.url}#/zero-households/${householdId}`);
  await expect(page.getByRole('heading', { name: /户主 陈立 的零就业家庭/ })).toBeVisible();
}

test('no household is recognised yet: the home card says so', async ({ page }) => {
  await page.goto(bridge.url);
  await page.getByLabel('登录名').fill('zhangwei');
  await page.getByLabel('密码').fill(PASSWORD);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: '零就业家庭动态清零时限' })).toContainText('暂无待清零家庭');
});

test('members are added from the registers and by ID number, changed and removed', async ({ page }) => {
  await openHousehold(page);
  const members = page.getByRole('table', { name: '家庭成员' });
  await page.getByRole('button', { name: '添加成员' }).click();
  await page.getByLabel('添加已登记人员').fill('lf');
  await page.getByRole('list', { name: '查找结果' }).getByRole('button', { name: /刘芳/ }).click();
  await page.getByLabel('新成员与户主关系').selectOption({ label: '配偶' });
  await page.getByLabel('新成员劳动能力').selectOption({ label: '有' });
  await page.getByRole('button', { name: '保存成员' }).click();
  await expect(members.getByRole('row', { name: /刘芳/ })).toContainText('配偶');

  await page.getByRole('button', { name: '添加成员' }).click();
  await page.getByRole('button', { name: '手工录入成员' }).click();
  await page.getByLabel('新成员身份证号').fill(makeId('20080105', '026'));
  await page.getByLabel('新成员姓名').fill('陈小红');
  await page.getByLabel('新成员与户主关系').selectOption({ label: '女' });
  await page.getByLabel('新成员劳动能力').selectOption({ label: '有' });
  await page.getByRole('button', { name: '保存成员' }).click();
  await expect(members.getByRole('row', { name: /陈小红/ })).toContainText('未就业');
  await expect(page.getByRole('tab', { name: '家庭成员（3）' })).toBeVisible();

  await page.getByRole('button', { name: '修改陈小红' }).click();
  await page.getByLabel('陈小红劳动能力').selectOption({ label: '无' });
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(members.getByRole('row', { name: /陈小红/ })).toContainText('无');
  await page.getByRole('button', { name: '移除陈小红' }).click();
  await page.getByRole('button', { name: '确定移除陈小红' }).click();
  await expect(members.getByRole('row', { name: /陈小红/ })).toHaveCount(0);
});

test("a second clerk's change is refused with the reason, the page reloads, then 撤销 works", async ({ page }) => {
  await openHousehold(page);
  // another clerk changes the head's labour capacity after this page was read
  const detail = await rpc<Detail>('households:get', { id: householdId });
  const head = detail.memberList.find((member) => member.name === '陈立')!;
  await rpc('households:update-member', {
    id: householdId,
    version: detail.version,
    memberId: head.id,
    relation: '02',
    labourCapacity: '2',
  });

  await page.getByRole('button', { name: '撤销', exact: true }).click();
  await page.getByLabel('撤销原因').fill('经入户核实，户主已在县城务工');
  await page.getByRole('button', { name: '确认撤销' }).click();
  await expect(page.getByRole('alert')).toContainText('被他人修改');
  await expect(page.getByRole('table', { name: '家庭成员' }).getByRole('row', { name: /陈立/ })).toContainText('部分');
  await page.getByRole('button', { name: '确认撤销' }).click();
  await expect(page.locator('h1 .badge')).toHaveText('已撤销');
  await expect(page.locator('.hh-facts')).toContainText('经入户核实，户主已在县城务工');
});
