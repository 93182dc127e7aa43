import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { IMPORT_MODES, type ImportLine, type ImportMode } from '@shared/contract';
import { ImportFileError } from '@core/io/import/limits';
import { analyseImport, commitImport } from '@core/services/import/run';
import { getTownship } from '@core/services/township';
import { CliError, EXIT, emit, type CliContext } from '../io';
import { openCoreForCli } from '../open';

export const IMPORT_USAGE =
  'import persons 文件.xlsx|.csv [--dry-run] [--mode all|good] [--village-map 村名=村代码 …]  导入已有的 Excel 台账' +
  '（先试导入看报告；all：有一行不合格就全部不导入，good：只导入合格的行）';

const MODES: Record<string, ImportMode> = { all: 'all-or-nothing', good: 'good-rows-only' };

type Rows = { row: number; reasons: ImportLine['reasons'] }[];

/**
 * `import persons FILE`: the same importer as the 导入台账 screen. Exit 0 when the import ran (refused rows are in
 * the report), 1 when nothing could be read (no file, an .xls, a zip bomb, no header) or the options are wrong.
 * JSON: {rows, imported, updated, unchanged, refused: [{row, reasons}], warnings: [{row, reasons}]}.
 */
export async function runImport(ctx: CliContext): Promise<void> {
  const { values, positionals } = parseArgs({
    args: ctx.args,
    options: {
      'dry-run': { type: 'boolean', default: false },
      mode: { type: 'string', default: 'all' },
      'village-map': { type: 'string', multiple: true, default: [] },
    },
    allowPositionals: true,
    strict: true,
  });
  const [what, file, ...extra] = positionals;
  if (what !== 'persons' || file === undefined || extra.length > 0) {
    throw new CliError(EXIT.usage, `用法：npm run cli -- ${IMPORT_USAGE}`);
  }
  const mode: ImportMode | undefined = MODES[values.mode] ?? IMPORT_MODES.find((m) => m === values.mode);
  if (mode === undefined) throw new CliError(EXIT.usage, `--mode 应为 all 或 good，现为“${values.mode}”`);
  const villageMap: Record<string, string> = {};
  for (const pair of values['village-map']) {
    const [name, code] = pair.split('=');
    if (!name || !code || !/^\d{12}$/.test(code.trim())) {
      throw new CliError(EXIT.usage, `--village-map 应写成 村名=12位村代码，现为“${pair}”`);
    }
    villageMap[name.trim()] = code.trim();
  }
  const source = path.resolve(file);
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(source);
  } catch {
    throw new CliError(EXIT.invalid, `找不到或无法读取文件：${source}`);
  }
  if (!fs.existsSync(ctx.dbPath)) throw new CliError(EXIT.damaged, `找不到数据库文件：${ctx.dbPath}`);

  const core = openCoreForCli(ctx.dbPath);
  try {
    if (!getTownship(core.store)) throw new CliError(EXIT.invalid, '本机尚未完成首次设置，不能导入。');
    const request = { fileName: path.basename(source), bytes, villageMap };
    const actor = { userId: null, userName: '命令行', source: 'cli' as const };
    const outcome = values['dry-run']
      ? { ...(await analyseImport(core.store, request)).report, committed: false, dryRun: true }
      : await commitImport(core.store, actor, { ...request, mode }).then((result) => ({
          ...result.report,
          committed: result.committed,
          dryRun: false,
        }));
    const refused: Rows = outcome.lines
      .filter((l) => l.outcome === 'refused')
      .map(({ row, reasons }) => ({ row, reasons }));
    const warnings: Rows = outcome.lines
      .filter((l) => l.warnings.length > 0)
      .map(({ row, warnings: reasons }) => ({ row, reasons }));
    const imported = outcome.committed ? outcome.new : 0;
    const updated = outcome.committed ? outcome.update : 0;
    const json = {
      rows: outcome.rows,
      dryRun: outcome.dryRun,
      committed: outcome.committed,
      imported,
      updated,
      unchanged: outcome.unchanged,
      ...(outcome.dryRun ? { wouldImport: outcome.new, wouldUpdate: outcome.update } : {}),
      refused,
      warnings,
    };
    emit(ctx, json, () => summary(json, outcome, mode));
  } catch (error) {
    if (error instanceof ImportFileError) throw new CliError(EXIT.invalid, error.message, { code: error.code });
    throw error;
  } finally {
    core.close();
  }
}

type Summary = { rows: number; imported: number; updated: number; unchanged: number; refused: Rows; warnings: Rows };

function summary(
  json: Summary,
  outcome: { dryRun: boolean; committed: boolean; new: number; update: number },
  mode: ImportMode,
): string {
  const lines = json.refused.slice(0, 200).map((r) => `第 ${r.row} 行：${r.reasons.map((x) => x.message).join('；')}`);
  const head = outcome.dryRun
    ? `试导入（未写入）：数据 ${json.rows} 行，可新增 ${outcome.new} 人，可补充 ${outcome.update} 人，无需修改 ${json.unchanged} 人，拒绝 ${json.refused.length} 行`
    : outcome.committed
      ? `已导入：新增 ${json.imported} 人，补充 ${json.updated} 人，无需修改 ${json.unchanged} 人，拒绝 ${json.refused.length} 行`
      : `未导入任何数据：有 ${json.refused.length} 行不合格（--mode ${mode === 'all-or-nothing' ? 'all' : 'good'}）。改正后重新导入，或用 --mode good 只导入合格的行`;
  const more = json.refused.length > 200 ? [`……另有 ${json.refused.length - 200} 行，用 --json 可查看全部`] : [];
  return [
    head,
    ...lines,
    ...more,
    json.warnings.length > 0 ? `有提示的行：${json.warnings.length} 行（用 --json 查看）` : '',
  ]
    .filter(Boolean)
    .join('\n');
}
