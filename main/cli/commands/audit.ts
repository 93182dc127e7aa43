import fs from 'node:fs';
import { openDatabase } from '@core/db/open';
import { readAuditKey } from '@core/services/backups/database-file';
import { verifyAuditChain } from '@core/services/audit-verify';
import { CliError, EXIT, emit, type CliContext } from '../io';
import { MIGRATIONS_DIR } from '../open';

export const AUDIT_USAGE = 'audit verify    校验审计日志的 HMAC 链（完整退出码 0，有断裂 3）';

/**
 * `audit verify`: read-only, with the key from the key file beside the database. It never creates a key: checking
 * with a fresh random key would call every row forged.
 */
export function runAudit(ctx: CliContext): Promise<void> {
  const [sub, ...extra] = ctx.args;
  if (sub !== 'verify' || extra.length > 0) throw new CliError(EXIT.usage, `用法：${AUDIT_USAGE}`);
  if (!fs.existsSync(ctx.dbPath)) throw new CliError(EXIT.damaged, `数据库文件不存在：${ctx.dbPath}`);
  const { sqlite } = openDatabase(ctx.dbPath, { migrationsDir: MIGRATIONS_DIR, readonly: true });
  try {
    const result = verifyAuditChain(sqlite, readAuditKey(ctx.dbPath));
    emit(ctx, result, () =>
      [result.message, ...result.problems.map((p) => `  第 ${p.id} 条：${p.message}`)].join('\n'),
    );
    if (!result.intact) throw new CliError(EXIT.damaged, result.message, result);
  } finally {
    sqlite.close();
  }
  return Promise.resolve();
}
