import { CsvScanner, type CsvRecord, type CsvSyntaxProblem } from './csv-reader';
import { COLUMNS, type CsvFile } from './layout';
import { ProblemList } from './report';

export type CsvRow = { line: number; values: Readonly<Record<string, string>> };

export type CsvTableResult = {
  file: CsvFile;
  /** false when the file cannot be decoded or its header is wrong: its rows are then not checked field by field. */
  readable: boolean;
  /** Non-blank records after the header, the number the manifest's `records` must give; null when undecodable. */
  dataRows: number | null;
};

export type CsvTable = CsvTableResult & { rows: CsvRow[] };

const BOM = [0xef, 0xbb, 0xbf];
/**
 * Bytes decoded at a time. A longer string would be a "large object" for V8, kept until a full collection; pieces of
 * 32 KB die young and cheaply, which keeps the heap flat while a 15 MB file goes by.
 */
const PIECE = 32 * 1024;

/**
 * Reads one CSV of the package from its bytes, given in pieces: encoding, BOM, line ends, quoting, the exact header,
 * blank and malformed rows. Each well-formed data row goes to `onRow` as it is read. A row is handed over before the
 * file is known to be decodable to its end, so the caller keeps what it learns from the rows apart until `end` says
 * the table is readable. Problems are held back and reported by `end` in the order a whole-file reading gives them:
 * encoding and syntax first, then header and rows.
 */
export class CsvTableReader {
  private readonly decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  private readonly scanner: CsvScanner;
  private readonly columns: readonly string[];
  /**
   * An object with every column, copied for each row: V8 keeps the copies' properties in fast mode, where an object
   * filled key by key past a dozen properties turns into a slow dictionary that every rule then reads from.
   */
  private readonly template: Record<string, string>;
  private readonly headerLine: string;
  private readonly syntax: CsvSyntaxProblem[] = [];
  private readonly structure = new ProblemList();
  private start: number[] | null = [];
  private decodable = true;
  private bomMissing = false;
  /** the first characters of the text, enough to see how the header line itself is written */
  private head = '';
  private textLength = 0;
  private header: 'pending' | 'ok' | 'wrong' = 'pending';
  private dataRows = 0;

  constructor(
    readonly file: CsvFile,
    private readonly onRow: (row: CsvRow) => void,
  ) {
    this.columns = COLUMNS[file].map((column) => column.code);
    this.headerLine = this.columns.join(',');
    this.template = Object.fromEntries(this.columns.map((code) => [code, '']));
    this.scanner = new CsvScanner(
      (record) => this.record(record),
      (problem) => this.syntax.push(problem),
    );
  }

  push(bytes: Uint8Array): void {
    if (!this.decodable) return;
    let body = bytes;
    if (this.start !== null) {
      // the BOM is looked for in the first three bytes, however the pieces fall
      const needed = 3 - this.start.length;
      this.start.push(...bytes.subarray(0, needed));
      if (this.start.length < 3) return;
      this.startText();
      body = bytes.subarray(needed);
    }
    this.decode(body, true);
  }

  /** The first three bytes: the BOM, or text to decode like the rest. */
  private startText(): void {
    const first = Uint8Array.from(this.start ?? []);
    this.start = null;
    this.bomMissing = !BOM.every((byte, index) => first[index] === byte);
    if (this.bomMissing) this.decode(first, true);
  }

  /** Reports the table's problems into `sink`; says whether its rows could be checked and how many there are. */
  end(sink: ProblemList): CsvTableResult {
    if (this.start !== null) this.startText(); // fewer than three bytes in all
    this.decode(new Uint8Array(0), false);
    if (this.bomMissing) {
      sink.add(
        this.file,
        null,
        null,
        'csv.bom',
        '文件开头缺少 UTF-8 字节顺序标记（BOM，EF BB BF）；县里的导入程序据此识别编码',
      );
    }
    if (!this.decodable) {
      sink.add(this.file, null, null, 'csv.encoding', '文件不是有效的 UTF-8 编码（可能被另存成了 GBK/ANSI），无法读取');
      return { file: this.file, readable: false, dataRows: null };
    }
    this.scanner.end();
    if (this.header === 'pending') this.checkHeader(undefined);
    // the format fixes the header line itself, so even harmless quotes around a field code are a deviation
    const line = this.headerLine;
    const whole = this.textLength === line.length && this.head === line;
    if (this.header === 'ok' && !whole && !this.head.startsWith(`${line}\r\n`) && !this.head.startsWith(`${line}\n`)) {
      this.structure.add(this.file, 1, null, 'csv.header', `字段行应原样写作“${line}”，字段名不加引号`);
    }
    for (const problem of this.syntax) sink.add(this.file, problem.line, null, problem.rule, problem.text);
    sink.take(this.structure);
    return { file: this.file, readable: this.header === 'ok', dataRows: this.dataRows };
  }

  private decode(bytes: Uint8Array, stream: boolean): void {
    // in small pieces, so that each decoded string dies young (see PIECE)
    for (let at = 0; this.decodable && (at < bytes.length || (at === 0 && !stream)); at += PIECE) {
      const piece = bytes.subarray(at, at + PIECE);
      let text: string;
      try {
        text = this.decoder.decode(piece, { stream: stream || at + PIECE < bytes.length });
      } catch {
        this.decodable = false;
        return;
      }
      if (this.head.length < this.headerLine.length + 2) this.head += text.slice(0, this.headerLine.length + 2);
      this.textLength += text.length;
      this.scanner.push(text);
    }
  }

  private record(record: CsvRecord): void {
    if (!this.decodable) return;
    if (this.header === 'pending') {
      this.checkHeader(record);
      return;
    }
    const blank = record.fields.every((value) => value === '');
    if (!blank) this.dataRows += 1;
    // a wrong header is reported once; the rows are counted but not looked at
    if (this.header === 'wrong') return;
    if (blank) {
      this.structure.add(this.file, record.line, null, 'csv.blank_line', '空行；文件中不得有空行（包括末尾的空行）');
      return;
    }
    if (record.fields.length !== this.columns.length) {
      this.structure.add(
        this.file,
        record.line,
        null,
        'csv.field_count',
        `这一行有 ${record.fields.length} 个字段，应为 ${this.columns.length} 个（与字段行一致）；` +
          '可能是含逗号的内容没有加引号，或是文件末尾多了合计、说明等行',
      );
      return;
    }
    const values = { ...this.template };
    for (let index = 0; index < this.columns.length; index++) values[this.columns[index]!] = record.fields[index]!;
    this.onRow({ line: record.line, values });
  }

  private checkHeader(header: CsvRecord | undefined): void {
    this.header = 'wrong';
    if (header === undefined || header.fields.every((value) => value === '')) {
      this.structure.add(this.file, 1, null, 'csv.header', `第一行应为字段行“${this.headerLine}”，现为空`);
    } else if (header.fields.join(',') !== this.headerLine) {
      this.structure.add(this.file, 1, null, 'csv.header', headerMessage(header.fields, this.columns));
    } else this.header = 'ok';
  }
}

/** Reads a whole CSV held in memory (small files and tests; the package check streams). */
export function readCsvTable(file: CsvFile, bytes: Uint8Array, sink: ProblemList): CsvTable {
  const rows: CsvRow[] = [];
  const reader = new CsvTableReader(file, (row) => rows.push(row));
  reader.push(bytes);
  const result = reader.end(sink);
  return { ...result, rows: result.readable ? rows : [] };
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
