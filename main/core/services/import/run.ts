// The importer's entry points, for the handlers and the CLI: read the file (in a worker), then plan (dry run) or
// commit. Progress goes to a callback so a screen can show a bar and the CLI can print a count.
import type { ImportAnalysis, ImportField, ImportMode } from '@shared/contract';
import { parseImportFile } from '@core/io/import/run-parse';
import type { ReadResult } from '@core/io/import/read-file';
import type { Actor, Store } from '../../context';
import { openImportStream } from '@core/io/import/stream-parse';
import { commitPlan, type CommitOutcome } from './commit';
import { planImport } from './plan';
import { readerSetup } from './planner';
import { commitStreamed, newOpening, noteEvent, opened } from './stream-commit';

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

/**
 * The import. The file's rows are checked and written as the worker reads them (stream-commit.ts), the two threads
 * working at once; when that cannot be done, the file is read whole and then imported, as the dry run reads it.
 */
export async function commitImport(
  store: Store,
  actor: Actor,
  request: ImportRequest & { mode: ImportMode },
  progress?: ImportProgress,
): Promise<CommitOutcome> {
  progress?.('read', 0);
  const meta = { fileName: request.fileName, mode: request.mode, onWrite: (n: number) => progress?.('write', n) };
  // the worker reads the rows' values with the township's villages and today's date as they are now; the
  // transaction checks that they are still so
  const setup = readerSetup(store, request);
  const stream = await openImportStream(
    request.bytes,
    {
      fileName: request.fileName,
      sheet: request.sheet,
      headerRow: request.headerRow,
      onProgress: (rows) => progress?.('read', rows),
      ...(request.inThread ? { inThread: true } : {}),
    },
    setup,
  );
  let outcome: CommitOutcome | null = null;
  let rows = 0;
  try {
    const first = newOpening();
    // the transaction (which blocks this thread) begins only once the first rows are here
    while (!opened(first)) noteEvent(first, await stream.next());
    progress?.('write', first.rows.length + first.readings.length);
    outcome = commitStreamed(store, actor, stream, first, { ...request, setup }, meta);
    rows = outcome?.report.rows ?? 0;
  } finally {
    stream.close();
  }
  if (!outcome) {
    const table = await readRequest(request, progress);
    rows = table.rows.length;
    progress?.('write', rows);
    outcome = commitPlan(store, actor, table, request, meta);
  }
  progress?.('done', rows);
  return outcome;
}
