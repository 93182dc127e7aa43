// The worker side of run-parse.ts and stream-parse.ts: reads the file off the main thread, under the heap limit the
// parent set, and reports progress. Whatever fails is sent back as a value; the parent turns it into the clerk's
// message. Streaming, the chosen sheet's rows go out in batches as they are read, on the port the parent gave — as
// readings of their values when the parent gave a reader setup — and every message (progress comes every thousand
// rows read) bumps a shared counter the parent may be sleeping on.
// first: it mends exceljs's text decoding before exceljs is loaded
import './exceljs-utf8';
import { parentPort, workerData } from 'node:worker_threads';
import type { RowReading } from '@core/services/import/read-row';
import { createSheetReader, type SheetReader, type SheetReading } from '@core/services/import/sheet-reader';
import type { SheetRow } from './cells';
import { ImportFileError } from './limits';
import { readImportFile, type RowSink } from './read-file';
import type { WorkerInput, WorkerMessage } from './run-parse';

/** Rows per message: small enough that the parent starts early, large enough that messages cost little. */
const BATCH = 200;
/**
 * Readings the parent may have waiting before this thread also applies the form's rules for it: the two threads
 * share the work by who is behind (the parent applies them to readings that come without).
 */
const HELP_BACKLOG = 2 * BATCH;

const input = workerData as WorkerInput;
const port = input.stream?.port ?? parentPort;
const signal = input.stream ? new Int32Array(input.stream.signal) : null;

function post(message: WorkerMessage): void {
  port?.postMessage(message);
  if (!signal) return;
  Atomics.add(signal, 0, 1);
  Atomics.notify(signal, 0);
}

/** Readings posted; the parent counts those it has decided in the signal's second place. */
let posted = 0;
const parentBehind = (): boolean => signal !== null && posted - Atomics.load(signal, 1) > HELP_BACKLOG;

function postReadings(readings: RowReading[] | null): void {
  if (!readings || readings.length === 0) return;
  posted += readings.length;
  post({ type: 'readings', readings });
}

let batch: SheetRow[] = [];
let led = false;
/** The leading sheet's reader, or null when rows go out as they are (or the sheet could not be read). */
let reader: SheetReader | null = null;
/** The leading sheet has no header: unless a later sheet leads, the parent reads the file whole. */
let unread = false;

function reading<T>(work: (sheet: SheetReader) => T): T | null {
  if (!reader) return null;
  try {
    return work(reader);
  } catch {
    reader = null;
    unread = true;
    return null;
  }
}

const flush = (): void => {
  if (batch.length === 0) return;
  const rows = batch;
  batch = [];
  if (!input.setup) post({ type: 'rows', rows });
  else {
    const help = parentBehind();
    postReadings(reading((sheet) => sheet.add(rows, help)));
  }
};
const sink: RowSink = {
  lead(sheet) {
    flush();
    led = true;
    reader = input.setup ? createSheetReader(input.setup, sheet) : null;
    unread = false;
    post({ type: 'lead', sheet });
  },
  row(row) {
    batch.push(row);
    if (batch.length === BATCH) flush();
  },
};

/** The end of the streamed sheet: its last readings, and what the dry run's answer needs of it. */
function finish(): SheetReading | undefined {
  flush();
  const help = parentBehind();
  postReadings(reading((sheet) => sheet.end(help)));
  const summary = reading((sheet) => sheet.summary()) ?? undefined;
  if (unread) post({ type: 'unread' });
  return summary;
}

readImportFile(new Uint8Array(input.bytes), {
  fileName: input.fileName,
  sheet: input.sheet,
  headerRow: input.headerRow,
  onProgress: (rows) => post({ type: 'progress', rows }),
  sheetsInStream: true,
  ...(input.stream ? { sink } : {}),
}).then(
  (result) => {
    if (!input.stream) {
      post({ type: 'done', result });
      return;
    }
    // a CSV (or a workbook without rows) is read whole: its rows go out the same way
    if (!led) {
      sink.lead(result.sheet);
      for (const row of result.rows) sink.row(row);
    }
    let summary: SheetReading | undefined;
    if (input.setup) summary = finish();
    else flush();
    post({ type: 'done', result: { ...result, rows: [] }, ...(summary ? { reading: summary } : {}) });
  },
  (error: unknown) =>
    post(
      error instanceof ImportFileError
        ? { type: 'error', code: error.code, message: error.message }
        : { type: 'error', code: 'file.unreadable', message: error instanceof Error ? error.message : String(error) },
    ),
);
