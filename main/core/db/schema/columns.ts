import { integer } from 'drizzle-orm/sqlite-core';

// Times are epoch milliseconds (integers compare and index well); dates the clerk types are 'YYYY-MM-DD' text.
// Every register row carries a version for the optimistic lock (a second clerk's stale save is refused) and
// who/when of its creation and last change.
export const registerColumns = () => ({
  version: integer('version').notNull().default(1),
  createdAt: integer('created_at').notNull(),
  createdBy: integer('created_by'),
  updatedAt: integer('updated_at').notNull(),
  updatedBy: integer('updated_by'),
});
