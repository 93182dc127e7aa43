import { COLUMNS, LEDGER, LEDGER_SHEETS, type CsvFile } from './layout';
import { ProblemList } from './report';
import { openXlsx, type XlsxCell, type XlsxSheet } from './xlsx-reader';

// ledger.xlsx is for people, so only what the format fixes is checked: the five sheets in order, one header row with
// a label per field, one row per CSV row, and ID numbers as text. The labels' wording is not fixed by the format, so
// it is not compared.

/** Sheets whose rows hold ID numbers (身份证号码, 残疾人证号). */
const SHEETS_WITH_IDS = ['人员', '零就业家庭', '家庭成员'];
/** 16 digits and more: an ID number that Excel keeps as a number has lost its last digits already. */
const ID_AS_NUMBER = 1e15;

/**
 * Checks the workbook against the data rows of each CSV (absent or null when unknown); returns the data rows of its
 * 人员 sheet (the manifest's `records`), or null if unreadable.
 */
export async function checkLedger(
  bytes: Uint8Array,
  csvRows: Partial<Record<CsvFile, number | null>>,
  sink: ProblemList,
): Promise<number | null> {
  const unreadable = (): null => {
    sink.add(LEDGER, null, null, 'ledger.unreadable', '不是可以打开的 Excel 工作簿（.xlsx），无法检查');
    return null;
  };
  const workbook = await openXlsx(bytes);
  if (workbook === null) return unreadable();
  // held until every sheet has been read: a sheet damaged halfway makes the whole workbook unreadable instead
  const found = new ProblemList();
  let personRows: number | null = null;
  try {
    const names = workbook.sheets.map((sheet) => sheet.name);
    const expected = LEDGER_SHEETS.map((entry) => entry.sheet);
    if (names.join('|') !== expected.join('|')) {
      found.add(
        LEDGER,
        null,
        null,
        'ledger.sheets',
        `工作表应依次为 ${expected.join('、')}（不多不少），现为 ${names.join('、') || '（无）'}`,
      );
    }
    for (const { sheet: name, file } of LEDGER_SHEETS) {
      const sheet = workbook.sheets.find((candidate) => candidate.name === name);
      if (!sheet) continue;
      const rows = await checkSheet(sheet, COLUMNS[file].length, SHEETS_WITH_IDS.includes(name), found);
      if (name === '人员') personRows = rows;
      const expectedRows = csvRows[file];
      if (expectedRows !== undefined && expectedRows !== null && rows !== expectedRows) {
        found.add(
          LEDGER,
          null,
          null,
          'ledger.rows',
          `工作表“${name}”有 ${rows} 行数据（不含表头），${file} 有 ${expectedRows} 行，两者应相等`,
        );
      }
    }
  } catch {
    return unreadable();
  } finally {
    await workbook.close();
  }
  sink.take(found);
  return personRows;
}

const filled = (cell: XlsxCell): boolean => cell.text.trim() !== '';

/**
 * One pass over a sheet: the header row (a label per field), the number of data rows below it (rows with at least
 * one non-empty cell), and for sheets with ID numbers any number cell of 16 digits or more. One problem per sheet
 * names the first such cell and how many there are.
 */
async function checkSheet(sheet: XlsxSheet, fields: number, withIds: boolean, sink: ProblemList): Promise<number> {
  const labels = new Map<string, string>();
  // the first number cell that should be an ID, and how many there are: one problem per sheet names them
  const ids: { first: { row: number; column: string; value: string } | null; count: number } = {
    first: null,
    count: 0,
  };
  let rows = 0;
  await sheet.forEachRow(
    (row) => {
      if (row.number === 1) {
        for (const cell of row.cells.filter(filled)) labels.set(cell.column, cell.text.trim());
        return;
      }
      if (row.cells.some(filled)) rows += 1;
      if (!withIds) return;
      for (const cell of row.cells) {
        if (cell.kind === 'number' && Math.abs(Number(cell.text)) >= ID_AS_NUMBER) {
          ids.first ??= { row: row.number, column: cell.column, value: cell.text };
          ids.count += 1;
        }
      }
    },
    // rows without <v> can hold no number cell, so the first cell with text tells all that is needed
    { untilText: true },
  );
  if (labels.size !== fields) {
    sink.add(
      LEDGER,
      1,
      null,
      'ledger.header',
      `工作表“${sheet.name}”第 1 行应为表头，每个字段一个中文列名（共 ${fields} 列），现有 ${labels.size} 个非空单元格`,
    );
  }
  const { first } = ids;
  if (first !== null) {
    const label = labels.get(first.column) ?? '';
    sink.add(
      LEDGER,
      first.row,
      label || `${first.column} 列`,
      'ledger.id_as_number',
      `工作表“${sheet.name}”${first.column} 列是数字单元格（${first.value}），身份证号码、残疾人证号必须存为文本单元格，` +
        `否则 Excel 只保留 15 位有效数字` +
        (ids.count > 1 ? `；本表共 ${ids.count} 个这样的单元格` : ''),
    );
  }
  return rows;
}
