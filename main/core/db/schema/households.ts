import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { registerColumns } from './columns';
import { persons } from './persons';
import { villages } from './villages';

/**
 * 零就业家庭. Stage: applied 申请 → publicised 公示 → recognised 已认定 → assisting 援助中 → cleared 已清零,
 * or revoked 已撤销. `deadline` is computed from the county's 动态清零 rule when the household is recognised.
 */
export const households = sqliteTable(
  'households',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    headPersonId: integer('head_person_id').references(() => persons.id),
    headIdNumber: text('head_id_number').notNull(),
    headName: text('head_name').notNull(),
    villageCode: text('village_code').references(() => villages.code),
    address: text('address'),
    stage: text('stage', {
      enum: ['applied', 'publicised', 'recognised', 'assisting', 'cleared', 'revoked'],
    }).notNull(),
    appliedOn: text('applied_on'),
    publicisedOn: text('publicised_on'),
    identifiedOn: text('identified_on'),
    deadline: text('deadline'),
    clearedOn: text('cleared_on'),
    clearedByPersonId: integer('cleared_by_person_id').references(() => persons.id),
    revokedOn: text('revoked_on'),
    revokeReason: text('revoke_reason'),
    /** Set when the only employed member of a cleared household loses the job. */
    needsRerecognition: integer('needs_rerecognition', { mode: 'boolean' }).notNull().default(false),
    notes: text('notes'),
    deletedAt: integer('deleted_at'),
    deleteReason: text('delete_reason'),
    ...registerColumns(),
  },
  (t) => [
    index('households_stage_idx').on(t.stage),
    index('households_village_idx').on(t.villageCode),
    index('households_deadline_idx').on(t.deadline),
    check('households_cleared_has_date', sql`${t.stage} <> 'cleared' or ${t.clearedOn} is not null`),
  ],
);
