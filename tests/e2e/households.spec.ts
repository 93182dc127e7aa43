// 零就业家庭 in browser mode: an application from two registered persons and one typed member, 公示, 认定 with its
// deadline and the 03 offer, the home deadline list (overdue, due soon), 清零 refused until a member is employed and
// then done, and a person who is already in another household refused in Chinese. Screenshots at 1366×768.
import { expect, test, type Page } from '@playwright/test';
import { addDays, todayInChina } from '../../shared/domain/dates';
import { checkDigit } from '../../shared/domain/id-number';
import { screenshotPath, useBridge } from './serve';

test.describe.configure({ mode: 'serial' });
const bridge = useBridge();
const PASSWORD = 'Zhengding#2024';
const today = todayInChina(Date.now());
const daysAgo = (n: number) => addDays(today, -n);
const makeId = (birth: string, sequence: string) =>
  `130123${birth}${sequence}${checkDigit(`130123${birth}${sequence}`)}`;

type Saved = { id: number; version: number };
type Rpc = <T = Saved>(channel: string, input: unknown) => Promise<T>;
let rpc: Rpc;
const people: Record<string, number> = {};

/** The bridge's /rpc as the page uses it: the token from index.html, the session id from each answer. */
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

/** A household of one registered head, taken through the life cycle with dates in the past. */
async function household(head: string, village: string, steps: { publicised?: number; recognised?: number }) {
  let saved = await rpc('households:create', {
    villageCode: village,
    appliedOn: daysAgo(50),
    members: [{ personId: people[head], relation: '02', labourCapacity: '1' }],
  });
  if (steps.publicised !== undefined) {
    saved = await rpc('households:publicise', { ...saved, publicisedOn: daysAgo(steps.publicised) });
  }
  if (steps.recognised !== undefined) {
    saved = await rpc('households:recognise', { ...saved, identifiedOn: daysAgo(steps.recognised) });
  }
  return saved;
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
    villages: [
      { code: '130123100201', name: '东关村' },
      { code: '130123100202', name: '西关村' },
      { code: '130123100203', name: '南关村' },
    ],
    head: { username: 'zhangwei', displayName: '张伟', password: PASSWORD },
  });
  // name, birth date, sequence (odd = male)
  const persons =
    '张建国 19780315 011,李秀英 19800620 022,王大山 19700508 031,赵桂兰 19790211 042,孙志强 19850910 053,周海 19880102 071,吴玉梅 19830417 082';
  for (const [name = '', birth = '', sequence = ''] of persons.split(',').map((line) => line.split(' '))) {
    const saved = await rpc('persons:create', {
      idNumber: makeId(birth, sequence),
      name,
      registeredOn: daysAgo(60),
      villageCode: '130123100201',
    });
    people[name] = saved.id;
  }
  // overdue by 10 days (and already being assisted), due in 3 days, cleared, revoked, just publicised
  const overdue = await household('王大山', '130123100202', { publicised: 42, recognised: 40 });
  await rpc('households:start-assistance', overdue);
  await household('赵桂兰', '130123100203', { publicised: 28, recognised: 27 });
  const cleared = await household('孙志强', '130123100201', { publicised: 22, recognised: 20 });
  const sun = await rpc<{ version: number }>('persons:get', { id: people['孙志强'] });
  await rpc('persons:employ', {
    id: people['孙志强'],
    version: sun.version,
    employedOn: daysAgo(5),
    employmentType: '1',
  });
  await rpc('households:clear', { ...cleared, clearedOn: daysAgo(3), personId: people['孙志强'] });
  const revoked = await household('周海', '130123100202', {});
  await rpc('households:revoke', { ...revoked, revokedOn: daysAgo(2), reason: '家庭成员已在外地稳定就业' });
  await household('吴玉梅', '130123100203', { publicised: 1 });
});

async function logIn(page: Page, path = '') {
  await page.goto(bridge.url);
  await page.getByLabel('登录名').fill('zhangwei');
  await page.getByLabel('密码').fill(PASSWORD);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: /欢迎使用/ })).toBeVisible();
  if (path) await page.goto(`${bridge.url}#${path}`);
}

async function pickPerson(page: Page, name: string) {
  await page.getByLabel('添加已登记人员').fill(name);
  await page
    .getByRole('list', { name: '查找结果' })
    .getByRole('button', { name: new RegExp(name) })
    .click();
}

let householdUrl = '';

test('an application from two registered persons and one typed member', async ({ page }) => {
  await logIn(page, '/zero-households');
  await page.getByRole('link', { name: '新建申请' }).click();
  await expect(page.getByRole('heading', { name: '零就业家庭申请' })).toBeVisible();
  await page.getByLabel('村（社区）', { exact: true }).selectOption({ label: '东关村' });
  await page.getByLabel('家庭住址').fill('正定镇东关村三组 18 号');
  await expect(page.getByLabel('申请日期')).toHaveValue(today);

  await pickPerson(page, '张建国');
  await expect(page.getByLabel('第 1 位成员与户主关系')).toHaveValue('02');
  await pickPerson(page, '李秀英');
  await page.getByLabel('第 2 位成员与户主关系').selectOption({ label: '配偶' });
  await page.getByRole('button', { name: '手工录入成员' }).click();
  await expect(page.getByLabel('第 3 位成员身份证号')).toBeFocused();
  // a wrong check digit is refused by the same GB 11643 rule as everywhere, next to the field
  const typedId = makeId('20030901', '035');
  await page.keyboard.type(typedId.slice(0, 17) + (typedId.endsWith('1') ? '2' : '1'));
  await page.getByLabel('第 3 位成员姓名').fill('张小明');
  await page.getByRole('button', { name: '提交申请' }).click();
  await expect(page.getByLabel('第 3 位成员身份证号')).toHaveAccessibleDescription(/校验位不符/);
  await expect(page.getByLabel('第 1 位成员劳动能力')).toHaveAccessibleDescription('请选择劳动能力');

  await page.getByLabel('第 3 位成员身份证号').fill(typedId);
  await page.getByLabel('第 3 位成员与户主关系').selectOption({ label: '子' });
  for (const n of [1, 2, 3]) await page.getByLabel(`第 ${n} 位成员劳动能力`).selectOption({ label: '有' });
  await expect(page.locator('tr', { has: page.getByLabel('第 3 位成员姓名') })).toContainText('23');

  await page.screenshot({ path: screenshotPath('households-new.png') });

  // the server's field messages (members.2.idNumber) land on the row they name
  await page.route('**/rpc/households:create', (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({
        ok: false,
        error: {
          code: 'INVALID_INPUT',
          message: '该成员已在本户中',
          fields: { 'members.2.idNumber': '该成员已在本户中' },
        },
      }),
    }),
  );
  await page.getByRole('button', { name: '提交申请' }).click();
  await expect(page.getByLabel('第 3 位成员身份证号')).toHaveAccessibleDescription('该成员已在本户中');
  await page.unroute('**/rpc/households:create');
  await page.getByLabel('第 3 位成员身份证号').fill(typedId);

  await page.getByRole('button', { name: '提交申请' }).click();
  await expect(page.getByRole('heading', { name: /户主 张建国 的零就业家庭/ })).toBeVisible();
  householdUrl = page.url();
  await expect(page.getByLabel('认定条件')).toContainText('符合零就业家庭条件');
  const members = page.getByRole('table', { name: '家庭成员' });
  await expect(members.getByRole('row')).toHaveCount(4);
  await expect(members.getByRole('link', { name: '李秀英' })).toHaveAttribute('href', `#/persons/${people['李秀英']}`);
});

test('公示 and 认定: the deadline and the offer of category 03', async ({ page }) => {
  await logIn(page);
  await page.goto(householdUrl);
  await page.getByRole('button', { name: '公示', exact: true }).click();
  await expect(page.getByLabel('公示日期')).toHaveValue(today);
  await page.getByRole('button', { name: '确认公示' }).click();
  await expect(page.locator('h1 .badge')).toHaveText('公示');

  await page.getByRole('button', { name: '认定', exact: true }).click();
  await page.getByRole('button', { name: '确认认定' }).click();
  const deadline = addDays(today, 30);
  await expect(page.getByRole('status').filter({ hasText: '已认定' })).toContainText(
    `清零时限：${deadline}（认定后 30 日内）`,
  );
  const offers = page.getByRole('list', { name: '可认定为就业困难人员的成员' });
  await expect(offers.getByRole('listitem')).toHaveCount(2);
  await page.screenshot({ path: screenshotPath('households-recognised-offers.png') });

  await offers.getByRole('button', { name: '将张建国认定为就业困难人员（零就业家庭成员）' }).click();
  await expect(offers.getByRole('listitem').first()).toContainText('已认定为就业困难人员（零就业家庭成员）');
  const head = await rpc<{ difficulty: string | null }>('persons:get', { id: people['张建国'] });
  expect(head.difficulty).toContain('03');

  await page.reload();
  await expect(page.getByLabel('清零时限')).toContainText(deadline);
  await expect(page.getByLabel('清零时限')).toContainText('剩 30 天');
  await page.screenshot({ path: screenshotPath('households-detail.png') });

  // the first assistance moves the household to 援助中
  await page.getByRole('tab', { name: '援助记录' }).click();
  await page.getByRole('button', { name: '登记援助' }).click();
  await page.getByLabel('援助类型').selectOption({ label: '职业指导' });
  await page.getByLabel('援助内容').fill('上门开展职业指导，推荐县城物业保洁岗位');
  await page.getByLabel('结果', { exact: true }).selectOption({ label: '进行中' });
  await page.getByRole('button', { name: '保存援助记录' }).click();
  await expect(page.getByRole('table', { name: '援助记录' })).toContainText('推荐县城物业保洁岗位');
  await expect(page.locator('h1 .badge')).toHaveText('援助中');
});

test('the home deadline list: overdue in red, due soon in amber', async ({ page }) => {
  await logIn(page);
  const list = page.getByRole('table', { name: '待清零家庭' });
  await expect(page.getByText('本县规定：认定后 30 日内清零')).toBeVisible();
  await expect(list.getByRole('row', { name: /王大山/ })).toContainText('超期 10 天');
  await expect(list.getByRole('row', { name: /王大山/ })).toHaveClass('row-overdue');
  await expect(list.getByRole('row', { name: /赵桂兰/ })).toContainText('剩 3 天');
  await expect(list.getByRole('row', { name: /赵桂兰/ })).toHaveClass('row-soon');
  await expect(list.getByRole('row', { name: /张建国/ })).toContainText('剩 30 天');
  await expect(list.getByRole('row', { name: /孙志强|周海|吴玉梅/ })).toHaveCount(0);
  await page.screenshot({ path: screenshotPath('home-deadlines.png') });
  await list.getByRole('link', { name: '张建国' }).click();
  await expect(page.getByRole('heading', { name: /户主 张建国 的零就业家庭/ })).toBeVisible();
});

test('清零 waits for a registered employment, then clears by that member', async ({ page }) => {
  await logIn(page);
  await page.goto(householdUrl);
  await page.getByRole('button', { name: '清零', exact: true }).click();
  await page.getByLabel('实现就业的成员').selectOption({ label: '张建国' });
  await page.getByRole('button', { name: '确认清零' }).click();
  await expect(page.getByRole('alert')).toContainText('张建国 在');
  await expect(page.getByRole('alert')).toContainText('未登记就业');
  await expect(page.getByRole('link', { name: '打开张建国的人员登记，登记就业' })).toHaveAttribute(
    'href',
    `#/persons/${people['张建国']}`,
  );

  const li = await rpc<{ version: number }>('persons:get', { id: people['李秀英'] });
  await rpc('persons:employ', { id: people['李秀英'], version: li.version, employedOn: today, employmentType: '2' });
  await page.reload();
  await page.getByRole('button', { name: '清零', exact: true }).click();
  await page.getByLabel('实现就业的成员').selectOption({ label: '李秀英（已就业）' });
  await page.getByRole('button', { name: '确认清零' }).click();
  await expect(page.locator('h1 .badge')).toHaveText('已清零');
  await expect(page.getByText('李秀英 实现就业')).toBeVisible();
  await page.getByRole('tab', { name: '变更记录' }).click();
  const history = page.getByRole('table', { name: '变更记录' });
  await expect(history).toContainText('阶段：援助中 → 已清零');
  await expect(history).toContainText('实现就业成员：（空） → 李秀英');
  await expect(history).toContainText('是否就业：否 → 是');
});

test('a person already in another household is refused with the reason', async ({ page }) => {
  await logIn(page, '/zero-households/new');
  await page.getByLabel('村（社区）', { exact: true }).selectOption({ label: '东关村' });
  await pickPerson(page, '张建国');
  await page.getByLabel('第 1 位成员劳动能力').selectOption({ label: '有' });
  await page.getByRole('button', { name: '提交申请' }).click();
  await expect(page.getByRole('alert')).toContainText('张建国 已是户主为 张建国 的零就业家庭');
  await expect(page.getByRole('alert')).toContainText('一人只能属于一个未撤销的家庭');
});

test('the register: stages, filters, search by member name, open with the keyboard', async ({ page }) => {
  await logIn(page, '/zero-households');
  await expect(page.getByText('共 6 户')).toBeVisible();
  await expect(page.getByRole('gridcell', { name: '超期 10 天' })).toBeVisible();
  await page.screenshot({ path: screenshotPath('households-register.png') });

  await page.getByLabel('阶段').selectOption({ label: '已清零' });
  await expect(page.getByText('共 2 户')).toBeVisible();
  await page.getByLabel('阶段').selectOption({ label: '全部阶段' });
  await page.getByLabel('查找').fill('张小明');
  await expect(page.getByText('共 1 户')).toBeVisible();
  await page.getByRole('gridcell', { name: '张建国' }).click();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: /户主 张建国 的零就业家庭/ })).toBeVisible();
  await page.goBack();
  await expect(page.getByLabel('查找')).toHaveValue('张小明');
  await page.getByRole('gridcell', { name: '张建国' }).dblclick();
  await expect(page).toHaveURL(householdUrl);
});
