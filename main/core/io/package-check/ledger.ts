import type { CsvTable } from './csv-table';
import { COLUMNS, LEDGER, LEDGER_SHEETS } from './layout';
import type { ProblemList } from './report';
import { readXlsx, type XlsxCell, type XlsxSheet } from './xlsx-reader';

// ledger.xlsx is for people, so only what the format fixes is checked: the five sheets in order, one header row with
// a label per field, one row per CSV row, and ID numbers as text. The labels' wording is not fixed by the format, so
// it is not compared.

/** Sheets whose rows hold ID numbers (身份证号码, 残疾人证号). */
const SHEETS_WITH_IDS = ['人员', '零就业家庭', '家庭成员'];
/** 16 digits and more: an ID number that Excel keeps as a number has lost its last digits already. */
const ID_AS_NUMBER = 1e15;

/** Checks the workbook; returns the data rows of its 人员 sheet (the manifest's `records`), or null if unreadable. */
export async function checkLedger(
  bytes: Uint8Array,
  tables: Record<string, CsvTable | undefined>,
  sink: ProblemList,
): Promise<number | null> {
  const workbook = await readXlsx(bytes);
  if (workbook === null) {
    sink.add(LEDGER, null, null, 'ledger.unreadable', '不是可以打开的 Excel 工作簿（.xlsx），无法检查');
    return null;
  }
  const names = workbook.map((sheet) => sheet.name);
  const expected = LEDGER_SHEETS.map((entry) => entry.sheet);
  if (names.join('|') !== expected.join('|')) {
    sink.add(
      LEDGER,
      null,
      null,
      'ledger.sheets',
      `工作表应依次为 ${expected.join('、')}（不多不少），现为 ${names.join('、') || '（无）'}`,
    );
  }

  let personRows: number | null = null;
  for (const { sheet: name, file } of LEDGER_SHEETS) {
    const sheet = workbook.find((candidate) => candidate.name === name);
    if (!sheet) continue;
    const rows = checkSheet(sheet, COLUMNS[file].length, SHEETS_WITH_IDS.includes(name), sink);
    if (name === '人员') personRows = rows;
    const expectedRows = tables[file]?.dataRows;
    if (expectedRows !== undefined && expectedRows !== null && rows !== expectedRows) {
      sink.add(
        LEDGER,
        null,
        null,
        'ledger.rows',
        `工作表“${name}”有 ${rows} 行数据（不含表头），${file} 有 ${expectedRows} 行，两者应相等`,
      );
    }
  }
  return personRows;
}

const filled = (cell: XlsxCell): boolean => cell.text.trim() !== '';

/**
 * One pass over a sheet: the header row (a label per field), the number of data rows below it (rows with at least
 * one non-empty cell), and for sheets with ID numbers any number cell of 16 digits or more. One problem per sheet
 * names the first such cell and how many there are.
 */
function checkSheet(sheet: XlsxSheet, fields: number, withIds: boolean, sink: ProblemList): number {
  const labels = new Map<string, string>();
  const idCells: { row: number; column: string; value: string }[] = [];
  let rows = 0;
  for (const row of sheet.rows()) {
    if (row.number === 1) {
      for (const cell of row.cells.filter(filled)) labels.set(cell.column, cell.text.trim());
      continue;
    }
    if (row.cells.some(filled)) rows += 1;
    if (!withIds) continue;
    for (const cell of row.cells) {
      if (cell.kind === 'number' && Math.abs(Number(cell.text)) >= ID_AS_NUMBER) {
        idCells.push({ row: row.number, column: cell.column, value: cell.text });
      }
    }
  }
  if (labels.size !== fields) {
    sink.add(
      LEDGER,
      1,
      null,
      'ledger.header',
      `工作表“${sheet.name}”第 1 行应为表头，每个字段一个中文列名（共 ${fields} 列），现有 ${labels.size} 个非空单元格`,
    );
  }
  const [first] = idCells;
  if (first !== undefined) {
    const label = labels.get(first.column) ?? '';
    sink.add(
      LEDGER,
      first.row,
      label || `${first.column} 列`,
      'ledger.id_as_number',
      `工作表“${sheet.name}”${first.column} 列是数字单元格（${first.value}），身份证号码、残疾人证号必须存为文本单元格，` +
        `否则 Excel 只保留 15 位有效数字` +
        (idCells.length > 1 ? `；本表共 ${idCells.length} 个这样的单元格` : ''),
    );
  }
  return rows;
}
