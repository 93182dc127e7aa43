import { sql } from 'drizzle-orm';
import { check, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** One installation serves one township: exactly one row, id 1. */
export const township = sqliteTable(
  'township',
  {
    id: integer('id').primaryKey(),
    countyCode: text('county_code').notNull(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [check('township_single_row', sql`${t.id} = 1`)],
);
