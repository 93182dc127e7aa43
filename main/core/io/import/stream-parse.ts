// The import file read in the worker with the chosen sheet's rows coming out while it reads on, so that checking and
// writing them (this thread) overlaps with reading (the worker's). The importer takes the events in order, either
// waiting without blocking (next) or blocking this thread (nextSync) while it holds its one transaction: nothing else
// may use the connection between two rows of that transaction. A worker that dies cannot tell a blocked thread, so
// nextSync gives up after a stretch of silence and the importer goes back to waiting (see services/import/run.ts).
import { MessageChannel, receiveMessageOnPort, type Worker } from 'node:worker_threads';
import type { ReaderSetup } from '@core/services/import/sheet-reader';
import { ImportFileError } from './limits';
import { readImportFile, type ReadResult } from './read-file';
import { startParseWorker, workerExited, workerFailure, type ParseOptions, type WorkerMessage } from './run-parse';
import { workerStart } from './worker-start';

export type StreamEvent = Extract<WorkerMessage, { type: 'lead' | 'rows' | 'readings' | 'unread' | 'done' }>;

export type ImportStream = {
  /** The next event; rejects with an ImportFileError when the file cannot be read. */
  next(): Promise<StreamEvent>;
  /** The next event, blocking this thread; null when the worker has sent nothing for `stallMs`. */
  nextSync(stallMs: number): StreamEvent | null;
  /** Tells the worker how many more readings this thread has decided (it helps more when this thread is behind). */
  decided(readings: number): void;
  close(): void;
};

/** Whether this thread may block in Atomics.wait; where it may not (a browser's main thread), nextSync spins. */
function canBlock(): boolean {
  try {
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 1, 0);
    return true;
  } catch {
    return false;
  }
}

/** `setup`: the worker also reads the rows' values and sends readings (a file read in this thread sends rows). */
export async function openImportStream(
  bytes: Uint8Array,
  options: ParseOptions,
  setup?: ReaderSetup,
): Promise<ImportStream> {
  const start = options.inThread ? null : await workerStart();
  if (!start) return readWhole(await readImportFile(bytes, options));
  const { port1, port2 } = new MessageChannel();
  const signal = new SharedArrayBuffer(8);
  const worker = startParseWorker(start, bytes, options, { port: port2, signal }, setup);
  return workerStream(worker, port1, new Int32Array(signal), options);
}

/** A file read in this thread: its rows in one go. */
function readWhole(result: ReadResult): ImportStream {
  const events: StreamEvent[] = [
    { type: 'lead', sheet: result.sheet },
    { type: 'rows', rows: result.rows },
    { type: 'done', result: { ...result, rows: [] } },
  ];
  const nextSync = () => events.shift() ?? null;
  const next = () => {
    const event = nextSync();
    return event ? Promise.resolve(event) : Promise.reject(new Error('文件已读完'));
  };
  return { next, nextSync, decided: () => undefined, close: () => undefined };
}

function workerStream(
  worker: Worker,
  port: MessageChannel['port1'],
  signal: Int32Array,
  options: ParseOptions,
): ImportStream {
  const queue: WorkerMessage[] = [];
  let failure: ImportFileError | null = null;
  let done = false;
  let wake: (() => void) | null = null;
  const waken = () => {
    wake?.();
    wake = null;
  };
  const drain = () => {
    for (let got = receiveMessageOnPort(port); got; got = receiveMessageOnPort(port)) {
      queue.push(got.message as WorkerMessage);
    }
  };
  port.on('message', (message: WorkerMessage) => {
    queue.push(message);
    waken();
  });
  worker.on('error', (error: Error & { code?: string }) => {
    failure ??= workerFailure(error);
    waken();
  });
  worker.on('exit', (code) => {
    // messages posted just before a normal exit may still be on their way
    drain();
    if (!queue.some((message) => message.type === 'done' || message.type === 'error')) failure ??= workerExited(code);
    waken();
  });

  /** An event for the importer, or null for a message handled here (progress). */
  const take = (message: WorkerMessage): StreamEvent | null => {
    if (message.type === 'progress') {
      options.onProgress?.(message.rows);
      return null;
    }
    if (message.type === 'error') throw new ImportFileError(message.code, message.message);
    if (message.type === 'done') done = true;
    return message;
  };
  const fromQueue = (): StreamEvent | null => {
    for (let message = queue.shift(); message; message = queue.shift()) {
      const event = take(message);
      if (event) return event;
    }
    return null;
  };
  const blocking = canBlock();

  return {
    async next() {
      for (;;) {
        const event = fromQueue();
        if (event) return event;
        if (failure && !done) throw failure;
        await new Promise<void>((resolve) => (wake = resolve));
      }
    },
    nextSync(stallMs) {
      let quietSince = performance.now();
      for (;;) {
        const event = fromQueue();
        if (event) return event;
        // a failure already seen is the waiting caller's to report
        if (failure && !done) return null;
        const seen = Atomics.load(signal, 0);
        const got = receiveMessageOnPort(port);
        if (got) {
          const taken = take(got.message as WorkerMessage);
          if (taken) return taken;
          quietSince = performance.now();
          continue;
        }
        // the worker bumps the signal after each message: a bump since `seen` ends the wait at once
        if (blocking) {
          if (Atomics.wait(signal, 0, seen, stallMs) === 'timed-out') return null;
        } else if (performance.now() - quietSince > stallMs) return null;
      }
    },
    decided(readings) {
      Atomics.add(signal, 1, readings);
    },
    close() {
      port.close();
      void worker.terminate();
    },
  };
}
