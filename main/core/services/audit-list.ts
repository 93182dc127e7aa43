import { and, count, desc, eq, gte, lt, sql, type SQL } from 'drizzle-orm';
import { auditActionLabel, type AuditRow, type ChannelOutput } from '@shared/contract';
import type { auditListInput } from '@shared/contract/audit';
import { endOfDayChinaMs, startOfDayChinaMs } from '@shared/domain/dates';
import type { z } from 'zod';
import { auditLog } from '../db/schema';
import type { Store } from '../context';

export type AuditQuery = z.output<typeof auditListInput>;

/** The audit viewer: newest first, filtered by China calendar days, user, action (or area: `persons.`) and target. */
export function listAudit(store: Store, query: AuditQuery): ChannelOutput<'audit:list'> {
  const where: SQL[] = [];
  if (query.from) where.push(gte(auditLog.at, startOfDayChinaMs(query.from)));
  if (query.to) where.push(lt(auditLog.at, endOfDayChinaMs(query.to)));
  if (query.userId !== undefined) where.push(eq(auditLog.userId, query.userId));
  if (query.action) {
    // a prefix compared with substr, not LIKE: an action name must not be read as a pattern
    where.push(
      query.action.endsWith('.')
        ? sql`substr(${auditLog.action}, 1, ${query.action.length}) = ${query.action}`
        : eq(auditLog.action, query.action),
    );
  }
  if (query.target) where.push(eq(auditLog.target, query.target));
  if (query.targetId) where.push(eq(auditLog.targetId, query.targetId));
  const condition = where.length > 0 ? and(...where) : undefined;
  const rows = store.db
    .select()
    .from(auditLog)
    .where(condition)
    .orderBy(desc(auditLog.id))
    .limit(query.limit)
    .offset(query.offset)
    .all();
  const total = store.db.select({ n: count() }).from(auditLog).where(condition).get()?.n ?? 0;
  return { rows: rows.map(toView), total };
}

function toView(row: typeof auditLog.$inferSelect): AuditRow {
  return {
    id: row.id,
    at: row.at,
    userId: row.userId,
    userName: row.userName,
    action: row.action,
    actionLabel: auditActionLabel(row.action),
    target: row.target,
    targetId: row.targetId,
    detail: parseDetail(row.detail),
  };
}

function parseDetail(detail: string | null): unknown {
  if (detail === null) return null;
  try {
    return JSON.parse(detail) as unknown;
  } catch {
    return detail;
  }
}
