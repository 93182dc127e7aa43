// The importer's entry points, for the handlers and the CLI: read the file (in a worker), then plan (dry run) or
// commit. Progress goes to a callback so a screen can show a bar and the CLI can print a count.
import type { ImportAnalysis, ImportField, ImportMode } from '@shared/contract';
import { parseImportFile } from '@core/io/import/run-parse';
import type { ReadResult } from '@core/io/import/read-file';
import type { Actor, Store } from '../../context';
import { commitPlan, type CommitOutcome } from './commit';
import { planImport } from './plan';

export type ImportPhase = 'read' | 'check' | 'write' | 'done';
export type ImportProgress = (phase: ImportPhase, rows: number) => void;

export type ImportRequest = {
  fileName: string;
  bytes: Uint8Array;
  sheet?: string | undefined;
  headerRow?: number | undefined;
  mapping?: Readonly<Record<string, ImportField | 'ignore'>> | undefined;
  villageMap?: Readonly<Record<string, string>> | undefined;
  overwriteFields?: readonly ImportField[] | undefined;
  /** Read the file in this thread instead of a worker (tests; benchmarks of the reader). */
  inThread?: boolean | undefined;
};

async function readRequest(request: ImportRequest, progress: ImportProgress | undefined): Promise<ReadResult> {
  progress?.('read', 0);
  return parseImportFile(request.bytes, {
    fileName: request.fileName,
    sheet: request.sheet,
    headerRow: request.headerRow,
    onProgress: (rows) => progress?.('read', rows),
    ...(request.inThread ? { inThread: true } : {}),
  });
}

/** The dry run: nothing is written. */
export async function analyseImport(
  store: Store,
  request: ImportRequest,
  progress?: ImportProgress,
): Promise<ImportAnalysis> {
  const table = await readRequest(request, progress);
  progress?.('check', table.rows.length);
  const { analysis } = planImport(store, table, request);
  progress?.('done', table.rows.length);
  return analysis;
}

export async function commitImport(
  store: Store,
  actor: Actor,
  request: ImportRequest & { mode: ImportMode },
  progress?: ImportProgress,
): Promise<CommitOutcome> {
  const table = await readRequest(request, progress);
  progress?.('write', table.rows.length);
  const outcome = commitPlan(store, actor, table, request, {
    fileName: request.fileName,
    mode: request.mode,
    onWrite: (written) => progress?.('write', written),
  });
  progress?.('done', table.rows.length);
  return outcome;
}
