// A CSV as Excel or WPS saves it on a Chinese Windows: GB18030 (or UTF-8, with or without BOM), comma-separated
// (tab when pasted from a sheet). Every cell is text: a CSV cannot tell a number cell from a text cell, so an ID
// number that Excel shortened before saving is caught by its text (4.31025E+17) or, if it looks whole, by its
// check digit.
import { parse } from 'csv-parse/sync';
import { decodeChineseText } from '../decode-text';
import { isBlankCell, type Cell, type SheetRow } from './cells';
import { IMPORT_LIMITS, ImportFileError } from './limits';
import type { ReadOptions, ReadResult } from './read-file';

function delimiterOf(text: string): string {
  const firstLines = text.slice(0, 4096);
  const count = (char: string) => firstLines.split(char).length - 1;
  const candidates: [string, number][] = [
    [',', count(',')],
    ['\t', count('\t')],
    [';', count(';')],
  ];
  candidates.sort((a, b) => b[1] - a[1]);
  return candidates[0]![1] > 0 ? candidates[0]![0] : ',';
}

export function readCsv(bytes: Uint8Array, options: ReadOptions): ReadResult {
  const { text } = decodeChineseText(bytes);
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      delimiter: delimiterOf(text),
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      info: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    throw new ImportFileError(
      'file.unreadable',
      `无法读取该 CSV 文件（${error instanceof Error ? error.message.slice(0, 80) : '格式有误'}）。请在 Excel 或 WPS 中打开后另存为 .xlsx 再导入`,
    );
  }
  const rows: SheetRow[] = [];
  for (const { record, info } of records) {
    const cells: Cell[] = record.slice(0, IMPORT_LIMITS.columns);
    if (cells.every(isBlankCell)) continue;
    if (rows.length === IMPORT_LIMITS.rows) {
      throw new ImportFileError(
        'file.too_many_rows',
        `文件超过 ${IMPORT_LIMITS.rows.toLocaleString('en-US')} 行，超出一次导入的上限。请拆分成几个文件分别导入`,
      );
    }
    rows.push({ number: info.lines, cells });
    if (rows.length % 1000 === 0) options.onProgress?.(rows.length);
  }
  options.onProgress?.(rows.length);
  const name = 'CSV';
  return { kind: 'csv', sheets: [{ name, rows: rows.length, looksLikeRegister: true }], sheet: name, rows };
}
