// Property tests: dates and ID numbers keep their value through the importer's cell reader, whatever kind of cell
// carries them (text typed every way, number, real date, date-time), and through a real .xlsx written and re-read.
import fc from 'fast-check';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { toExcelSerial } from '@shared/domain/date-normalise';
import { checkDigit } from '@shared/domain/id-number';
import { readDateCell, readIdCell } from '@core/io/import/cell-values';
import { readImportFile } from '@core/io/import/read-file';
import { isoDateBetween, validIdNumber } from '../unit/support/arbitraries';

const TODAY = '2026-11-21';
const fullWidth = (text: string) => text.replace(/[0-9A-Za-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const parts = (date: string) => date.split('-').map(Number) as [number, number, number];

/** Every spelling of one day the importer accepts as a string cell. */
function spellings(date: string): string[] {
  const [y, m, d] = parts(date);
  const mm = String(m).padStart(2, '0');
  const dd = String(d).padStart(2, '0');
  const typed = [`${y}.${m}.${d}`, `${y}/${mm}/${dd}`, `${y}年${m}月${d}日`, `${y}${mm}${dd}`, date, `${date} 08:15`];
  return [...typed, ...typed.map(fullWidth), ` ${typed[0]!}\u3000`, `'${typed[3]!}`];
}

describe('the importer’s date cell reader', () => {
  const day = isoDateBetween('1900-03-01', '2099-12-31');

  it('reads every spelling, the yyyymmdd number, the real date, the date-time and the serial as the same day', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 86_399 }), (date, seconds) => {
        const [y, m, d] = parts(date);
        for (const text of spellings(date)) expect(readDateCell(text)).toMatchObject({ ok: true, date });
        expect(readDateCell(Number(date.replaceAll('-', '')))).toEqual({ ok: true, date });
        expect(readDateCell(new Date(Date.UTC(y, m - 1, d)))).toEqual({ ok: true, date });
        expect(readDateCell(new Date(Date.UTC(y, m - 1, d) + seconds * 1000))).toEqual({ ok: true, date });
        // serials 1900–2100 (days of 1905) with a time part read as a year-month typed as a decimal: refused, not
        // misread; no register holds dates of 1905
        if (date < '1906') return;
        const serial = readDateCell(toExcelSerial(date) + seconds / 86_400);
        expect(serial).toMatchObject({ ok: true, date, warning: { code: 'date.serial' } });
      }),
    );
  });

  it('refuses a year-month that Excel turned into a decimal number, never guessing the month', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1950, max: 2099 }), fc.integer({ min: 1, max: 12 }), (y, m) => {
        const number = Number(`${y}.${String(m).padStart(2, '0')}`);
        if (!Number.isInteger(number))
          expect(readDateCell(number)).toMatchObject({ ok: false, code: 'year_month_number' });
      }),
    );
  });
});

describe('the importer’s ID cell reader', () => {
  it('takes an ID typed with full-width digits, lower-case x, an apostrophe or blanks as the same number', () => {
    fc.assert(
      fc.property(validIdNumber, fc.integer({ min: 1, max: 17 }), (id, cut) => {
        if (id.slice(6, 10) > TODAY.slice(0, 4)) return;
        const variants = [
          id,
          id.toLowerCase(),
          fullWidth(id.toLowerCase()),
          `'${id}`,
          `${id.slice(0, cut)} ${id.slice(cut)}`,
          `\u3000${id.slice(0, cut)}\u3000${id.slice(cut)} `,
        ];
        for (const variant of variants) {
          const result = readIdCell(variant, TODAY);
          if (result?.ok) expect(result.value.idNumber).toBe(id);
          else expect(result?.ok === false && result.reason).toBe('BIRTH_IN_FUTURE');
        }
      }),
    );
  });

  it('always refuses an ID from a number cell, even when the number passes the check digit', () => {
    fc.assert(
      fc.property(validIdNumber, (id) => {
        expect(readIdCell(Number(id.replace('X', '0')), TODAY)).toMatchObject({ ok: false, reason: 'EXCEL_NUMBER' });
      }),
    );
    const first17 = '43102519850301100';
    const looksWhole = first17 + checkDigit(first17);
    expect(readIdCell(looksWhole, TODAY)?.ok).toBe(true);
    expect(readIdCell(Number(looksWhole), TODAY)).toMatchObject({ ok: false, reason: 'EXCEL_NUMBER' });
  });

  it('upgrades a 15-digit number to the 18-digit one', () => {
    fc.assert(
      fc.property(validIdNumber, (id18) => {
        if (!id18.slice(6, 8).startsWith('19')) return;
        const id15 = id18.slice(0, 6) + id18.slice(8, 17);
        const result = readIdCell(id15, TODAY);
        expect(result).toMatchObject({ ok: true, value: { upgradedFrom15: id15 } });
        if (result?.ok) expect(result.value.idNumber.slice(0, 17)).toBe(id18.slice(0, 17));
      }),
    );
  });
});

describe('through a real .xlsx', () => {
  it('dates and IDs come back from text, number and date cells as they went in', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(isoDateBetween('1950-01-01', '2026-01-01'), validIdNumber), { minLength: 1, maxLength: 30 }),
        async (samples) => {
          const workbook = new ExcelJS.Workbook();
          const sheet = workbook.addWorksheet('台账');
          sheet.addRow(['姓名', '身份证号码', '登记日期', '出生日期', '认定日期', '备注']);
          for (const [date, id] of samples) {
            const [y, m, d] = parts(date);
            const row = sheet.addRow([
              '张三',
              id,
              new Date(Date.UTC(y, m - 1, d, 9)),
              Number(date.replaceAll('-', '')),
              `${y}.${m}.${d}`,
              Number(id),
            ]);
            row.getCell(3).numFmt = 'yyyy-mm-dd hh:mm';
          }
          const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
          const { rows } = await readImportFile(bytes, { fileName: 'p.xlsx' });
          rows.slice(1).forEach((row, i) => {
            const [date, id] = samples[i]!;
            expect(readIdCell(row.cells[1]!, TODAY)).toMatchObject({ ok: true, value: { idNumber: id } });
            for (const c of [2, 3, 4]) expect(readDateCell(row.cells[c]!)).toMatchObject({ ok: true, date });
            expect(readIdCell(row.cells[5]!, TODAY)).toMatchObject({ ok: false, reason: 'EXCEL_NUMBER' });
          });
        },
      ),
      { numRuns: 20 },
    );
  });
});
