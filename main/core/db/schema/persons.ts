import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { registerColumns } from './columns';
import { villages } from './villages';

/**
 * One person is one record, keyed by the citizen ID number, whichever registers apply (失业登记, 就业困难, 残疾人求职).
 * `id` is the package's person_id: AUTOINCREMENT so a deleted person's id is never reused.
 */
export const persons = sqliteTable(
  'persons',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    idNumber: text('id_number').notNull(),
    name: text('name').notNull(),
    sex: text('sex').notNull(),
    birthDate: text('birth_date').notNull(),
    ethnicity: text('ethnicity'),
    education: text('education'),
    hukouType: text('hukou_type'),
    villageCode: text('village_code').references(() => villages.code),
    address: text('address'),
    phone: text('phone'),
    // 失业登记 (the latest registration episode; earlier ones live in the change history)
    registeredOn: text('registered_on'),
    unemploymentReason: text('unemployment_reason'),
    jobWish: text('job_wish'),
    trainingWish: text('training_wish'),
    skills: text('skills'),
    employmentCardNo: text('employment_card_no'),
    /** 1 登记失业 | 2 已就业 | 3 已注销 */
    status: text('status').notNull().default('1'),
    employedOn: text('employed_on'),
    employmentType: text('employment_type'),
    employer: text('employer'),
    cancelledOn: text('cancelled_on'),
    cancelReason: text('cancel_reason'),
    cancelNote: text('cancel_note'),
    lastContactOn: text('last_contact_on'),
    // 就业困难人员: category codes joined by ';' (sorted), recognised on a date, and an exit
    difficulty: text('difficulty'),
    difficultyOn: text('difficulty_on'),
    difficultyExitOn: text('difficulty_exit_on'),
    difficultyExitReason: text('difficulty_exit_reason'),
    // facts the clerk states that feed category suggestions (the ID number gives age and sex)
    lowIncome: integer('low_income', { mode: 'boolean' }).notNull().default(false),
    landLost: integer('land_lost', { mode: 'boolean' }).notNull().default(false),
    povertyMonitored: integer('poverty_monitored', { mode: 'boolean' }).notNull().default(false),
    releasedOrRehab: integer('released_or_rehab', { mode: 'boolean' }).notNull().default(false),
    // 残疾人求职: the 20-character certificate; category and grade are read from it
    disabilityCert: text('disability_cert'),
    disabilityCategory: text('disability_category'),
    disabilityGrade: text('disability_grade'),
    placementWish: text('placement_wish'),
    notes: text('notes'),
    // search helpers kept in step with `name` by the service
    nameInitials: text('name_initials').notNull().default(''),
    namePinyin: text('name_pinyin').notNull().default(''),
    // a deletion (entered in error, or merged into another record as a duplicate) keeps the row for the package's `D`
    deletedAt: integer('deleted_at'),
    deleteReason: text('delete_reason'),
    mergedIntoId: integer('merged_into_id'),
    ...registerColumns(),
  },
  (t) => [
    // one live record per ID number; a record deleted in error keeps its row (and its id) for the package's `D`
    uniqueIndex('persons_id_number_unique')
      .on(t.idNumber)
      .where(sql`${t.deletedAt} is null`),
    index('persons_village_idx').on(t.villageCode),
    index('persons_status_idx').on(t.status),
    index('persons_name_idx').on(t.name),
    index('persons_initials_idx').on(t.nameInitials),
    index('persons_registered_on_idx').on(t.registeredOn),
    check('persons_status_valid', sql`${t.status} in ('1','2','3')`),
    check('persons_sex_valid', sql`${t.sex} in ('1','2')`),
  ],
);
