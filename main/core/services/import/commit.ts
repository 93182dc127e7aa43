// The import: the plan made again on the register as it stands, then every accepted row written in ONE immediate
// transaction with its change history (source 'import') and one audit entry — a failure anywhere, or a refused row
// in all-or-nothing mode, leaves the register exactly as it was.
import { and, eq } from 'drizzle-orm';
import type { ImportAnalysis, ImportMode, ImportReport } from '@shared/contract';
import { persons } from '../../db/schema';
import type { Actor, Store } from '../../context';
import { appendAudit } from '../audit';
import { recordChange } from '../change-log';
import type { ReadResult } from '@core/io/import/read-file';
import { personInserter } from './person-insert';
import { planImport, type PlanOptions, type PlannedRow } from './plan';

export type CommitOutcome = {
  committed: boolean;
  imported: number;
  updated: number;
  unchanged: number;
  refused: number;
  report: ImportReport;
};

export type CommitMeta = { fileName: string; mode: ImportMode; onWrite?: (written: number) => void };

/** The import of a file read whole: planned, then written, in one immediate transaction. */
export function commitPlan(store: Store, actor: Actor, table: ReadResult, options: PlanOptions, meta: CommitMeta) {
  const importer = importerOf(actor);
  return store.sqlite
    .transaction((): CommitOutcome => {
      const { analysis, rows } = planImport(store, table, options);
      if (meta.mode === 'all-or-nothing' && analysis.report.refused > 0) return notCommitted(analysis.report);
      const writer = rowWriter(store, importer, meta);
      for (const row of rows) writer.write(row);
      return finishCommit(store, importer, analysis, meta, writer);
    })
    .immediate();
}

export const importerOf = (actor: Actor): Actor => ({ ...actor, source: 'import' });

export function notCommitted(report: ImportReport): CommitOutcome {
  return { committed: false, imported: 0, updated: 0, unchanged: report.unchanged, refused: report.refused, report };
}

export type RowWriter = { write(row: PlannedRow): void; imported: number; updated: number };

/** Writes the planned rows that change the register (new and update), counting them; the others are passed over. */
export function rowWriter(store: Store, importer: Actor, meta: CommitMeta): RowWriter {
  const now = store.now();
  const insert = personInserter(store);
  const writer: RowWriter = {
    imported: 0,
    updated: 0,
    write(row) {
      if (row.kind === 'new') writer.imported += insertPerson(store, importer, insert, row, now);
      else if (row.kind === 'update') writer.updated += updatePerson(store, importer, row, now);
      else return;
      const written = writer.imported + writer.updated;
      if (written % 1000 === 0) meta.onWrite?.(written);
    },
  };
  return writer;
}

/** The audit entry of the import, the last write of its transaction. */
export function finishCommit(
  store: Store,
  importer: Actor,
  analysis: ImportAnalysis,
  meta: CommitMeta,
  { imported, updated }: RowWriter,
): CommitOutcome {
  const { report } = analysis;
  appendAudit(store, importer, {
    action: 'import.persons',
    target: 'import',
    detail: {
      fileName: meta.fileName,
      sheet: analysis.sheet,
      mode: meta.mode,
      rows: report.rows,
      imported,
      updated,
      unchanged: report.unchanged,
      refused: report.refused,
    },
  });
  return { committed: true, imported, updated, unchanged: report.unchanged, refused: report.refused, report };
}

function insertPerson(
  store: Store,
  actor: Actor,
  insert: ReturnType<typeof personInserter>,
  row: Extract<PlannedRow, { kind: 'new' }>,
  now: number,
): number {
  const { id, values, difficulty } = row.person;
  const created = insert(values, {
    difficulty: difficulty.difficulty ?? null,
    difficultyOn: difficulty.difficultyOn ?? null,
    idNumber: id.idNumber,
    status: '1',
    createdAt: now,
    updatedAt: now,
    createdBy: actor.userId,
    updatedBy: actor.userId,
  });
  recordChange(store, actor, 'person', null, created);
  return 1;
}

function updatePerson(store: Store, actor: Actor, row: Extract<PlannedRow, { kind: 'update' }>, now: number): number {
  const { before, changes } = row;
  const updated = store.db
    .update(persons)
    .set({ ...changes, version: before.version + 1, updatedAt: now, updatedBy: actor.userId })
    .where(and(eq(persons.id, before.id), eq(persons.version, before.version)))
    .returning()
    .get();
  // the plan read this version inside the same transaction: a miss is a bug, and it rolls the whole import back
  if (!updated) throw new Error(`人员 ${before.id} 在导入过程中被修改`);
  recordChange(store, actor, 'person', before, updated);
  return 1;
}
