// Demo assistance actions: guidance, referrals, training, loans, public-welfare posts, subsidies… for registered
// persons and recognised households, dated inside each one's registration, with the money and employers the rules
// require, and one history entry each. Placements of persons employed in a public-welfare post carry result 已就业.

import { addDays, compareDates, daysBetween, startOfDayChinaMs, type IsoDate } from '@shared/domain/dates';
import { assistanceActions } from '../../db/schema';
import type { DemoContext } from './context';
import { weightedPicker, type Rng } from './random';
import { rowInserter } from './writer';

type Target = { personId: number | null; householdId: number | null; from: IsoDate; to: IsoDate };

const pickType = weightedPicker<string>([
  ['01', 28],
  ['02', 24],
  ['03', 10],
  ['04', 3],
  ['05', 2],
  ['06', 4],
  ['07', 8],
  ['08', 5],
  ['09', 3],
  ['10', 5],
  ['11', 4],
  ['12', 2],
  ['13', 1],
  ['99', 1],
]);

const CONTENT: Record<string, readonly string[]> = {
  '01': ['入户走访，了解求职意向并进行职业指导', '电话回访，讲解就业政策', '组织参加职业指导讲座'],
  '02': ['推荐普工岗位', '推荐保洁岗位', '推荐仓储岗位', '推荐餐饮服务岗位'],
  '03': ['参加电工技能培训', '参加家政服务员培训', '参加中式烹调师培训', '参加电商直播培训'],
  '04': ['参加 SYB 创业培训', '参加 IYB 创业培训'],
  '05': ['办理创业担保贷款'],
  '06': ['安置公益性岗位（道路养护）', '安置公益性岗位（保洁）', '安置公益性岗位（护林）'],
  '07': ['发放灵活就业社会保险补贴'],
  '08': ['发放公益性岗位补贴'],
  '09': ['安排就业见习'],
  '10': ['发放外出务工交通补贴'],
  '11': ['组织劳务输出'],
  '12': ['安排到就业帮扶车间就业'],
  '13': ['提供残疾人就业服务'],
  '99': ['其他援助'],
};
const EMPLOYERS = [
  '示范镇食品厂',
  '县工业园区电子厂',
  '示范镇人民政府',
  '县城市管理局',
  '湘南物流公司',
  '示范镇家政服务中心',
  '县人民医院后勤部',
];
const AMOUNT_YUAN: Record<string, [number, number]> = {
  '05': [20000, 150000],
  '07': [600, 3000],
  '08': [500, 1800],
  '10': [100, 800],
};

export function generateAssistance(ctx: DemoContext, count: number): number {
  const rng = ctx.rng('assistance');
  const { store } = ctx;
  const staff =
    (
      store.sqlite.prepare("SELECT display_name AS name FROM users WHERE role = 'head' ORDER BY id LIMIT 1").get() as
        { name: string } | undefined
    )?.name ?? '经办人';
  const targets = collectTargets(ctx);
  if (targets.length === 0) return 0;
  const insert = rowInserter(store, assistanceActions);
  for (let index = 0; index < count; index += 1) {
    const target = targets[rng.int(0, targets.length - 1)]!;
    const span = Math.max(0, daysBetween(target.from, target.to));
    const date = addDays(target.from, rng.int(0, span));
    const type = target.householdId ? rng.pick(['01', '02', '02', '03', '06']) : pickType(rng);
    const at = startOfDayChinaMs(date) + rng.int(9, 17) * 3_600_000;
    const range = AMOUNT_YUAN[type];
    const row = {
      personId: target.personId,
      householdId: target.householdId,
      type,
      date,
      content: rng.pick(CONTENT[type] ?? CONTENT['99']!),
      employer: type === '02' || type === '06' || type === '09' || type === '12' ? rng.pick(EMPLOYERS) : null,
      position: type === '02' || type === '06' ? rng.pick(['普工', '保洁员', '护林员', '仓管员', '服务员']) : null,
      amountFen: range ? rng.int(range[0], range[1]) * 100 + (rng.chance(0.2) ? 50 : 0) : null,
      result: pickResult(rng, type),
      staffUserId: null,
      staffName: staff,
      batchId: null,
      notes: null,
      deletedAt: null,
      version: 1,
      createdAt: at,
      updatedAt: at,
      createdBy: null,
      updatedBy: null,
    };
    const id = insert(row);
    ctx.historyEntries += ctx.writeHistory('assistance', assistanceActions, id, [{ row, at }]);
  }
  return count;
}

/** A placement only counts as 已就业 where the demo person really found work; the rest are still under way. */
function pickResult(rng: Rng, type: string): string {
  if (type === '07' || type === '08' || type === '10' || type === '05') return '9';
  return rng.pick(['2', '3', '3', '9']);
}

function collectTargets(ctx: DemoContext): Target[] {
  const { store, today } = ctx;
  const persons = store.sqlite
    .prepare(
      `SELECT id, registered_on AS registeredOn, coalesce(employed_on, cancelled_on) AS endedOn FROM persons
       WHERE deleted_at IS NULL AND registered_on IS NOT NULL`,
    )
    .all() as { id: number; registeredOn: string; endedOn: string | null }[];
  const households = store.sqlite
    .prepare(
      `SELECT id, identified_on AS identifiedOn, cleared_on AS clearedOn FROM households WHERE identified_on IS NOT NULL AND stage <> 'revoked'`,
    )
    .all() as { id: number; identifiedOn: string; clearedOn: string | null }[];
  const targets: Target[] = persons
    .map((p) => ({ personId: p.id, householdId: null, from: p.registeredOn, to: p.endedOn ?? today }))
    .filter((t) => compareDates(t.from, t.to) <= 0);
  for (const h of households) {
    const to = h.clearedOn ?? today;
    if (compareDates(h.identifiedOn, to) <= 0)
      targets.push({ personId: null, householdId: h.id, from: h.identifiedOn, to });
  }
  return targets;
}
