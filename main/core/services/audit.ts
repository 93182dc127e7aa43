import { createHmac } from 'node:crypto';
import { desc } from 'drizzle-orm';
import { auditLog } from '../db/schema';
import type { Actor, Store } from '../context';

export type AuditEntry = {
  action: string;
  target?: string;
  targetId?: string | number;
  detail?: unknown;
};

const GENESIS = '0'.repeat(64);

/**
 * Appends one entry. Each hash covers the previous hash and this row's content with an HMAC whose key lives outside
 * the database, so rows cannot be rewritten or removed without `audit verify` noticing. Call inside the transaction
 * of the change it describes, so the change and its record land together or not at all.
 */
export function appendAudit(store: Store, actor: Actor, entry: AuditEntry): void {
  // Reading the last hash and inserting must be one step under the write lock, or a second process writing in
  // between forks the chain; outside a transaction, take the lock first (BEGIN IMMEDIATE).
  if (!store.sqlite.inTransaction) {
    store.sqlite.transaction(() => appendChained(store, actor, entry)).immediate();
    return;
  }
  appendChained(store, actor, entry);
}

function appendChained(store: Store, actor: Actor, entry: AuditEntry): void {
  const last = store.db.select({ hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.id)).limit(1).get();
  const prevHash = last?.hash ?? GENESIS;
  const row = {
    at: store.now(),
    userId: actor.userId,
    userName: actor.userName,
    action: entry.action,
    target: entry.target ?? null,
    targetId: entry.targetId === undefined ? null : String(entry.targetId),
    detail: entry.detail === undefined ? null : JSON.stringify(entry.detail),
  };
  const hash = auditHash(store.auditKey, prevHash, row);
  store.db
    .insert(auditLog)
    .values({ ...row, prevHash, hash })
    .run();
}

export type AuditContent = {
  at: number;
  userId: number | null;
  userName: string;
  action: string;
  target: string | null;
  targetId: string | null;
  detail: string | null;
};

export function auditHash(key: Buffer, prevHash: string, row: AuditContent): string {
  const content = JSON.stringify([
    prevHash,
    row.at,
    row.userId,
    row.userName,
    row.action,
    row.target,
    row.targetId,
    row.detail,
  ]);
  return createHmac('sha256', key).update(content).digest('hex');
}
