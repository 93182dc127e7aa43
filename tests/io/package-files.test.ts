import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BlobReader, Uint8ArrayWriter, ZipReader } from '@zip.js/zip.js';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { LineKeys } from '@core/io/package/line-keys';
import { XlsxWriter } from '@core/io/package/xlsx-writer';
import { writeZipFile } from '@core/io/package/zip-writer';
import { openXlsx, type XlsxRow } from '@core/io/package-check/xlsx-reader';

// The package's own writers: the ZIP writer (package and ledger.xlsx) and the streaming .xlsx writer. Each file is
// read back by another library (zip.js, exceljs) and by the county check's reader.

const scratch = () => fs.mkdtempSync(path.join(os.tmpdir(), 'ls-files-'));

describe('the package writers', () => {
  it('writes a ZIP of deflated entries that zip.js reads back with their CRCs, names and time', async () => {
    const dir = scratch();
    const big = 'persons,行\r\n'.repeat(50_000);
    fs.writeFileSync(path.join(dir, 'a.csv'), big);
    fs.writeFileSync(path.join(dir, 'b.json'), '{}');
    const modified = Date.parse('2026-10-08T01:30:06Z'); // 09:30:06 in China
    const target = path.join(dir, 'out.zip');
    const { sha256 } = await writeZipFile(
      target,
      [
        { name: 'b.json', file: path.join(dir, 'b.json'), level: 6 },
        { name: '台账.csv', file: path.join(dir, 'a.csv'), level: 1 },
      ],
      modified,
      dir,
    );
    expect(sha256).toMatch(/^[0-9a-f]{64}$/);
    const reader = new ZipReader(new BlobReader(await fs.openAsBlob(target)), { checkSignature: true });
    const entries = await reader.getEntries();
    expect(entries.map((entry) => [entry.filename, entry.compressionMethod])).toEqual([
      ['b.json', 8],
      ['台账.csv', 8],
    ]);
    const second = entries[1]!;
    if (second.directory) throw new Error('not a file');
    expect(new TextDecoder().decode(await second.getData(new Uint8ArrayWriter()))).toBe(big);
    expect(second.compressedSize).toBeLessThan(big.length / 10);
    // ZIP times are local, without a zone: the station's China time, to the even second
    expect(second.lastModDate.getHours()).toBe(new Date(2026, 9, 8, 9, 30, 6).getHours());
    expect(second.lastModDate.getSeconds()).toBe(6);
    await reader.close();
  });

  it('writes a workbook that exceljs and the check read alike: text cells, escapes, blanks kept', async () => {
    const dir = scratch();
    const writer = new XlsxWriter(dir);
    const persons = writer.sheet('人员', [
      { header: '公民身份号码', width: 22 },
      { header: '姓名', width: 10 },
      { header: '现居住地址', width: 22 },
    ]);
    persons.row(['431025198503150110', ' 张三 ', 'a&b<c>d"e\'f']);
    persons.row(['43102519790622022X', null, 'ctl\u0001\u007fx_x0041_y']);
    persons.close();
    writer.sheet('指标', [{ header: '指标代码', width: 10 }]).close();
    const file = path.join(dir, 'ledger.xlsx');
    await writer.finish(file, Date.parse('2026-10-08T01:30:00Z'), '劳动保障站实名制台账');

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['人员', '指标']);
    const sheet = workbook.getWorksheet('人员')!;
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.getRow(2).values).toEqual([undefined, '431025198503150110', ' 张三 ', 'a&b<c>d"e\'f']);
    // characters XML cannot hold are left out, as exceljs did
    expect(sheet.getRow(3).values).toEqual([undefined, '43102519790622022X', undefined, 'ctlx_x0041_y']);

    const read = await openXlsx(new Uint8Array(fs.readFileSync(file)));
    const rows: XlsxRow[] = [];
    await read!.sheets[0]!.forEachRow((row) => rows.push(row));
    await read!.close();
    expect(rows.map((row) => row.cells.map((cell) => `${cell.column}${row.number}:${cell.kind}`))).toEqual([
      ['A1:text', 'B1:text', 'C1:text'],
      ['A2:text', 'B2:text', 'C2:text'],
      ['A3:text', 'C3:text'],
    ]);
  });

  it('keeps the record behind each line in a growing array', () => {
    const keys = new LineKeys();
    for (let id = 1; id <= 5000; id++) keys.push(id % 7 === 0 ? 0 : id);
    expect([keys.at(1), keys.at(2), keys.at(3), keys.at(8), keys.at(5001), keys.at(5002)]).toEqual([
      null,
      1,
      2,
      null,
      5000,
      null,
    ]);
  });
});
