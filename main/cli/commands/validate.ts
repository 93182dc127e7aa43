import fs from 'node:fs';
import path from 'node:path';
import { checkPackageFile, type PackageProblem, type PackageReport } from '@core/io/package-check/index';
import { CliError, EXIT, type CliContext } from '../io';

export const VALIDATE_USAGE = 'validate 报送包.zip    按县里的规则校验季度报送包（通过退出码 0，有问题或无法读取 1）';

/** More lines than this are not read at a terminal; the JSON output always carries every problem. */
const SHOWN = 200;

/**
 * `validate FILE.zip`: the county's check of a package, without any database — the county's IT can run it on a
 * package as received, and a station can run it before sending. JSON output has one shape whether the package passes
 * or not: `{ ok, message, details: report }` (a failure goes through CliError, which prints that shape).
 */
export async function runValidate(ctx: CliContext): Promise<void> {
  const [file, ...extra] = ctx.args;
  if (file === undefined || file.startsWith('-') || extra.length > 0) {
    throw new CliError(EXIT.usage, `用法：npm run cli -- ${VALIDATE_USAGE}`);
  }
  const source = path.resolve(file);
  // the package is read piece by piece by the check (a 100,000-person package is never held whole); a missing or
  // unreadable path, or a folder, is told apart first
  try {
    fs.accessSync(source, fs.constants.R_OK);
    if (!fs.statSync(source).isFile()) throw new Error('not a file');
  } catch {
    throw new CliError(EXIT.invalid, `找不到或无法读取文件：${source}`);
  }
  const name = path.basename(source);
  const report = await checkPackageFile(source, { fileName: name });
  if (report.ok) {
    const message = `校验通过：${name}`;
    ctx.out(ctx.json ? JSON.stringify({ ok: true, message, details: report }, null, 2) : passText(message, report));
    return;
  }
  const summary = `校验未通过：${name} 有 ${report.problems.length} 处问题，县里会整包退回`;
  if (!ctx.json) ctx.out(problemTable(report.problems));
  throw new CliError(EXIT.invalid, summary, report);
}

function passText(message: string, report: PackageReport): string {
  const counts = Object.entries(report.counts).map(([entry, rows]) => `  ${entry}：${rows} 行`);
  return [message, ...counts].join('\n');
}

/** Terminal width of a string: CJK and full-width characters take two columns. */
function width(text: string): number {
  let columns = 0;
  for (const char of text)
    columns += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(
      char,
    )
      ? 2
      : 1;
  return columns;
}
const pad = (text: string, columns: number): string => text + ' '.repeat(Math.max(0, columns - width(text)));

/** One line per problem: where (file, line, field), the rule code, then what is wrong without repeating the place. */
function problemTable(problems: readonly PackageProblem[]): string {
  const rows = problems.slice(0, SHOWN).map((p) => [
    p.file,
    p.line === null ? '' : String(p.line),
    p.field ?? '',
    p.rule,
    // the message starts with its place followed by '：'; the columns already show it
    p.message.slice(p.message.indexOf('：') + 1),
  ]);
  const header = ['文件', '行', '字段', '规则', '问题'];
  const widths = header.slice(0, 4).map((title, i) => Math.max(width(title), ...rows.map((row) => width(row[i]!))));
  const line = (cells: string[]): string =>
    cells
      .map((cell, i) => (i < 4 ? pad(cell, widths[i]!) : cell))
      .join('  ')
      .trimEnd();
  const more = problems.length > SHOWN ? [`……另有 ${problems.length - SHOWN} 处问题，用 --json 可查看全部`] : [];
  return [line(header), ...rows.map(line), ...more].join('\n');
}
