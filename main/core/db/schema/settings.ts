import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** County rules that differ between counties (difficulty categories, age thresholds, deadline rule, quotas, calendar). */
export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  /** JSON, validated by the setting's zod schema when read and written. */
  value: text('value').notNull(),
  updatedAt: integer('updated_at').notNull(),
  updatedBy: integer('updated_by'),
});
