// The worker side of run-parse.ts: reads the file off the main thread, under the heap limit the parent set, and
// reports progress. Whatever fails is sent back as a value; the parent turns it into the clerk's message.
import { parentPort, workerData } from 'node:worker_threads';
import { ImportFileError } from './limits';
import { readImportFile } from './read-file';
import type { WorkerInput, WorkerMessage } from './run-parse';

const input = workerData as WorkerInput;
const post = (message: WorkerMessage): void => parentPort?.postMessage(message);

readImportFile(new Uint8Array(input.bytes), {
  fileName: input.fileName,
  sheet: input.sheet,
  headerRow: input.headerRow,
  onProgress: (rows) => post({ type: 'progress', rows }),
}).then(
  (result) => post({ type: 'done', result }),
  (error: unknown) =>
    post(
      error instanceof ImportFileError
        ? { type: 'error', code: error.code, message: error.message }
        : { type: 'error', code: 'file.unreadable', message: error instanceof Error ? error.message : String(error) },
    ),
);
