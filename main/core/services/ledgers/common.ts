import { ASSISTANCE_RESULT, ASSISTANCE_TYPE, DIFFICULTY, codeLabel, type CodeTable } from '@shared/codes/index';
import { splitDifficultyCodes } from '@shared/domain/difficulty';
import { chinaTimestamp, quarterLabel, type Quarter } from '@shared/domain/dates';
import { AppError, type LedgerHeading } from '@shared/contract';
import type { HandlerContext } from '../../context';
import { getTownship } from '../township';
import { fenToYuan } from '../assistance/rules';

export const label = (table: CodeTable, code: unknown): string =>
  typeof code === 'string' && code !== '' ? (codeLabel(table, code) ?? code) : '';

export const categories = (joined: string | null): string =>
  splitDifficultyCodes(joined)
    .map((code) => label(DIFFICULTY, code))
    .join('、');

export function heading(ctx: HandlerContext, title: string, subtitle: string): LedgerHeading {
  const township = getTownship(ctx.store);
  if (!township) throw new AppError('NOT_SETUP', '请先完成首次设置');
  return {
    township: township.name,
    countyCode: township.countyCode,
    title: `${township.name}${title}`,
    subtitle,
    printedAt: chinaTimestamp(ctx.store.now()).slice(0, 16).replace('T', ' '),
    printedBy: ctx.actor.userName,
  };
}

export function periodText(year: number, quarter: Quarter, villageName: string | null): string {
  return `${quarterLabel(year, quarter)}${villageName ? ` · ${villageName}` : ' · 全镇'}`;
}

export type ActionRaw = {
  date: string;
  type: string;
  content: string;
  employer: string | null;
  position: string | null;
  amount_fen: number | null;
  result: string;
  staff_name: string;
};

export function actionLine(row: ActionRaw) {
  return {
    date: row.date,
    type: label(ASSISTANCE_TYPE, row.type),
    content: row.content,
    employer: row.employer ?? '',
    position: row.position ?? '',
    amount: fenToYuan(row.amount_fen) ?? '',
    result: label(ASSISTANCE_RESULT, row.result),
    staff: row.staff_name,
  };
}
