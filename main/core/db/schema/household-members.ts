import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { registerColumns } from './columns';
import { households } from './households';
import { persons } from './persons';

/**
 * A member is a person of the registers (person_id set) or a family member known only here. `active` is 1 while
 * the member belongs to a household that is not revoked; the partial unique index makes "a person belongs to at
 * most one household that is not revoked" a rule of the database, not only of the service.
 */
export const householdMembers = sqliteTable(
  'household_members',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    householdId: integer('household_id')
      .notNull()
      .references(() => households.id),
    personId: integer('person_id').references(() => persons.id),
    idNumber: text('id_number').notNull(),
    name: text('name').notNull(),
    sex: text('sex').notNull(),
    birthDate: text('birth_date').notNull(),
    /** GB/T 4761 top level, e.g. 02 户主 */
    relation: text('relation').notNull(),
    /** 1 有 | 2 部分 | 3 无 */
    labourCapacity: text('labour_capacity').notNull(),
    employed: integer('employed', { mode: 'boolean' }).notNull().default(false),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    removedAt: integer('removed_at'),
    ...registerColumns(),
  },
  (t) => [
    index('household_members_household_idx').on(t.householdId),
    index('household_members_person_idx').on(t.personId),
    uniqueIndex('household_members_one_active_household')
      .on(t.idNumber)
      .where(sql`${t.active} = 1`),
    check('household_members_capacity_valid', sql`${t.labourCapacity} in ('1','2','3')`),
  ],
);
