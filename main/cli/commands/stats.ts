import { parseArgs } from 'node:util';
import { createCliSession } from '@core/session';
import type { ChannelOutput } from '@shared/contract';
import { CliError, EXIT, emit, type CliContext } from '../io';
import { openCoreForCli } from '../open';
import { quarterArg } from './quarter-args';

export const STATS_USAGE = 'stats --quarter 2026Q3   季度指标（与同一数据生成的报送包 indicators.csv 一致）';

export async function runStats(ctx: CliContext): Promise<void> {
  const { values } = parseArgs({ args: ctx.args, options: { quarter: { type: 'string' } }, strict: true });
  const period = quarterArg(values.quarter, STATS_USAGE);
  const core = openCoreForCli(ctx.dbPath);
  try {
    const result = await core.dispatch(createCliSession('命令行'), 'stats:quarter', period);
    if (!result.ok) throw new CliError(EXIT.invalid, result.error.message, result.error);
    const stats = result.value as ChannelOutput<'stats:quarter'>;
    emit(ctx, { period: stats.period, indicators: stats.figures, paragraph: stats.paragraph }, () =>
      [
        stats.period.label,
        ...stats.figures.map((f) => `${f.code}  ${f.name.padEnd(16, '　')}  ${f.value}`),
        '',
        stats.paragraph,
      ].join('\n'),
    );
  } finally {
    core.close();
  }
}
