import {
  CANCEL_REASON,
  DISABILITY_CATEGORY,
  DISABILITY_GRADE,
  EDUCATION,
  ETHNICITY,
  HOUSEHOLD_STAGE,
  PERSON_STATUS,
  SEX,
} from '@shared/codes/index';
import { AppError, type ChannelArgs, type ChannelOutput } from '@shared/contract';
import { quarterRange, todayInChina } from '@shared/domain/dates';
import { maskIdNumber } from '@shared/domain/id-number';
import type { HandlerContext } from '../../context';
import { appendAudit } from '../audit';
import { fenToYuan } from '../assistance/rules';
import { listPersons } from '../persons/query';
import { actionLine, categories, heading, label, periodText, type ActionRaw } from './common';

type Raw = Record<string, string | number | null>;
const s = (value: string | number | null | undefined) => (value === null || value === undefined ? '' : String(value));

function villageName(ctx: HandlerContext, code: string | undefined): string | null {
  if (!code) return null;
  const row = ctx.store.sqlite.prepare('SELECT name FROM villages WHERE code = ?').get(code) as
    { name: string } | undefined;
  if (!row) throw new AppError('NOT_FOUND', '找不到该村（社区）');
  return row.name;
}

/** (a) 就业援助卡 of one person: who, categories, recognition, every action, and how the registration ended. */
export function assistanceCard(
  ctx: HandlerContext,
  input: ChannelArgs<'ledgers:assistance-card'>,
): ChannelOutput<'ledgers:assistance-card'> {
  const p = ctx.store.sqlite
    .prepare(
      'SELECT p.*, v.name AS village_name FROM persons p LEFT JOIN villages v ON v.code = p.village_code WHERE p.id = ? AND p.deleted_at IS NULL',
    )
    .get(input.personId) as Raw | undefined;
  if (!p) throw new AppError('NOT_FOUND', '找不到该人员');
  const full = input.forPerson && (ctx.role === 'head' || ctx.user?.canViewFullId === true);
  const actions = ctx.store.sqlite
    .prepare('SELECT * FROM assistance_actions WHERE person_id = ? AND deleted_at IS NULL ORDER BY date, id')
    .all(input.personId) as ActionRaw[];
  const exit =
    p.status === '2'
      ? { on: s(p.employed_on), reason: `实现就业${p.employer ? `（${s(p.employer)}）` : ''}` }
      : p.status === '3'
        ? { on: s(p.cancelled_on), reason: label(CANCEL_REASON, p.cancel_reason) }
        : p.difficulty_exit_on
          ? { on: s(p.difficulty_exit_on), reason: `退出就业困难人员：${s(p.difficulty_exit_reason)}` }
          : { on: '', reason: '' };
  const totalFen = actions.reduce((sum, a) => sum + (a.amount_fen ?? 0), 0);
  return {
    heading: heading(ctx, '就业援助卡', `${s(p.village_name)} · ${s(p.name)}`),
    person: {
      name: s(p.name),
      idNumber: full ? s(p.id_number) : maskIdNumber(s(p.id_number)),
      sex: label(SEX, p.sex),
      birthDate: s(p.birth_date),
      ethnicity: label(ETHNICITY, p.ethnicity),
      education: label(EDUCATION, p.education),
      village: s(p.village_name),
      address: s(p.address),
      phone: s(p.phone),
      registeredOn: s(p.registered_on),
      status: label(PERSON_STATUS, p.status),
      categories: categories(p.difficulty as string | null),
      recognisedOn: s(p.difficulty_on),
      disability: p.disability_cert
        ? `${label(DISABILITY_CATEGORY, p.disability_category)} ${label(DISABILITY_GRADE, p.disability_grade)}`
        : '',
      exitOn: exit.on,
      exitReason: exit.reason,
    },
    actions: actions.map(actionLine),
    totalAmount: fenToYuan(totalFen) ?? '0.00',
  };
}

/** (b) the quarter's assistance ledger of the township or one village (landscape). */
export function quarterlyAssistance(
  ctx: HandlerContext,
  input: ChannelArgs<'ledgers:quarterly-assistance'>,
): ChannelOutput<'ledgers:quarterly-assistance'> {
  const village = villageName(ctx, input.villageCode);
  const { start, end } = quarterRange(input.year, input.quarter);
  const rows = ctx.store.sqlite
    .prepare(
      `SELECT a.*, coalesce(p.name, h.head_name || '户') AS target, coalesce(p.id_number, h.head_id_number) AS id_number,
              v.name AS village_name, a.person_id
       FROM assistance_actions a
       LEFT JOIN persons p ON p.id = a.person_id
       LEFT JOIN households h ON h.id = a.household_id
       LEFT JOIN villages v ON v.code = coalesce(p.village_code, h.village_code)
       WHERE a.deleted_at IS NULL AND a.date BETWEEN ? AND ? ${input.villageCode ? 'AND v.code = ?' : ''}
       ORDER BY v.code, a.date, a.id`,
    )
    .all(start, end, ...(input.villageCode ? [input.villageCode] : [])) as (ActionRaw & Raw)[];
  const byType = new Map<string, number>();
  const people = new Set<string>();
  let fen = 0;
  const lines = rows.map((row, index) => {
    const line = actionLine(row);
    byType.set(line.type, (byType.get(line.type) ?? 0) + 1);
    people.add(s(row.id_number));
    fen += row.amount_fen ?? 0;
    return {
      ...line,
      index: index + 1,
      name: s(row.target),
      idNumber: maskIdNumber(s(row.id_number)),
      village: s(row.village_name),
    };
  });
  return {
    heading: heading(ctx, '就业援助台账', periodText(input.year, input.quarter, village)),
    rows: lines,
    totals: {
      count: lines.length,
      people: people.size,
      amount: fenToYuan(fen) ?? '0.00',
      byType: [...byType].map(([type, count]) => ({ type, count })),
    },
  };
}

/** (c) the zero-employment household ledger: every household recognised up to the quarter's end (landscape). */
export function householdLedger(
  ctx: HandlerContext,
  input: ChannelArgs<'ledgers:households'>,
): ChannelOutput<'ledgers:households'> {
  const village = villageName(ctx, input.villageCode);
  const { end } = quarterRange(input.year, input.quarter);
  const today = todayInChina(ctx.store.now());
  const rows = ctx.store.sqlite
    .prepare(
      `SELECT h.*, v.name AS village_name,
         (SELECT group_concat(m.name, '、') FROM household_members m WHERE m.household_id = h.id AND m.removed_at IS NULL) AS member_names,
         (SELECT count(*) FROM household_members m WHERE m.household_id = h.id AND m.removed_at IS NULL) AS member_count,
         (SELECT count(*) FROM assistance_actions a WHERE a.household_id = h.id AND a.deleted_at IS NULL) AS assistance,
         (SELECT name FROM persons p WHERE p.id = h.cleared_by_person_id) AS cleared_by_name
       FROM households h LEFT JOIN villages v ON v.code = h.village_code
       WHERE h.deleted_at IS NULL AND h.identified_on IS NOT NULL AND h.identified_on <= ? ${input.villageCode ? 'AND h.village_code = ?' : ''}
       ORDER BY v.code, h.identified_on, h.id`,
    )
    .all(end, ...(input.villageCode ? [input.villageCode] : [])) as Raw[];
  const open = rows.filter((r) => r.stage === 'recognised' || r.stage === 'assisting');
  return {
    heading: heading(ctx, '零就业家庭台账', periodText(input.year, input.quarter, village)),
    rows: rows.map((r, index) => ({
      index: index + 1,
      headName: s(r.head_name),
      headIdNumber: maskIdNumber(s(r.head_id_number)),
      village: s(r.village_name),
      members: Number(r.member_count),
      memberNames: s(r.member_names),
      identifiedOn: s(r.identified_on),
      deadline: s(r.deadline),
      stage: label(HOUSEHOLD_STAGE, r.stage),
      clearedOn: s(r.cleared_on),
      clearedBy: s(r.cleared_by_name),
      assistance: Number(r.assistance),
    })),
    totals: {
      households: rows.length,
      cleared: rows.filter((r) => r.stage === 'cleared').length,
      open: open.length,
      overdue: open.filter((r) => s(r.deadline) !== '' && s(r.deadline) < today).length,
    },
  };
}

/** (d) a register view printed as a table; every matching person, ID numbers masked on paper. */
export function registerLedger(
  ctx: HandlerContext,
  input: ChannelArgs<'ledgers:register'>,
): ChannelOutput<'ledgers:register'> {
  const village = villageName(ctx, input.villageCode);
  const rows: ChannelOutput<'ledgers:register'>['rows'] = [];
  for (let offset = 0; ; offset += 1000) {
    const page = listPersons(
      ctx.store,
      { ...input, offset, limit: 1000, sort: { field: 'villageName', dir: 'asc' } },
      false,
    );
    for (const p of page.rows) {
      rows.push({
        index: rows.length + 1,
        name: p.name,
        idNumber: p.idNumber,
        sex: label(SEX, p.sex),
        age: p.age === null ? '' : String(p.age),
        village: p.villageName ?? '',
        phone: p.phone ?? '',
        status: label(PERSON_STATUS, p.status),
        registeredOn: p.registeredOn ?? '',
        categories: categories(p.difficulty),
      });
    }
    if (page.rows.length < 1000) break;
  }
  const titles = {
    all: '人员名册',
    unemployed: '失业人员实名制登记台账',
    difficulty: '就业困难人员台账',
    disabled: '残疾人求职登记台账',
  };
  return {
    heading: heading(ctx, titles[input.register], `${village ?? '全镇'} · 截至 ${todayInChina(ctx.store.now())}`),
    rows,
  };
}

export function recordPrint(ctx: HandlerContext, input: ChannelArgs<'ledgers:printed'>): Record<string, never> {
  appendAudit(ctx.store, ctx.actor, {
    action: 'ledgers.print',
    target: input.kind,
    detail: { title: input.title, pages: input.pages ?? null, output: input.output },
  });
  return {};
}
