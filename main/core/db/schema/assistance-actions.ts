import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { registerColumns } from './columns';
import { households } from './households';
import { persons } from './persons';
import { users } from './users';

/** 就业援助: one action for a person or a household. Money is kept in fen (分) so sums are exact. */
export const assistanceActions = sqliteTable(
  'assistance_actions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    personId: integer('person_id').references(() => persons.id),
    householdId: integer('household_id').references(() => households.id),
    type: text('type').notNull(),
    date: text('date').notNull(),
    content: text('content').notNull(),
    employer: text('employer'),
    position: text('position'),
    amountFen: integer('amount_fen'),
    /** 1 已就业 | 2 未就业 | 3 进行中 | 9 其他 */
    result: text('result').notNull(),
    staffUserId: integer('staff_user_id').references(() => users.id),
    staffName: text('staff_name').notNull(),
    /** Set for the actions of one batch (援助月 door-to-door), so a batch can be listed and undone together. */
    batchId: text('batch_id'),
    notes: text('notes'),
    deletedAt: integer('deleted_at'),
    ...registerColumns(),
  },
  (t) => [
    index('assistance_person_idx').on(t.personId),
    index('assistance_household_idx').on(t.householdId),
    index('assistance_date_idx').on(t.date),
    check('assistance_has_target', sql`${t.personId} is not null or ${t.householdId} is not null`),
    check('assistance_amount_not_negative', sql`${t.amountFen} is null or ${t.amountFen} >= 0`),
  ],
);
