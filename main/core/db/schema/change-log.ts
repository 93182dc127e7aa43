import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * The history of every change to persons, households, household members and assistance actions: who, when,
 * the row before and after (JSON of the whole row). The state at any past moment is the `after` of each entity's
 * last entry at or before that moment — the county package is "as of the last day of the quarter" even when made later.
 */
export const changeLog = sqliteTable(
  'change_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    entity: text('entity', { enum: ['person', 'household', 'member', 'assistance'] }).notNull(),
    entityId: integer('entity_id').notNull(),
    /** the row's version after this change */
    version: integer('version').notNull(),
    op: text('op', { enum: ['create', 'update', 'delete'] }).notNull(),
    at: integer('at').notNull(),
    userId: integer('user_id'),
    userName: text('user_name').notNull(),
    /** ui | import | cli | demo | system */
    source: text('source').notNull(),
    before: text('before'),
    after: text('after'),
  },
  (t) => [
    index('change_log_entity_idx').on(t.entity, t.entityId, t.at),
    index('change_log_at_idx').on(t.at),
    // "which records of a kind changed after a quarter's end, and were they created then": answered from the index
    // alone (the rows themselves hold whole-row JSON and are ten times bigger)
    index('change_log_entity_at_idx').on(t.entity, t.at, t.entityId, t.op),
    // corrections (更正) made after a moment reach back into past states; they are few, so they get their own list
    index('change_log_corrections_idx')
      .on(t.at, t.entity)
      .where(sql`${t.source} = 'correction'`),
  ],
);
