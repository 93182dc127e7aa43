import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { users } from './users';

/** Every quarterly package made for the county, with what the county said of it. */
export const exportedPackages = sqliteTable(
  'exported_packages',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    year: integer('year').notNull(),
    quarter: integer('quarter').notNull(),
    revision: integer('revision').notNull(),
    fileName: text('file_name').notNull(),
    sha256: text('sha256').notNull(),
    /** JSON: records per file */
    counts: text('counts').notNull(),
    /** made | accepted | returned */
    status: text('status', { enum: ['made', 'accepted', 'returned'] }).notNull(),
    operator: text('operator').notNull(),
    madeBy: integer('made_by').references(() => users.id),
    madeAt: integer('made_at').notNull(),
    decidedAt: integer('decided_at'),
    decidedBy: integer('decided_by').references(() => users.id),
    note: text('note'),
  },
  (t) => [uniqueIndex('exported_packages_revision_unique').on(t.year, t.quarter, t.revision)],
);

/** The rows a package carried, by a hash of their exported fields: the next package's A/U/N/D is computed from these. */
export const packageRecords = sqliteTable(
  'package_records',
  {
    packageId: integer('package_id')
      .notNull()
      .references(() => exportedPackages.id),
    /** person | household | member */
    kind: text('kind').notNull(),
    recordKey: text('record_key').notNull(),
    rowHash: text('row_hash').notNull(),
  },
  (t) => [primaryKey({ columns: [t.packageId, t.kind, t.recordKey] }), index('package_records_kind_idx').on(t.kind)],
);
