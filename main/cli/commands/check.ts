import { checkDatabase } from '@core/services/database-check';
import { CliError, EXIT, emit, type CliContext } from '../io';
import { MIGRATIONS_DIR } from '../open';

/** `check`: integrity, schema version and foreign keys, read-only. Exit 3 when the database is damaged or unusable. */
export function runCheck(ctx: CliContext): Promise<void> {
  const result = checkDatabase(ctx.dbPath, MIGRATIONS_DIR);
  emit(ctx, result, () =>
    [
      `数据库：${result.file}`,
      `完整性：${result.integrity.join('；') || '未检查'}`,
      `数据结构版本：${result.schemaVersion ?? '—'}（本程序 ${result.appSchemaVersion}）`,
      `关联检查：${result.foreignKeyProblems === 0 ? '无问题' : `${result.foreignKeyProblems} 处错误`}`,
      result.township ? `乡镇：${result.township.name}（${result.township.code}）` : '乡镇：尚未设置',
      ...Object.entries(result.counts).map(([table, n]) => `  ${table}：${n}`),
      result.healthy ? '结论：正常' : `结论：有问题\n  ${result.problems.join('\n  ')}`,
    ].join('\n'),
  );
  if (!result.healthy) throw new CliError(EXIT.damaged, result.problems.join('；'), result);
  return Promise.resolve();
}
