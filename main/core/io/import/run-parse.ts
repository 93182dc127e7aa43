// Reads an import file in a worker thread with a heap limit: a hostile or huge file can exhaust the worker, not the
// process that holds the database and answers the clerk's screen. Where no worker script can be found (a build that
// did not bundle one), the file is read in this thread, still with the streaming reader and every limit.
import type { MessagePort } from 'node:worker_threads';
import { Worker } from 'node:worker_threads';
import type { ReaderSetup, SheetReading } from '@core/services/import/sheet-reader';
import type { RowReading } from '@core/services/import/read-row';
import type { SheetRow } from './cells';
import { IMPORT_LIMITS, ImportFileError, type FileProblemCode } from './limits';
import { readImportFile, type ReadOptions, type ReadResult } from './read-file';
import { workerStart, type WorkerStart } from './worker-start';

export type WorkerInput = {
  bytes: ArrayBuffer;
  fileName: string;
  sheet?: string;
  headerRow?: number;
  /**
   * Stream the chosen sheet's rows on `port` (stream-parse.ts). `signal` (two Int32 places): the messages posted,
   * which the parent may sleep on, and the readings the parent has decided.
   */
  stream?: { port: MessagePort; signal: SharedArrayBuffer };
  /** Streaming, read the rows' values too (sheet-reader.ts) and send readings instead of rows. */
  setup?: ReaderSetup;
};
export type WorkerMessage =
  | { type: 'progress'; rows: number }
  | { type: 'lead'; sheet: string }
  | { type: 'rows'; rows: SheetRow[] }
  | { type: 'readings'; readings: RowReading[] }
  /** The sheet read last could not be read as a register (no header): the importer reads the file whole. */
  | { type: 'unread' }
  | { type: 'done'; result: ReadResult; reading?: SheetReading }
  | { type: 'error'; code: FileProblemCode; message: string };

export type ParseOptions = ReadOptions & {
  /** Read in this thread (tests of the readers themselves; the fallback). */
  inThread?: boolean;
};

const OUT_OF_MEMORY =
  '文件内容过多，读取时超出了内存上限，已停止。请删除多余的工作表、空行和空列，或拆分成几个文件后再导入';

/** The worker reading `bytes`, under the heap limit. `stream` is handed over to it (stream-parse.ts). */
export function startParseWorker(
  start: WorkerStart,
  bytes: Uint8Array,
  options: ReadOptions,
  stream?: WorkerInput['stream'],
  setup?: ReaderSetup,
): Worker {
  // the worker gets its own copy to own: the caller's bytes may be a Buffer view into Node's shared pool, which a
  // transfer would detach (Buffer#slice does not copy; the Uint8Array constructor does)
  const copy = new Uint8Array(bytes).buffer;
  const input: WorkerInput = {
    bytes: copy,
    fileName: options.fileName,
    ...(options.sheet !== undefined ? { sheet: options.sheet } : {}),
    ...(options.headerRow !== undefined ? { headerRow: options.headerRow } : {}),
    ...(stream ? { stream } : {}),
    ...(stream && setup ? { setup } : {}),
  };
  return new Worker(start.script, {
    eval: start.eval,
    workerData: input,
    transferList: stream ? [copy, stream.port] : [copy],
    resourceLimits: { maxOldGenerationSizeMb: IMPORT_LIMITS.workerHeapMb, maxYoungGenerationSizeMb: 64 },
    stdout: false,
    stderr: false,
  });
}

/** The worker's failure as the clerk's message. */
export function workerFailure(error: Error & { code?: string }): ImportFileError {
  const oom = error.code === 'ERR_WORKER_OUT_OF_MEMORY';
  return new ImportFileError(
    oom ? 'file.out_of_memory' : 'file.unreadable',
    oom ? OUT_OF_MEMORY : `读取文件时出错：${error.message.slice(0, 120)}`,
  );
}

export const workerExited = (code: number): ImportFileError =>
  new ImportFileError('file.unreadable', `读取文件的后台任务意外结束（${code}）`);

export async function parseImportFile(bytes: Uint8Array, options: ParseOptions): Promise<ReadResult> {
  const start = options.inThread ? null : await workerStart();
  if (!start) return readImportFile(bytes, options);
  return new Promise<ReadResult>((resolve, reject) => {
    const worker = startParseWorker(start, bytes, options);
    let settled = false;
    const settle = (action: () => void): void => {
      if (settled) return;
      settled = true;
      action();
      void worker.terminate();
    };
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'progress') options.onProgress?.(message.rows);
      else if (message.type === 'done') settle(() => resolve(message.result));
      else if (message.type === 'error') settle(() => reject(new ImportFileError(message.code, message.message)));
    });
    worker.on('error', (error: Error & { code?: string }) => settle(() => reject(workerFailure(error))));
    worker.on('exit', (code) => settle(() => reject(workerExited(code))));
  });
}
