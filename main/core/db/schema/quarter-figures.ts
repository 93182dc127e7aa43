import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * The statistics of a quarter as last counted, with what they were counted from (`stamp`: the history up to the
 * quarter's end, the corrections since, the counting rules' version). Counting a quarter from the history takes a
 * second or more at 100,000 persons; these are answered at once while the stamp still matches, and recounted in the
 * background when it does not. Derived data: deleting a row only costs a recount.
 */
export const keptQuarterFigures = sqliteTable('quarter_figures', {
  /** `2026Q3` */
  quarter: text('quarter').primaryKey(),
  stamp: text('stamp').notNull(),
  /** JSON: the township's counts and each village's (IndicatorCounter states) */
  figures: text('figures').notNull(),
  computedAt: integer('computed_at').notNull(),
});
