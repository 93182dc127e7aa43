import type { Actor, Store } from '../context';
import { appendAudit, type AuditEntry } from './audit';

/**
 * appendAudit outside a write transaction reads the last hash and then inserts: another process (the CLI, a drill,
 * a second window) that commits an entry in between makes both rows point at the same predecessor, and the chain
 * forks — `audit verify` then reports a bad link that nobody forged. BEGIN IMMEDIATE takes the write lock before the
 * read, so the two steps are one. Inside an outer transaction it becomes a savepoint of it.
 */
export function appendAuditAlone(store: Store, actor: Actor, entry: AuditEntry): void {
  store.sqlite.transaction(() => appendAudit(store, actor, entry)).immediate();
}
