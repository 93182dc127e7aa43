// The importer's cell reader: an ID number or a date as the cell holds it. The kind of cell decides as much as the
// text: an ID in a number cell has lost digits even when it looks whole, and a year-month in a number cell (2019.1)
// cannot say whether October was meant.
import { normaliseDate, type DateNormaliseOptions } from '@shared/domain/date-normalise';
import type { IsoDate } from '@shared/domain/dates';
import { idFromNumericCell, looksExcelMangled, parseIdNumber, type IdResult } from '@shared/domain/id-number';
import { normaliseIdText } from '@shared/domain/text-normalise';
import { cellText, isBlankCell, type Cell } from './cells';

export type CellProblem = { ok: false; code: string; message: string };
export type DateCellResult = { ok: true; date: IsoDate; warning?: { code: string; message: string } } | CellProblem;

const problem = (code: string, message: string): CellProblem => ({ ok: false, code, message });

/** null for an empty cell. `code` of a problem: excel_number, bad. */
export function readIdCell(cell: Cell, today: IsoDate): IdResult | null {
  if (isBlankCell(cell)) return null;
  if (typeof cell === 'number') return idFromNumericCell(cell);
  if (cell instanceof Date || typeof cell === 'boolean') {
    return { ok: false, reason: 'BAD_CHARACTERS', message: '身份证号码所在单元格是日期或逻辑值，不是号码' };
  }
  return parseIdNumber(cell as string, today);
}

/**
 * A long number that is not the ID (残疾人证号, 就业创业证号): from a number cell with 16 or more digits, or shown in
 * scientific notation, its last digits are gone.
 */
export function readLongNumberCell(cell: Cell, label: string): { ok: true; text: string } | CellProblem | null {
  if (isBlankCell(cell)) return null;
  const text = typeof cell === 'number' ? cellText(cell) : normaliseIdText(cellText(cell));
  const fromNumber = typeof cell === 'number' && (!Number.isSafeInteger(cell) || String(cell).length >= 16);
  if (fromNumber || /E\+?\d+$/i.test(text) || looksExcelMangled(text) !== null) {
    return problem(
      'excel_number',
      `${label}被 Excel 存成了数字（${text}），后几位已经丢失。请把该列设为“文本”格式，按原件重新录入后再导入`,
    );
  }
  return { ok: true, text };
}

/** A date cell of any kind: real Excel dates and date-times, Excel serials, and every typed spelling. */
export function readDateCell(cell: Cell, options: DateNormaliseOptions = {}): DateCellResult | null {
  if (cell === null || isBlankCell(cell)) return null;
  if (typeof cell === 'boolean') return problem('bad', '单元格是逻辑值，不是日期');
  if (typeof cell === 'number') {
    const whole = Math.trunc(cell);
    if (whole !== cell && whole >= 1900 && whole <= 2100) {
      return problem(
        'year_month_number',
        `日期“${cellText(cell)}”被 Excel 存成了小数，无法确定月份（2019.1 和 2019.10 在 Excel 里是同一个数），请改为文本后填写完整日期`,
      );
    }
    const result = normaliseDate(cell, options);
    if (!result.ok) return problem('bad', result.message);
    // 20190305 typed into a number cell is a date as typed; a serial is a date cell that lost its format
    if (whole === cell && whole >= 190_001) return withWarning(result.date, result.warning);
    return {
      ok: true,
      date: result.date,
      warning: {
        code: 'date.serial',
        message: `日期以数字 ${cellText(cell)} 存放，已按 Excel 日期读为 ${result.date}，请核实`,
      },
    };
  }
  const result = normaliseDate(cell, options);
  return result.ok ? withWarning(result.date, result.warning) : problem('bad', result.message);
}

function withWarning(date: IsoDate, warning: string | undefined): DateCellResult {
  return warning === undefined
    ? { ok: true, date }
    : { ok: true, date, warning: { code: 'date.year_month', message: warning } };
}
