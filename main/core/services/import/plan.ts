// The dry run: every data row of the sheet becomes new, update, unchanged or refused, with its reasons, against the
// register as it is now. The import itself runs the same plan again inside its transaction, so what is written is
// decided on the database as it stands at that moment.
import type { ImportAnalysis, ImportField, ImportLine } from '@shared/contract';
import type { ParsedId } from '@shared/domain/id-number';
import type { ReadResult } from '@core/io/import/read-file';
import type { Store } from '../../context';
import type { PersonRecord } from '../persons/write';
import type { PersonChanges } from './merge';
import type { PersonValues } from './person-rules';
import { createPlanner } from './planner';

export type PlanOptions = {
  headerRow?: number | undefined;
  mapping?: Readonly<Record<string, ImportField | 'ignore'>> | undefined;
  villageMap?: Readonly<Record<string, string>> | undefined;
  overwriteFields?: readonly ImportField[] | undefined;
};

export type NewPerson = { id: ParsedId; values: PersonValues; difficulty: PersonChanges };
export type PlannedRow =
  | { line: ImportLine; kind: 'new'; person: NewPerson }
  | { line: ImportLine; kind: 'update'; before: PersonRecord; changes: PersonChanges }
  | { line: ImportLine; kind: 'unchanged' | 'refused' };

export type ImportPlan = { analysis: ImportAnalysis; rows: PlannedRow[] };

export function planImport(store: Store, table: ReadResult, options: PlanOptions): ImportPlan {
  const planner = createPlanner(store, options, table.sheet);
  const rows = planner.add(table.rows);
  for (const row of planner.end()) rows.push(row);
  return { rows, analysis: planner.analysis(table) };
}
