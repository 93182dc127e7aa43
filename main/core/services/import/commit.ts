// The import: the plan made again on the register as it stands, then every accepted row written in ONE immediate
// transaction with its change history (source 'import') and one audit entry — a failure anywhere, or a refused row
// in all-or-nothing mode, leaves the register exactly as it was.
import { and, eq } from 'drizzle-orm';
import type { ImportMode, ImportReport } from '@shared/contract';
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

export function commitPlan(store: Store, actor: Actor, table: ReadResult, options: PlanOptions, meta: CommitMeta) {
  const importer: Actor = { ...actor, source: 'import' };
  return store.sqlite
    .transaction((): CommitOutcome => {
      const { analysis, rows } = planImport(store, table, options);
      const { report } = analysis;
      const outcome = { unchanged: report.unchanged, refused: report.refused, report };
      if (meta.mode === 'all-or-nothing' && report.refused > 0) {
        return { committed: false, imported: 0, updated: 0, ...outcome };
      }
      let imported = 0;
      let updated = 0;
      const now = store.now();
      const insert = personInserter(store);
      for (const row of rows) {
        if (row.kind === 'new') imported += insertPerson(store, importer, insert, row, now);
        else if (row.kind === 'update') updated += updatePerson(store, importer, row, now);
        if ((imported + updated) % 1000 === 999) meta.onWrite?.(imported + updated + 1);
      }
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
      return { committed: true, imported, updated, ...outcome };
    })
    .immediate();
}

function insertPerson(
  store: Store,
  actor: Actor,
  insert: ReturnType<typeof personInserter>,
  row: Extract<PlannedRow, { kind: 'new' }>,
  now: number,
): number {
  const { id, values, difficulty } = row.person;
  const created = insert({
    ...values,
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
