import { ASSISTANCE_TYPE, PERSON_STATUS, HOUSEHOLD_STAGE } from '@shared/codes/index';
import { AppError, type ChannelArgs, type ChannelOutput } from '@shared/contract';
import { previousQuarters, quarterLabel, quarterRange } from '@shared/domain/dates';
import { fenToYuan } from '@shared/domain/money';
import { quarterParagraph } from '@shared/domain/report-text';
import type { Store } from '../../context';
import { label } from '../ledgers/common';
import { listVillages, getTownship } from '../township';
import { quarterFigures } from './quarter-figures';

function valuesOf(counter: ReturnType<typeof quarterFigures>['total']): Record<string, string> {
  return Object.fromEntries([...counter.result(), ...counter.extras()].map((f) => [f.code, f.value]));
}

export function quarterStats(store: Store, input: ChannelArgs<'stats:quarter'>): ChannelOutput<'stats:quarter'> {
  const township = getTownship(store);
  if (!township) throw new AppError('NOT_SETUP', '请先完成首次设置');
  const { total, byVillage } = quarterFigures(store, input.year, input.quarter);
  const figures = [...total.result(), ...total.extras()];
  const names = new Map(listVillages(store).map((v) => [v.code, v.name]));
  const villageRows = [...names.keys()].map((code) => ({
    villageCode: code,
    villageName: names.get(code)!,
    values: byVillage.has(code)
      ? valuesOf(byVillage.get(code)!)
      : Object.fromEntries(figures.map((f) => [f.code, f.code === 'I14' || f.code === 'X02' ? '0.00' : '0'])),
  }));
  if (byVillage.has(''))
    villageRows.push({ villageCode: '', villageName: '未填村（社区）', values: valuesOf(byVillage.get('')!) });
  return {
    period: { ...quarterRange(input.year, input.quarter), label: quarterLabel(input.year, input.quarter) },
    figures,
    byVillage: villageRows,
    paragraph: quarterParagraph(township.name, input.year, input.quarter, valuesOf(total)),
  };
}

export function trend(store: Store, input: ChannelArgs<'stats:trend'>): ChannelOutput<'stats:trend'> {
  const quarters = [
    ...previousQuarters(input.year, input.quarter, input.count - 1).reverse(),
    { year: input.year, quarter: input.quarter },
  ];
  return quarters.map(({ year, quarter }) => ({
    year,
    quarter,
    label: `${year}Q${quarter}`,
    values: valuesOf(quarterFigures(store, year, quarter).total),
  }));
}

const PERSON_CODES = new Set(['I01', 'I02', 'I03', 'I04', 'I05', 'I11', 'I12']);
const HOUSEHOLD_CODES = new Set(['I06', 'I07', 'I08', 'I09']);

/** The records behind a number of the statistics screen, by their current names. */
export function recordsBehind(store: Store, input: ChannelArgs<'stats:records'>): ChannelOutput<'stats:records'> {
  const { total, byVillage } = quarterFigures(store, input.year, input.quarter, { keys: true });
  const counter = input.villageCode === undefined ? total : byVillage.get(input.villageCode);
  const ids = (counter?.keys.get(input.code as never) ?? []).map(Number);
  const kind = PERSON_CODES.has(input.code) ? 'person' : HOUSEHOLD_CODES.has(input.code) ? 'household' : 'assistance';
  if (ids.length === 0) return { kind, rows: [] };
  // the ids go in as one JSON array: an IN (?, ?, …) list of 100,000 ids exceeds SQLite's variable limit
  const idList = JSON.stringify(ids);
  if (kind === 'person') {
    const rows = store.sqlite
      .prepare(
        `SELECT p.id, p.name, coalesce(v.name, '') AS village, p.status, p.registered_on, p.employed_on FROM persons p LEFT JOIN villages v ON v.code = p.village_code WHERE p.id IN (SELECT value FROM json_each(?)) ORDER BY v.code, p.name`,
      )
      .all(idList) as {
      id: number;
      name: string;
      village: string;
      status: string;
      registered_on: string | null;
      employed_on: string | null;
    }[];
    return {
      kind,
      rows: rows.map((r) => ({
        id: r.id,
        name: r.name,
        village: r.village,
        detail: `${label(PERSON_STATUS, r.status)} · 登记 ${r.registered_on ?? ''}${r.employed_on ? ` · 就业 ${r.employed_on}` : ''}`,
      })),
    };
  }
  if (kind === 'household') {
    const rows = store.sqlite
      .prepare(
        `SELECT h.id, h.head_name AS name, coalesce(v.name, '') AS village, h.stage, h.identified_on, h.deadline FROM households h LEFT JOIN villages v ON v.code = h.village_code WHERE h.id IN (SELECT value FROM json_each(?)) ORDER BY v.code, h.id`,
      )
      .all(idList) as {
      id: number;
      name: string;
      village: string;
      stage: string;
      identified_on: string | null;
      deadline: string | null;
    }[];
    return {
      kind,
      rows: rows.map((r) => ({
        id: r.id,
        name: `${r.name}户`,
        village: r.village,
        detail: `${label(HOUSEHOLD_STAGE, r.stage)} · 认定 ${r.identified_on ?? ''} · 时限 ${r.deadline ?? ''}`,
      })),
    };
  }
  const rows = store.sqlite
    .prepare(
      `SELECT a.id, coalesce(p.name, h.head_name || '户') AS name, coalesce(v.name, '') AS village, a.type, a.date, a.amount_fen
       FROM assistance_actions a LEFT JOIN persons p ON p.id = a.person_id LEFT JOIN households h ON h.id = a.household_id
       LEFT JOIN villages v ON v.code = coalesce(p.village_code, h.village_code) WHERE a.id IN (SELECT value FROM json_each(?)) ORDER BY a.date, a.id`,
    )
    .all(idList) as {
    id: number;
    name: string;
    village: string;
    type: string;
    date: string;
    amount_fen: number | null;
  }[];
  return {
    kind,
    rows: rows.map((r) => ({
      id: r.id,
      name: r.name,
      village: r.village,
      detail: `${r.date} · ${label(ASSISTANCE_TYPE, r.type)}${r.amount_fen ? ` · ${fenToYuan(r.amount_fen)} 元` : ''}`,
    })),
  };
}
