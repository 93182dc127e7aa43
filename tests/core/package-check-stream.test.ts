import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPackage, checkPackageFile } from '@core/io/package-check/index';
import { CsvScanner, parseCsvStrict, type CsvRecord, type CsvSyntaxProblem } from '@core/io/package-check/csv-reader';
import { CsvTableReader, type CsvRow } from '@core/io/package-check/csv-table';
import { ProblemList } from '@core/io/package-check/report';
import { SheetScanner, type XlsxRow } from '@core/io/package-check/sheet-scanner';
import {
  FIXTURE_FILE_NAME,
  buildFixturePackage,
  csvText,
  setField,
  validTables,
  type PackageOptions,
} from '../helpers/package-fixture';

// The check reads a package piece by piece and each table once. Whatever way the pieces fall, it must read what a
// reading of the whole file reads; and what it learns from a file counts only once the whole file has been read.

/** Splits `length` items at the given cut points (sorted, deduplicated, inside the range). */
function cuts(length: number, at: number[]): [number, number][] {
  const points = [...new Set(at.map((p) => p % (length + 1)))].sort((a, b) => a - b);
  const bounds = [0, ...points, length];
  return bounds.slice(1).map((end, i) => [bounds[i]!, end]);
}

function scanInPieces(text: string, at: number[]): { records: CsvRecord[]; problems: CsvSyntaxProblem[] } {
  const records: CsvRecord[] = [];
  const problems: CsvSyntaxProblem[] = [];
  const scanner = new CsvScanner(
    (record) => records.push(record),
    (problem) => problems.push(problem),
  );
  for (const [from, to] of cuts(text.length, at)) scanner.push(text.slice(from, to));
  scanner.end();
  return { records, problems };
}

const run = async (options: PackageOptions = {}) =>
  checkPackage(await buildFixturePackage(options), { fileName: FIXTURE_FILE_NAME });

describe('the package check, read piece by piece', () => {
  it('parses CSV text cut anywhere (inside quotes, between CR and LF, between two quotes) as the whole text', () => {
    const char = fc.constantFrom('a', '张', ',', '"', '\r', '\n', "'", ' ', '=');
    fc.assert(
      fc.property(fc.string({ unit: char, maxLength: 60 }), fc.array(fc.nat(80), { maxLength: 8 }), (text, at) => {
        expect(scanInPieces(text, at)).toEqual(parseCsvStrict(text));
      }),
      { numRuns: 500 },
    );
  });

  it('reads a CSV file whose bytes are cut inside the BOM and inside UTF-8 characters as the whole file', () => {
    const rows = [
      ['I01', '本季度新增失业登记人数', '2'],
      ['I02', '"引号",逗号\r\n换行', '3'],
    ];
    const bytes = new TextEncoder().encode(`\uFEFF${csvText(['code', 'name', 'value'], rows)}`);
    const read = (at: number[]) => {
      const seen: CsvRow[] = [];
      const reader = new CsvTableReader('indicators.csv', (row) => seen.push(row));
      for (const [from, to] of cuts(bytes.length, at)) reader.push(bytes.subarray(from, to));
      const sink = new ProblemList();
      return { table: reader.end(sink), rows: seen, problems: sink.items };
    };
    const whole = read([]);
    expect(whole.problems).toEqual([]);
    expect(whole.rows.map((row) => row.values.name)).toEqual(['本季度新增失业登记人数', '"引号",逗号\r\n换行']);
    fc.assert(
      fc.property(fc.array(fc.nat(bytes.length), { maxLength: 10 }), (at) => {
        expect(read(at)).toEqual(whole);
      }),
    );
  });

  it('finds the rows of sheet XML cut anywhere as in the whole XML', () => {
    const xml =
      '<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>人员编号</t></is></c></row>' +
      '<row r="2"><c r="A2" t="inlineStr"><is><t xml:space="preserve"> </t></is></c><c r="B2"><v>431025198503150110</v></c></row>' +
      '<row r="3"/><row r="4"><c r="A4" t="inlineStr"><is><t>张&amp;三</t></is></c><c r="B4" t="inlineStr"><is><t>x</t></is></c></row>' +
      '</sheetData><rowBreaks count="0"/></worksheet>';
    const bytes = Buffer.from(xml);
    const scan = (at: number[], untilText: boolean) => {
      const rows: XlsxRow[] = [];
      const scanner = new SheetScanner([], (row) => rows.push(row), untilText);
      for (const [from, to] of cuts(bytes.length, at)) scanner.push(bytes.subarray(from, to));
      return rows;
    };
    const whole = scan([], false);
    expect(
      whole.map((row) => [row.number, row.cells.map((cell) => `${cell.column}:${cell.kind}:${cell.text}`)]),
    ).toEqual([
      [1, ['A:text:人员编号']],
      [2, ['A:text: ', 'B:number:431025198503150110']],
      [3, []],
      [4, ['A:text:张&三', 'B:text:x']],
    ]);
    // up to the first cell with text, in rows that can hold no number
    expect(scan([], true).map((row) => row.cells.length)).toEqual([1, 2, 0, 1]);
    fc.assert(
      fc.property(fc.array(fc.nat(bytes.length), { maxLength: 12 }), fc.boolean(), (at, untilText) => {
        expect(scan(at, untilText)).toEqual(scan([], untilText));
      }),
    );
  });

  it('gives the same report for a package file as for its bytes', async () => {
    const tables = validTables();
    setField(tables, 'persons', '1001', 'id_number', '431025198503150111');
    setField(tables, 'households', 'H002', 'members', '3');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ls-check-'));
    for (const options of [{}, { tables }, { csv: { 'assistance.csv': (t: string) => t.replace(/\r\n/g, '\n') } }]) {
      const bytes = await buildFixturePackage(options);
      const file = path.join(dir, FIXTURE_FILE_NAME);
      fs.writeFileSync(file, bytes);
      const fromFile = await checkPackageFile(file, { fileName: FIXTURE_FILE_NAME });
      expect(fromFile).toEqual(await checkPackage(bytes, { fileName: FIXTURE_FILE_NAME }));
    }
  });

  it('reports a damaged entry as unreadable and nothing it seemed to hold', async () => {
    const tables = validTables();
    setField(tables, 'persons', '1001', 'sex', '9'); // would be persons.sex.code if the file were read
    const bytes = await buildFixturePackage({ tables, stored: ['persons.csv'] });
    const at = Buffer.from(bytes).indexOf(Buffer.from('李秀英'));
    bytes[at] = bytes[at]! ^ 0x01; // the CRC no longer matches
    const report = await checkPackage(bytes, { fileName: FIXTURE_FILE_NAME });
    expect(report.problems.map((p) => [p.file, p.rule])).toEqual([
      ['persons.csv', 'zip.not_deflate'],
      ['persons.csv', 'zip.entry_unreadable'],
    ]);
  });

  it('reports only the encoding of a CSV that stops being UTF-8 after rows with problems', async () => {
    const tables = validTables();
    setField(tables, 'persons', '1001', 'sex', '9');
    const encode = (text: string) => new Uint8Array([...new TextEncoder().encode(text), 0xff, 0x0d, 0x0a]);
    const report = await run({ tables, encode: { 'persons.csv': encode } });
    expect(report.problems.map((p) => [p.file, p.rule])).toEqual([['persons.csv', 'csv.encoding']]);
  });

  it('lists a rule that needs a later table where a reading with every table at hand finds it', async () => {
    const tables = validTables();
    setField(tables, 'persons', '1004', 'household_id', 'H009'); // known only once households.csv is read
    setField(tables, 'persons', '1004', 'change', 'X');
    setField(tables, 'households', 'H002', 'members', '3'); // known only once household_members.csv is read
    setField(tables, 'households', 'H002', 'updated_at', '2026-06-01');
    const report = await run({ tables });
    expect(report.problems.map((p) => [p.file, p.line, p.rule])).toEqual([
      ['persons.csv', 5, 'persons.household_id.unknown'],
      ['persons.csv', 5, 'persons.change.code'],
      // 1004 is H001's member who found work, and now belongs to H009
      ['households.csv', 2, 'households.cleared_by.other_household'],
      ['households.csv', 3, 'households.members.mismatch'],
      ['households.csv', 3, 'households.updated_at.format'],
    ]);
  });
});
