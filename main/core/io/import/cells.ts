// One cell as the importer sees it, the same for .xlsx and .csv: the kind of cell matters (an ID number in a number
// cell has lost digits; a date cell is a real date), so it is kept rather than turned into text early.
import type { CellValue } from 'exceljs';
import { trimBlanks } from '@shared/domain/text-normalise';

/** string: text cell or CSV field; number: number cell; Date: date-formatted cell; boolean; null: empty. */
export type Cell = string | number | boolean | Date | null;

/** A row with content, as numbered in the file (Excel row number, CSV line number); cells[0] is column A. */
export type SheetRow = { number: number; cells: Cell[] };

/** exceljs's value of a cell → Cell: formulas give their cached result, rich text its text, errors nothing. */
export function cellFromExcel(value: CellValue | undefined): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  if (typeof value !== 'object') return null;
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('error' in value) return null;
  if ('result' in value) {
    const result = value.result as unknown;
    if (typeof result === 'object' && result !== null && 'error' in result) return null;
    return cellFromExcel(result as CellValue);
  }
  if ('text' in value && typeof value.text === 'string') return value.text;
  return null;
}

/** A cell as text for names, addresses and headers: numbers as Excel shows them in General format. */
export function cellText(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'string') return trimBlanks(cell);
  if (typeof cell === 'number') return Number.isInteger(cell) ? String(cell) : String(Number(cell.toPrecision(15)));
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return cell.toISOString().slice(0, 10);
}

export function isBlankCell(cell: Cell | undefined): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && trimBlanks(cell) === '');
}

/** Column number (1 = A) to its letters. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
