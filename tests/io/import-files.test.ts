// Whole files the importer refuses before reading a row, and layouts it must still find its way through.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { IMPORT_MAX_FILE_BYTES } from '@shared/contract';
import { IMPORT_LIMITS } from '@core/io/import/limits';
import { readImportFile } from '@core/io/import/read-file';
import { findHeader } from '@core/io/import/headers';
import { parseImportFile } from '@core/io/import/run-parse';
import { makeId } from '../helpers/ids';

/** A ZIP whose central directory declares one entry of `declared` bytes deflated to `stored` (sizes may lie). */
function zipDeclaring(declared: number, stored: number): Buffer {
  const name = Buffer.from('xl/worksheets/sheet1.xml');
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(stored, 18);
  local.writeUInt32LE(declared, 22);
  local.writeUInt16LE(name.length, 26);
  const data = Buffer.alloc(stored);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(stored, 20);
  central.writeUInt32LE(declared, 24);
  central.writeUInt16LE(name.length, 28);
  const offset = local.length + name.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + name.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([local, name, data, central, name, end]);
}

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => ({ code: 'none', message: '' }),
    (error: { code: string; message: string }) => ({ code: error.code, message: error.message }),
  );

describe('files refused as a whole', () => {
  it('an .xls (and a WPS .et) gets the advice to save it as .xlsx', async () => {
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]);
    const xls = await refusal(readImportFile(ole, { fileName: '台账.xls' }));
    expect(xls.code).toBe('file.xls');
    expect(xls.message).toContain('另存为');
    expect(xls.message).toContain('.xlsx');
    const html = await refusal(readImportFile(Buffer.from('<html><table><tr><td>姓名'), { fileName: '导出.xls' }));
    expect(html.code).toBe('file.xls');
  });

  it('a zip bomb is refused on its declared sizes, before anything is inflated', async () => {
    const huge = await refusal(
      readImportFile(zipDeclaring(250 * 1024 * 1024, 4 * 1024 * 1024), { fileName: 'a.xlsx' }),
    );
    expect(huge).toMatchObject({ code: 'file.zip_bomb' });
    const ratio = await refusal(readImportFile(zipDeclaring(60 * 1024 * 1024, 100 * 1024), { fileName: 'a.xlsx' }));
    expect(ratio.code).toBe('file.zip_bomb');
    expect(ratio.message).toMatch(/压缩比 \d+ 倍/);
  });

  it('more than 100,000 rows is refused with a message', async () => {
    const lines = ['姓名,身份证号', ...Array.from({ length: IMPORT_LIMITS.rows + 1 }, (_, i) => `张三,${i}`)];
    const result = await refusal(readImportFile(Buffer.from(lines.join('\n')), { fileName: 'a.csv' }));
    expect(result.code).toBe('file.too_many_rows');
    expect(result.message).toContain('100,000');
  });

  it('a file over 50 MB is refused, the same limit as the contract', async () => {
    expect(IMPORT_LIMITS.fileBytes).toBe(IMPORT_MAX_FILE_BYTES);
    const result = await refusal(readImportFile(Buffer.alloc(IMPORT_MAX_FILE_BYTES + 1), { fileName: 'a.csv' }));
    expect(result.code).toBe('file.too_large');
  });

  it('a damaged .xlsx is refused in Chinese, through the worker too', async () => {
    const broken = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(100)]);
    const result = await refusal(parseImportFile(broken, { fileName: 'a.xlsx' }));
    expect(result.code).toBe('file.unreadable');
    expect(result.message).toMatch(/xlsx/);
  });
});

describe('layouts', () => {
  it('a two-row header (就业困难人员 over 类别 | 认定日期) maps both columns', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('困难人员');
    sheet.addRow(['就业困难人员花名册']);
    sheet.addRow(['序号', '姓名', '身份证号码', '就业困难人员', '', '备注']);
    sheet.addRow(['', '', '', '类别', '认定日期', '']);
    sheet.mergeCells('D2:E2');
    sheet.mergeCells('B2:B3');
    sheet.addRow([1, '张三', makeId('19700101', '111'), '4050', '2024-06-01', '']);
    const { rows } = await readImportFile(Buffer.from(await workbook.xlsx.writeBuffer()), { fileName: 'a.xlsx' });
    const header = findHeader(rows);
    expect(header).toMatchObject({ headerRow: 2, headerRows: 2 });
    expect(header?.fields.slice(0, 6)).toEqual([null, 'name', 'idNumber', 'difficulty', 'difficultyOn', 'notes']);
  });

  it('the sheet the clerk names wins over the one that looks most like a register', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('2023年').addRows([
      ['姓名', '身份证号码', '性别', '民族'],
      ['张三', makeId('19700101', '111')],
    ]);
    workbook.addWorksheet('2024年').addRows([
      ['姓名', '身份证号码'],
      ['李四', makeId('19700101', '131')],
    ]);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    expect((await readImportFile(bytes, { fileName: 'a.xlsx' })).sheet).toBe('2023年');
    const chosen = await readImportFile(bytes, { fileName: 'a.xlsx', sheet: '2024年' });
    expect(chosen.sheet).toBe('2024年');
    expect(chosen.rows[1]?.cells[0]).toBe('李四');
  });
});
