import type { ChannelArgs, ChannelOutput, AssistanceRow } from '@shared/contract';
import type { Store } from '../../context';
import { getSetting } from '../settings';
import { fenToYuan } from './rules';

type Raw = {
  id: number;
  person_id: number | null;
  household_id: number | null;
  person_name: string | null;
  head_name: string | null;
  village_name: string | null;
  type: string;
  date: string;
  content: string;
  employer: string | null;
  position: string | null;
  amount_fen: number | null;
  result: string;
  staff_name: string;
  batch_id: string | null;
  version: number;
};

const FROM = `FROM assistance_actions a
  LEFT JOIN persons p ON p.id = a.person_id
  LEFT JOIN households h ON h.id = a.household_id
  LEFT JOIN villages v ON v.code = coalesce(p.village_code, h.village_code)`;

export function listActions(store: Store, input: ChannelArgs<'assistance:list'>): ChannelOutput<'assistance:list'> {
  const where = ['a.deleted_at IS NULL'];
  const params: unknown[] = [];
  const add = (clause: string, value: unknown) => {
    where.push(clause);
    params.push(value);
  };
  if (input.personId) add('a.person_id = ?', input.personId);
  if (input.householdId) add('a.household_id = ?', input.householdId);
  if (input.villageCode) add('coalesce(p.village_code, h.village_code) = ?', input.villageCode);
  if (input.type) add('a.type = ?', input.type);
  if (input.from) add('a.date >= ?', input.from);
  if (input.to) add('a.date <= ?', input.to);
  if (input.batchId) add('a.batch_id = ?', input.batchId);
  const whereSql = where.join(' AND ');
  const summary = store.sqlite
    .prepare(`SELECT count(*) AS n, coalesce(sum(a.amount_fen), 0) AS fen ${FROM} WHERE ${whereSql}`)
    .get(...params) as { n: number; fen: number };
  const rows = store.sqlite
    .prepare(
      `SELECT a.*, p.name AS person_name, h.head_name AS head_name, v.name AS village_name ${FROM}
       WHERE ${whereSql} ORDER BY a.date DESC, a.id DESC LIMIT ? OFFSET ?`,
    )
    .all(...params, input.limit, input.offset) as Raw[];
  return { rows: rows.map(toRow), total: summary.n, totalAmount: fenToYuan(summary.fen) ?? '0.00' };
}

function toRow(row: Raw): AssistanceRow {
  return {
    id: row.id,
    personId: row.person_id,
    householdId: row.household_id,
    targetName: row.person_name ?? (row.head_name ? `${row.head_name}户` : ''),
    villageName: row.village_name,
    type: row.type,
    date: row.date,
    content: row.content,
    employer: row.employer,
    position: row.position,
    amount: fenToYuan(row.amount_fen),
    result: row.result,
    staffName: row.staff_name,
    batchId: row.batch_id,
    version: row.version,
  };
}

/**
 * Who is behind the county's service quotas this year ("311": 3 referrals, 1 guidance, 1 training offer per
 * registered unemployed person; 3 offers per zero-employment household). Only people and households still in need
 * count: persons registered unemployed now, households recognised or being assisted.
 */
export function quotaReport(store: Store, input: ChannelArgs<'assistance:quotas'>): ChannelOutput<'assistance:quotas'> {
  const quota = getSetting(store, 'quotas');
  const from = `${input.year}-01-01`;
  const to = `${input.year}-12-31`;
  const village = input.villageCode ? 'AND p.village_code = ?' : '';
  const personRows = store.sqlite
    .prepare(
      `SELECT p.id, p.name, v.name AS village_name,
         sum(CASE WHEN a.type = '02' THEN 1 ELSE 0 END) AS referrals,
         sum(CASE WHEN a.type = '01' THEN 1 ELSE 0 END) AS guidance,
         sum(CASE WHEN a.type IN ('03', '04') THEN 1 ELSE 0 END) AS training
       FROM persons p
       LEFT JOIN villages v ON v.code = p.village_code
       LEFT JOIN assistance_actions a ON a.person_id = p.id AND a.deleted_at IS NULL AND a.date BETWEEN ? AND ?
       WHERE p.deleted_at IS NULL AND p.status = '1' ${village}
       GROUP BY p.id ORDER BY v.name, p.name`,
    )
    .all(from, to, ...(input.villageCode ? [input.villageCode] : [])) as {
    id: number;
    name: string;
    village_name: string | null;
    referrals: number;
    guidance: number;
    training: number;
  }[];
  const persons = personRows
    .map((row) => {
      const missing = [
        row.referrals < quota.perPerson.referrals ? `职业介绍差 ${quota.perPerson.referrals - row.referrals} 次` : '',
        row.guidance < quota.perPerson.guidance ? `职业指导差 ${quota.perPerson.guidance - row.guidance} 次` : '',
        row.training < quota.perPerson.training ? `培训差 ${quota.perPerson.training - row.training} 次` : '',
      ].filter(Boolean);
      return {
        personId: row.id,
        name: row.name,
        villageName: row.village_name,
        referrals: row.referrals,
        guidance: row.guidance,
        training: row.training,
        missing: missing.join('，'),
      };
    })
    .filter((row) => row.missing !== '');
  const householdRows = store.sqlite
    .prepare(
      `SELECT h.id, h.head_name, v.name AS village_name, count(a.id) AS offers
       FROM households h
       LEFT JOIN villages v ON v.code = h.village_code
       LEFT JOIN assistance_actions a ON a.household_id = h.id AND a.deleted_at IS NULL AND a.date BETWEEN ? AND ?
       WHERE h.deleted_at IS NULL AND h.stage IN ('recognised', 'assisting') ${input.villageCode ? 'AND h.village_code = ?' : ''}
       GROUP BY h.id ORDER BY v.name, h.head_name`,
    )
    .all(from, to, ...(input.villageCode ? [input.villageCode] : [])) as {
    id: number;
    head_name: string;
    village_name: string | null;
    offers: number;
  }[];
  const households = householdRows
    .filter((row) => row.offers < quota.perHousehold.offers)
    .map((row) => ({
      householdId: row.id,
      headName: row.head_name,
      villageName: row.village_name,
      offers: row.offers,
      missing: `岗位推荐差 ${quota.perHousehold.offers - row.offers} 次`,
    }));
  return { quota, persons, households };
}
