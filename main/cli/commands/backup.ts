import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { createBackup } from '@core/services/backups/backup';
import { CliError, EXIT, emit, type CliContext } from '../io';
import { openCoreForCli } from '../open';

export const BACKUP_USAGE = 'backup [--out 文件]    立即备份（默认写入数据文件夹的 backups 和第二备份位置）';
export const CLI_ACTOR = { userId: null, userName: '命令行', source: 'cli' } as const;

/** `backup`: the same VACUUM INTO → fsync → integrity_check → rename as the app, never a copy of the live file. */
export function runBackup(ctx: CliContext): Promise<void> {
  const { values } = parseArgs({ args: ctx.args, options: { out: { type: 'string' } }, strict: true });
  // opening a missing file would create an empty database just to refuse backing it up
  if (!fs.existsSync(ctx.dbPath)) throw new CliError(EXIT.damaged, `数据库文件不存在：${ctx.dbPath}`);
  const core = openCoreForCli(ctx.dbPath);
  try {
    const report = createBackup(core.store, CLI_ACTOR, { kind: 'manual', ...(values.out ? { file: values.out } : {}) });
    emit(ctx, report, () =>
      [
        ...report.created.map((b) => `已备份：${b.file}（${b.sizeBytes} 字节，校验通过）`),
        ...report.problems.map((p) => `注意：${p}`),
      ].join('\n'),
    );
  } finally {
    core.close();
  }
  return Promise.resolve();
}
