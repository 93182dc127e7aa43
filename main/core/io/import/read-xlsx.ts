// Reads an .xlsx with exceljs's streaming reader: rows arrive one by one, so a large register never sits in memory
// as a whole workbook model, and the row limit stops a runaway sheet early. Every sheet is read; the one whose header
// looks most like a register is kept (or the one the clerk chose). With a sink, the kept sheet's rows go to it as they
// are read instead of into the result, so the importer can check them while the rest of the file is still being read.
import { Readable } from 'node:stream';
import type ExcelJS from 'exceljs';
// the reader alone, not the package's entry (exceljs-reader.d.ts)
import WorkbookReader from 'exceljs/lib/stream/xlsx/workbook-reader.js';
import { cellFromExcel, isBlankCell, type Cell, type SheetRow } from './cells';
import { findHeader, HEADER_SEARCH_ROWS } from './headers';
import { IMPORT_LIMITS, ImportFileError } from './limits';
import type { ReadOptions, ReadResult, RowSink, SheetSummary } from './read-file';

type Candidate = { name: string; rows: SheetRow[]; score: number };

export async function readXlsx(bytes: Uint8Array, options: ReadOptions): Promise<ReadResult> {
  const reader = new WorkbookReader(Readable.from([Buffer.from(bytes)]), {
    sharedStrings: 'cache',
    styles: 'cache', // number formats tell date cells from number cells
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  const sheets: SheetSummary[] = [];
  let best: Candidate | null = null;
  let total = 0;
  try {
    for await (const worksheet of reader) {
      // exceljs sets the sheet's name from workbook.xml; its typings do not declare it
      const name = (worksheet as unknown as { name?: string }).name ?? `Sheet${sheets.length + 1}`;
      const current: Candidate = { name, rows: [], score: -1 };
      let keep = options.sheet === undefined || options.sheet === name;
      // the sheet's header decided that it will be the one kept: its rows go straight to the sink
      let streaming = false;
      let counted = 0;
      for await (const row of worksheet) {
        const cells = rowCells(row.values);
        if (cells.every(isBlankCell)) continue;
        counted += 1;
        if (counted > IMPORT_LIMITS.rows) throw tooManyRows(name);
        total += 1;
        if (total % 1000 === 0) options.onProgress?.(total);
        if (!keep) continue;
        if (streaming) {
          options.sink?.row({ number: row.number, cells });
          continue;
        }
        current.rows.push({ number: row.number, cells });
        if (current.rows.length === HEADER_SEARCH_ROWS) {
          current.score = scoreOf(current.rows, options.headerRow);
          // a sheet whose header is no better than one already read is not kept (memory)
          if (options.sheet === undefined && best !== null && current.score <= best.score) {
            keep = false;
            current.rows = [];
          } else if (options.sink) {
            // not dropped now means kept at the end: the same comparison, and the score no longer changes
            handOver(options.sink, current);
            streaming = true;
          }
        }
      }
      if (keep && current.score < 0) current.score = scoreOf(current.rows, options.headerRow);
      sheets.push({ name, rows: counted, looksLikeRegister: current.score > 0 });
      if (keep && (best === null || current.score > best.score || options.sheet === name)) {
        best = current;
        if (options.sink && !streaming) handOver(options.sink, current);
      }
    }
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    throw new ImportFileError(
      'file.unreadable',
      `无法读取该 .xlsx 文件（${error instanceof Error ? error.message.slice(0, 80) : '格式有误'}）。请在 Excel 或 WPS 中打开后另存为 .xlsx 再导入`,
    );
  }
  options.onProgress?.(total);
  if (options.sheet !== undefined && !sheets.some((sheet) => sheet.name === options.sheet)) {
    throw new ImportFileError('file.no_sheet', `文件中没有名为“${options.sheet}”的工作表`);
  }
  if (best === null) {
    const chosen = sheets[0];
    if (!chosen) throw new ImportFileError('file.no_sheet', '文件中没有工作表');
    return { kind: 'xlsx', sheets, sheet: chosen.name, rows: [] };
  }
  return { kind: 'xlsx', sheets, sheet: best.name, rows: best.rows };
}

/** The sheet becomes the sink's: the rows held so far go to it, and the result keeps none of them. */
function handOver(sink: RowSink, sheet: Candidate): void {
  sink.lead(sheet.name);
  for (const row of sheet.rows) sink.row(row);
  sheet.rows = [];
}

function scoreOf(rows: readonly SheetRow[], headerRow: number | undefined): number {
  return findHeader(rows, headerRow)?.score ?? 0;
}

/** exceljs's row.values is 1-based and sparse; cells past the column limit are not read. */
function rowCells(values: unknown): Cell[] {
  if (!Array.isArray(values)) return [];
  const width = Math.min(values.length - 1, IMPORT_LIMITS.columns);
  const cells: Cell[] = new Array<Cell>(Math.max(0, width)).fill(null);
  for (let c = 1; c <= width; c += 1) cells[c - 1] = cellFromExcel(values[c] as ExcelJS.CellValue | undefined);
  while (cells.length > 0 && isBlankCell(cells[cells.length - 1])) cells.pop();
  return cells;
}

function tooManyRows(sheet: string): ImportFileError {
  return new ImportFileError(
    'file.too_many_rows',
    `工作表“${sheet}”超过 ${IMPORT_LIMITS.rows.toLocaleString('en-US')} 行，超出一次导入的上限。请按村或年度拆分成几个文件分别导入`,
  );
}
