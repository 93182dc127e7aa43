// Which reader a file needs, decided by its first bytes rather than its name (a .xls renamed to .xlsx, an .xlsx
// saved as .xls and HTML tables named .xls all happen), with the file-level limits checked first.
import { ImportFileError, IMPORT_LIMITS, mb } from './limits';
import type { SheetRow } from './cells';
import { readCsv } from './read-csv';
import { readXlsx } from './read-xlsx';
import { worksheetsLast } from './zip-order';
import { checkZipSizes } from './zip-sizes';

/**
 * Where the rows of the sheet that will be chosen go as they are read (the .xlsx reader; a CSV is read whole). `lead`
 * names the sheet the following rows belong to; a later `lead` means a later sheet looks more like a register and
 * replaces it. The result then holds no rows.
 */
export type RowSink = { lead(sheet: string): void; row(row: SheetRow): void };

export type ReadOptions = {
  fileName: string;
  sheet?: string | undefined;
  headerRow?: number | undefined;
  /** Rows with content read so far. */
  onProgress?: ((rows: number) => void) | undefined;
  sink?: RowSink | undefined;
  /**
   * Let exceljs read the worksheets straight from the file instead of a temporary copy (zip-order.ts). Only where
   * exceljs-utf8.ts is in force (the worker): chunks then end anywhere in the text.
   */
  sheetsInStream?: boolean | undefined;
};

export type SheetSummary = { name: string; rows: number; looksLikeRegister: boolean };

export type ReadResult = {
  kind: 'xlsx' | 'csv';
  sheets: SheetSummary[];
  sheet: string;
  /** The chosen sheet's rows with content, in order. */
  rows: SheetRow[];
};

const SAVE_AS_XLSX =
  '请在 WPS 或 Excel 中打开该文件，选择“文件 → 另存为”，文件类型选“Excel 工作簿（*.xlsx）”，保存后导入新文件。';

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, i) => bytes[i] === byte);
}

export async function readImportFile(bytes: Uint8Array, options: ReadOptions): Promise<ReadResult> {
  if (bytes.byteLength > IMPORT_LIMITS.fileBytes) {
    throw new ImportFileError(
      'file.too_large',
      `文件有 ${mb(bytes.byteLength)}，超过了导入上限 ${mb(IMPORT_LIMITS.fileBytes)}。请删除多余的工作表、图片和空行，或拆分后再导入`,
    );
  }
  if (bytes.byteLength === 0) throw new ImportFileError('file.unreadable', '文件是空的');
  const lower = options.fileName.toLowerCase();
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    const kind = lower.endsWith('.et') ? 'WPS 表格（.et）' : 'Excel 97-2003（.xls）';
    throw new ImportFileError('file.xls', `这是旧版 ${kind} 格式的文件，本程序不能直接读取。${SAVE_AS_XLSX}`);
  }
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    const directory = checkZipSizes(bytes);
    return readXlsx(options.sheetsInStream ? worksheetsLast(bytes, directory) : bytes, options);
  }
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 512)).toLowerCase();
  if (lower.endsWith('.xls') || head.includes('<html') || head.includes('<?xml') || head.includes('<table')) {
    throw new ImportFileError(
      'file.xls',
      `该文件不是 .xlsx 工作簿（可能是旧版 .xls 或从网页系统导出的表格）。${SAVE_AS_XLSX}`,
    );
  }
  if (lower.endsWith('.xlsx')) {
    throw new ImportFileError(
      'file.unreadable',
      `文件名是 .xlsx，但内容不是 Excel 工作簿，可能已损坏。${SAVE_AS_XLSX}`,
    );
  }
  if (!/\.(csv|txt)$/.test(lower)) {
    throw new ImportFileError('file.unknown_type', '只能导入 .xlsx 或 .csv 文件；.xls 请先另存为 .xlsx');
  }
  return readCsv(bytes, options);
}
