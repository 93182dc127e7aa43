import { parseCsvStrict } from './csv-reader';
import { COLUMNS, type CsvFile } from './layout';
import type { ProblemList } from './report';

export type CsvRow = { line: number; values: Readonly<Record<string, string>> };

export type CsvTable = {
  file: CsvFile;
  /** false when the file cannot be decoded or its header is wrong: its rows are then not checked field by field. */
  readable: boolean;
  rows: CsvRow[];
  /** Non-blank records after the header, the number the manifest's `records` must give; null when undecodable. */
  dataRows: number | null;
};

const BOM = [0xef, 0xbb, 0xbf];

/** Reads one CSV of the package: encoding, BOM, line ends, quoting, the exact header, blank and malformed rows. */
export function readCsvTable(file: CsvFile, bytes: Uint8Array, sink: ProblemList): CsvTable {
  const unreadable: CsvTable = { file, readable: false, rows: [], dataRows: null };
  const hasBom = BOM.every((byte, index) => bytes[index] === byte);
  if (!hasBom) {
    sink.add(
      file,
      null,
      null,
      'csv.bom',
      '文件开头缺少 UTF-8 字节顺序标记（BOM，EF BB BF）；县里的导入程序据此识别编码',
    );
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(hasBom ? bytes.subarray(3) : bytes);
  } catch {
    sink.add(file, null, null, 'csv.encoding', '文件不是有效的 UTF-8 编码（可能被另存成了 GBK/ANSI），无法读取');
    return unreadable;
  }

  const parsed = parseCsvStrict(text);
  for (const problem of parsed.problems) sink.add(file, problem.line, null, problem.rule, problem.text);

  const columns = COLUMNS[file].map((column) => column.code);
  const [header, ...records] = parsed.records;
  const dataRecords = records.filter((record) => !record.fields.every((value) => value === ''));
  const dataRows = dataRecords.length;
  if (header === undefined || header.fields.every((value) => value === '')) {
    sink.add(file, 1, null, 'csv.header', `第一行应为字段行“${columns.join(',')}”，现为空`);
    return { ...unreadable, dataRows };
  }
  if (header.fields.join(',') !== columns.join(',')) {
    sink.add(file, 1, null, 'csv.header', headerMessage(header.fields, columns));
    return { ...unreadable, dataRows };
  }
  // the format fixes the header line itself, so even harmless quotes around a field code are a deviation
  const headerLine = columns.join(',');
  if (text !== headerLine && !text.startsWith(`${headerLine}\r\n`) && !text.startsWith(`${headerLine}\n`)) {
    sink.add(file, 1, null, 'csv.header', `字段行应原样写作“${headerLine}”，字段名不加引号`);
  }

  const rows: CsvRow[] = [];
  for (const record of records) {
    if (record.fields.every((value) => value === '')) {
      sink.add(file, record.line, null, 'csv.blank_line', '空行；文件中不得有空行（包括末尾的空行）');
      continue;
    }
    if (record.fields.length !== columns.length) {
      sink.add(
        file,
        record.line,
        null,
        'csv.field_count',
        `这一行有 ${record.fields.length} 个字段，应为 ${columns.length} 个（与字段行一致）；` +
          '可能是含逗号的内容没有加引号，或是文件末尾多了合计、说明等行',
      );
      continue;
    }
    const values: Record<string, string> = {};
    columns.forEach((code, index) => (values[code] = record.fields[index]!));
    rows.push({ line: record.line, values });
  }
  return { file, readable: true, rows, dataRows };
}

function headerMessage(actual: readonly string[], expected: readonly string[]): string {
  const missing = expected.filter((code) => !actual.includes(code));
  const extra = actual.filter((code) => !expected.includes(code));
  const details: string[] = [];
  if (missing.length > 0) details.push(`缺少 ${missing.join('、')}`);
  if (extra.length > 0) details.push(`多出 ${extra.map((code) => `“${code}”`).join('、')}`);
  if (missing.length === 0 && extra.length === 0) {
    const index = expected.findIndex((code, i) => actual[i] !== code);
    details.push(`顺序不对，第 ${index + 1} 列应为 ${expected[index] ?? ''}，现为 ${actual[index] ?? ''}`);
  }
  return `字段行必须与格式完全一致“${expected.join(',')}”：${details.join('；')}。各行因此未逐项检查`;
}
