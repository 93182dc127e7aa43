import type Database from 'better-sqlite3';
import type { AuditProblemKind, AuditVerifyResult } from '@shared/contract';
import { auditHash, type AuditContent } from './audit';

const GENESIS = '0'.repeat(64);
const MAX_LISTED = 20;

type StoredRow = AuditContent & { id: number; prevHash: string; hash: string };

/**
 * Walks the whole chain with the key from the key file. Each row is checked on its own terms (its hash over its
 * stored content and prev_hash), its link to the row before, and the ids for gaps; so an edited row is named as
 * changed, a removed one as a gap, and a forged re-link as a bad link. `sqlite_sequence` remembers the highest id
 * ever given out, which betrays rows removed from the end.
 */
export function verifyAuditChain(sqlite: Database.Database, key: Buffer | null): AuditVerifyResult {
  if (!key) {
    const message =
      '找不到审计密钥文件（数据库旁的 .audit-key），无法校验审计日志。恢复到新电脑时请连同备份旁的密钥文件一起复制。';
    return { intact: false, rows: 0, firstBrokenId: null, problems: [], brokenRows: 0, message };
  }
  const rows = sqlite
    .prepare(
      'SELECT id, at, user_id AS userId, user_name AS userName, action, target, target_id AS targetId, detail, prev_hash AS prevHash, hash FROM audit_log ORDER BY id',
    )
    .iterate() as IterableIterator<StoredRow>;
  const problems: AuditVerifyResult['problems'] = [];
  const brokenIds = new Set<number>();
  let count = 0;
  let previous: StoredRow | null = null;
  const report = (id: number, kind: AuditProblemKind, message: string): void => {
    brokenIds.add(id);
    if (problems.length < MAX_LISTED) problems.push({ id, kind, message });
  };
  for (const row of rows) {
    count++;
    const expectedId = previous ? previous.id + 1 : 1;
    if (row.id !== expectedId) {
      const missing = row.id - expectedId;
      report(row.id, 'removed', `第 ${row.id} 条之前缺少 ${missing} 条记录（编号 ${expectedId}–${row.id - 1} 被删除）`);
    }
    const expectedPrev = previous ? previous.hash : GENESIS;
    if (row.prevHash !== expectedPrev && row.id === expectedId) {
      report(row.id, 'bad-link', `第 ${row.id} 条与上一条的链接不符（前一条被改动或被替换）`);
    }
    if (auditHash(key, row.prevHash, row) !== row.hash) {
      report(row.id, 'changed', `第 ${row.id} 条的内容与校验值不符（记录被改动）`);
    }
    previous = row;
  }
  const issued = sqlite.prepare("SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'").get() as
    { seq: number } | undefined;
  const lastId = previous?.id ?? 0;
  if (issued && issued.seq > lastId) {
    report(lastId + 1, 'tail-removed', `最后 ${issued.seq - lastId} 条记录被删除（编号 ${lastId + 1}–${issued.seq}）`);
  }
  const broken = brokenIds.size;
  const firstRowChanged = problems[0]?.id === 1 && problems[0].kind === 'changed' && broken >= count;
  const message =
    broken === 0
      ? `审计日志完整：共 ${count} 条，校验全部通过。`
      : `审计日志有 ${broken} 处问题，第一处：${problems[0]?.message ?? ''}。${
          firstRowChanged ? '全部记录都不符，可能是审计密钥文件不对（例如恢复时未带上备份旁的密钥文件）。' : ''
        }`;
  return {
    intact: broken === 0,
    rows: count,
    firstBrokenId: problems[0]?.id ?? null,
    problems,
    brokenRows: broken,
    message,
  };
}
