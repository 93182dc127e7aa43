// Reads an import file in a worker thread with a heap limit: a hostile or huge file can exhaust the worker, not the
// process that holds the database and answers the clerk's screen. Where no worker script can be found (a build that
// did not bundle one), the file is read in this thread, still with the streaming reader and every limit.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { IMPORT_LIMITS, ImportFileError, type FileProblemCode } from './limits';
import { readImportFile, type ReadOptions, type ReadResult } from './read-file';

export type WorkerInput = { bytes: ArrayBuffer; fileName: string; sheet?: string; headerRow?: number };
export type WorkerMessage =
  | { type: 'progress'; rows: number }
  | { type: 'done'; result: ReadResult }
  | { type: 'error'; code: FileProblemCode; message: string };

export type ParseOptions = ReadOptions & {
  /** Read in this thread (tests of the readers themselves; the fallback). */
  inThread?: boolean;
};

type WorkerStart = { script: string | URL; eval: boolean };

/**
 * The bundled app (build/app/*.cjs) runs a bundled `import-worker.cjs` beside it; from the source tree (CLI, bridge,
 * tests) the TypeScript worker is loaded through tsx, which those runs already have.
 */
function workerStart(): WorkerStart | null {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) {
    const bundled = fileURLToPath(new URL('./import-worker.cjs', here));
    return fs.existsSync(bundled) ? { script: bundled, eval: false } : null;
  }
  let tsxApi: string;
  try {
    // require.resolve finds the CommonJS build; the worker imports the ES module beside it
    const cjs = createRequire(here).resolve('tsx/esm/api');
    tsxApi = pathToFileURL(cjs.replace(/\.cjs$/, '.mjs')).href;
  } catch {
    return null;
  }
  const entry = new URL('./parse-worker.ts', here).href;
  const tsconfig = fileURLToPath(new URL('../../../../tsconfig.json', here));
  const options = JSON.stringify({ parentURL: entry, tsconfig });
  const boot = `import(${JSON.stringify(tsxApi)}).then((api) => api.tsImport(${JSON.stringify(entry)}, ${options}));`;
  return { script: boot, eval: true };
}

const OUT_OF_MEMORY =
  '文件内容过多，读取时超出了内存上限，已停止。请删除多余的工作表、空行和空列，或拆分成几个文件后再导入';

export async function parseImportFile(bytes: Uint8Array, options: ParseOptions): Promise<ReadResult> {
  const start = options.inThread ? null : workerStart();
  if (!start) return readImportFile(bytes, options);
  // the worker gets its own copy to own: the caller's bytes may be a Buffer view into Node's shared pool, which a
  // transfer would detach (Buffer#slice does not copy; the Uint8Array constructor does)
  const copy = new Uint8Array(bytes).buffer;
  const input: WorkerInput = {
    bytes: copy,
    fileName: options.fileName,
    ...(options.sheet !== undefined ? { sheet: options.sheet } : {}),
    ...(options.headerRow !== undefined ? { headerRow: options.headerRow } : {}),
  };
  return new Promise<ReadResult>((resolve, reject) => {
    const worker = new Worker(start.script, {
      eval: start.eval,
      workerData: input,
      transferList: [copy],
      resourceLimits: { maxOldGenerationSizeMb: IMPORT_LIMITS.workerHeapMb, maxYoungGenerationSizeMb: 64 },
      stdout: false,
      stderr: false,
    });
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
      else settle(() => reject(new ImportFileError(message.code, message.message)));
    });
    worker.on('error', (error: Error & { code?: string }) => {
      const oom = error.code === 'ERR_WORKER_OUT_OF_MEMORY';
      settle(() =>
        reject(
          new ImportFileError(
            oom ? 'file.out_of_memory' : 'file.unreadable',
            oom ? OUT_OF_MEMORY : `读取文件时出错：${error.message.slice(0, 120)}`,
          ),
        ),
      );
    });
    worker.on('exit', (code) => {
      settle(() => reject(new ImportFileError('file.unreadable', `读取文件的后台任务意外结束（${code}）`)));
    });
  });
}
