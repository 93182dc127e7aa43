import { integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/** Villages and communities (村/社区) by their 12-digit 统计用区划代码. Retired ones stay for old records. */
export const villages = sqliteTable(
  'villages',
  {
    code: text('code').primaryKey(),
    name: text('name').notNull(),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    sortOrder: integer('sort_order').notNull().default(0),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [uniqueIndex('villages_name_unique').on(t.name)],
);
