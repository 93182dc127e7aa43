import { AppError, type ChannelArgs, type ChannelName, type ChannelOutput } from '@shared/contract';
import { ImportFileError } from '../io/import/limits';
import type { HandlerContext } from '../context';
import type { AreaHandlers } from '../handler-types';
import { reportFileName, reportWorkbook } from '../services/import/report-xlsx';
import { analyseImport, commitImport, type ImportPhase, type ImportRequest } from '../services/import/run';

type ImportChannel = Extract<ChannelName, `imports:${string}`>;
type Progress = ChannelOutput<'imports:progress'>;

// The file is read in a worker, so this thread answers imports:progress while an analyse or commit is under way.
// One entry per session (window); a finished import leaves its last state until the next one starts.
const progressBySession = new Map<string, Progress>();

function request(input: ChannelArgs<'imports:analyse'>): ImportRequest {
  const bytes = Buffer.from(input.base64, 'base64');
  return {
    fileName: input.fileName,
    bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    sheet: input.sheet,
    headerRow: input.headerRow,
    mapping: input.mapping,
    villageMap: input.villageMap,
    overwriteFields: input.overwriteFields,
  };
}

async function tracked<T>(
  ctx: HandlerContext,
  run: (progress: (phase: ImportPhase, rows: number) => void) => Promise<T>,
) {
  const key = ctx.session.id;
  const progress = (phase: ImportPhase, rows: number) =>
    progressBySession.set(key, { active: phase !== 'done', phase, rows });
  progress('read', 0);
  try {
    return await run(progress);
  } catch (error) {
    // a file that cannot be read is the clerk's to fix, not a program error
    if (error instanceof ImportFileError) throw new AppError('INVALID_INPUT', error.message, { file: error.code });
    throw error;
  } finally {
    const last = progressBySession.get(key);
    progressBySession.set(key, { active: false, phase: 'done', rows: last?.rows ?? 0 });
  }
}

export const importHandlers: AreaHandlers<ImportChannel> = {
  'imports:analyse': (input, ctx) => tracked(ctx, (progress) => analyseImport(ctx.store, request(input), progress)),
  'imports:commit': (input, ctx) =>
    tracked(ctx, (progress) => commitImport(ctx.store, ctx.actor, { ...request(input), mode: input.mode }, progress)),
  'imports:report-xlsx': async ({ fileName, report }) => ({
    fileName: reportFileName(fileName),
    base64: (await reportWorkbook(fileName, report)).toString('base64'),
  }),
  'imports:progress': (_input, ctx) =>
    progressBySession.get(ctx.session.id) ?? { active: false, phase: 'idle', rows: 0 },
};
