import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * Who did what: log-ins, views of full ID numbers, imports, exports, prints, backups. Append-only: triggers in the
 * migrations refuse UPDATE and DELETE; each row's `hash` chains the previous one with a key kept outside the database.
 */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: integer('at').notNull(),
    userId: integer('user_id'),
    userName: text('user_name').notNull(),
    action: text('action').notNull(),
    target: text('target'),
    targetId: text('target_id'),
    detail: text('detail'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [index('audit_log_at_idx').on(t.at), index('audit_log_action_idx').on(t.action)],
);
