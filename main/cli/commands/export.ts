import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createCliSession } from '@core/session';
import type { ChannelOutput } from '@shared/contract';
import { CliError, EXIT, emit, type CliContext } from '../io';
import { openCoreForCli } from '../open';
import { quarterArg } from './quarter-args';

export const EXPORT_USAGE = 'export --quarter 2026Q3 [--out 目录] [--operator 经办人]   生成季度报送包并输出其路径';

/** `export`: the county package, refused (exit 1, with every pre-flight problem) when the county would reject it. */
export async function runExport(ctx: CliContext): Promise<void> {
  const { values } = parseArgs({
    args: ctx.args,
    options: { quarter: { type: 'string' }, out: { type: 'string' }, operator: { type: 'string' } },
    strict: true,
  });
  const period = quarterArg(values.quarter, EXPORT_USAGE);
  const core = openCoreForCli(ctx.dbPath);
  try {
    const session = createCliSession(values.operator ?? '命令行');
    const check = await core.dispatch(session, 'packages:preflight', period);
    if (!check.ok) throw new CliError(EXIT.invalid, check.error.message, check.error);
    const preflight = check.value as ChannelOutput<'packages:preflight'>;
    if (preflight.problems.length > 0) {
      const lines = preflight.problems.map(
        (p) => `  ${p.file}${p.line ? ` 第 ${p.line} 行` : ''}${p.field ? ` ${p.field}` : ''}：${p.message}`,
      );
      throw new CliError(
        EXIT.invalid,
        [`预检发现 ${preflight.problems.length} 个问题，未生成报送包：`, ...lines].join('\n'),
        preflight.problems,
      );
    }
    const made = await core.dispatch(session, 'packages:export', {
      ...period,
      ...(values.operator ? { operator: values.operator } : {}),
    });
    if (!made.ok) throw new CliError(EXIT.invalid, made.error.message, made.error);
    const entry = made.value as ChannelOutput<'packages:export'>;
    let file = entry.path;
    if (values.out) {
      fs.mkdirSync(path.resolve(values.out), { recursive: true });
      file = path.join(path.resolve(values.out), entry.fileName);
      fs.copyFileSync(entry.path, file);
    }
    const { base64: _omitted, ...summary } = entry;
    emit(ctx, { ...summary, path: file }, () => file);
  } finally {
    core.close();
  }
}
