// Chinese text read whole through the worker. exceljs decoded each chunk of XML on its own, so a character whose
// bytes fell on both sides of a chunk boundary came out as U+FFFD (a name "张伟" read as "张�"); the worker mends the
// decoding (io/import/exceljs-utf8.ts), which also lets it read worksheets straight from the file (zip-order.ts).
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readImportFile } from '@core/io/import/read-file';
import { parseImportFile } from '@core/io/import/run-parse';
import { worksheetsLast } from '@core/io/import/zip-order';
import { zipDirectory } from '@core/io/import/zip-sizes';
import { generatedLedger } from '../helpers/import-fixtures';

const HAN = '张伟芳娜敏静丽强磊军洋一二三四五六七八九十东山西河城关社区村委会组号';

/** Distinct Chinese strings, enough of them that the shared strings span many chunks. */
function texts(count: number): string[] {
  return Array.from({ length: count }, (_, i) => {
    let text = '';
    for (let k = 0; k < 12; k += 1) text += HAN[(i * 7 + k * 13) % HAN.length];
    return `${text}${i}`;
  });
}

async function streamedWorkbook(values: readonly string[], useSharedStrings: boolean): Promise<Buffer> {
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on('data', (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useSharedStrings });
  const sheet = workbook.addWorksheet('台账');
  for (const value of values) sheet.addRow([value, `地址${value}`]).commit();
  sheet.commit();
  await workbook.commit();
  return Buffer.concat(chunks);
}

describe('Chinese text in a large workbook', () => {
  for (const shared of [true, false]) {
    it(`comes out as written (${shared ? 'shared' : 'inline'} strings)`, async () => {
      const values = texts(20_000);
      const { rows } = await parseImportFile(await streamedWorkbook(values, shared), { fileName: 'a.xlsx' });
      expect(rows.map((row) => row.cells[0])).toEqual(values);
      expect(rows.every((row, i) => row.cells[1] === `地址${values[i]}`)).toBe(true);
    }, 60_000);
  }
});

describe('worksheets read straight from the file', () => {
  it('moves the worksheets behind the shared strings and reads the same rows', async () => {
    const bytes = await generatedLedger(300);
    const names = (zip: Uint8Array) =>
      zipDirectory(zip)
        .entries.sort((a, b) => a.localOffset - b.localOffset)
        .map((entry) => entry.name);
    const moved = worksheetsLast(bytes);
    expect(names(bytes).indexOf('xl/worksheets/sheet1.xml')).toBeLessThan(names(bytes).indexOf('xl/sharedStrings.xml'));
    expect(names(moved).at(-1)).toBe('xl/worksheets/sheet1.xml');
    expect(await readImportFile(moved, { fileName: 'a.xlsx' })).toEqual(
      await readImportFile(bytes, { fileName: 'a.xlsx' }),
    );
    // already in that order: nothing to do
    expect(worksheetsLast(moved)).toBe(moved);
  });

  it('leaves a file alone when it is not a plain ZIP', () => {
    const broken = Buffer.from('PK\u0003\u0004 not really a zip');
    expect(worksheetsLast(broken)).toBe(broken);
  });
});
