import { attribute, decodeXml, element, runText } from './xml-bits';

// Finds the rows of a sheet's XML in its bytes as they are unpacked. Everything looked for is ASCII markup, which
// never occurs inside a UTF-8 sequence, so the bytes are searched as they are and only the small parts a row needs
// are decoded: turning a 90 MB sheet into strings first cost more time than the search, and memory besides.

export type XlsxCell = { column: string; kind: 'text' | 'number' | 'other'; text: string };
export type XlsxRow = { number: number; cells: XlsxCell[] };

const ROW_OPEN = Buffer.from('<row');
const ROW_CLOSE = Buffer.from('</row>');
const CELL_OPEN = Buffer.from('<c');
const CELL_CLOSE = Buffer.from('</c>');
const VALUE = Buffer.from('<v>');
const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;

/** After `<name`: a blank, `/` or `>` ends the name (so `<cols>` is not a `<c>`). */
const endsName = (byte: number | undefined): boolean =>
  byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d || byte === SLASH || byte === GT;

type Found = { start: number; tagEnd: number; end: number; selfClosing: boolean };

/** The first complete element at or after `from`, or null. */
function find(bytes: Buffer, open: Buffer, close: Buffer, from: number): Found | null {
  let start = bytes.indexOf(open, from);
  while (start >= 0 && !endsName(bytes[start + open.length])) start = bytes.indexOf(open, start + 1);
  if (start < 0) return null;
  const tagEnd = bytes.indexOf(GT, start);
  if (tagEnd < 0) return null;
  if (bytes[tagEnd - 1] === SLASH) return { start, tagEnd, end: tagEnd + 1, selfClosing: true };
  const closeAt = bytes.indexOf(close, tagEnd);
  if (closeAt < 0) return null;
  return { start, tagEnd, end: closeAt + close.length, selfClosing: false };
}

export class SheetScanner {
  private pending = Buffer.alloc(0);
  private previous = 0;

  /**
   * `untilText`: for rows after the first without a `<v>` element (only inline strings, so no number cell), stop at
   * the first cell with text (see RowOptions).
   */
  constructor(
    private readonly shared: readonly string[],
    private readonly onRow: (row: XlsxRow) => void,
    private readonly untilText: boolean,
  ) {}

  push(chunk: Uint8Array): void {
    const bytes =
      this.pending.length === 0
        ? Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)
        : Buffer.concat([this.pending, chunk]);
    let from = 0;
    for (;;) {
      const row = find(bytes, ROW_OPEN, ROW_CLOSE, from);
      if (row === null) break;
      this.row(bytes, row);
      from = row.end;
    }
    // keep what may still become a row: from its start, or the last tag that is not complete yet; copied, so that
    // the unpacked piece it came from is not kept with it
    const open = bytes.indexOf(ROW_OPEN, from);
    const rest = open >= 0 ? open : Math.max(from, bytes.lastIndexOf(LT));
    this.pending = Buffer.from(bytes.subarray(rest));
  }

  private row(bytes: Buffer, row: Found): void {
    const attributes = bytes.toString(
      'utf8',
      row.start + ROW_OPEN.length,
      row.selfClosing ? row.tagEnd - 1 : row.tagEnd,
    );
    const number = Number(attribute(attributes, 'r') ?? this.previous + 1);
    this.previous = number;
    const cells: XlsxCell[] = [];
    if (!row.selfClosing) {
      // a view of the row's body: every search below stays inside the row
      const body = bytes.subarray(row.tagEnd + 1, row.end - ROW_CLOSE.length);
      if (this.untilText && number !== 1 && body.indexOf(VALUE) < 0) this.firstText(body, cells);
      else this.allCells(body.toString('utf8'), cells);
    }
    this.onRow({ number, cells });
  }

  /** Cells one by one, each decoded alone, up to the first with text. */
  private firstText(body: Buffer, cells: XlsxCell[]): void {
    for (let at = 0; ;) {
      const found = find(body, CELL_OPEN, CELL_CLOSE, at);
      if (found === null) return;
      const cell = this.cell(body.toString('utf8', found.start, found.end));
      if (cell !== null) {
        cells.push(cell);
        if (cell.text.trim() !== '') return;
      }
      at = found.end;
    }
  }

  private allCells(body: string, cells: XlsxCell[]): void {
    for (let found = element(body, 'c', 0); found !== null; found = element(body, 'c', found.end)) {
      const cell = this.parse(found.attributes, found.body);
      if (cell !== null) cells.push(cell);
    }
  }

  private cell(xml: string): XlsxCell | null {
    const found = element(xml, 'c', 0);
    return found === null ? null : this.parse(found.attributes, found.body);
  }

  /** A cell's kind and text; null for a number cell without a value, which holds nothing. */
  private parse(attributes: string, inner: string): XlsxCell | null {
    const type = attribute(attributes, 't') ?? 'n';
    const column = (attribute(attributes, 'r') ?? '').replace(/\d+$/, '');
    const valueAt = inner.indexOf('<v>');
    const value = valueAt < 0 ? undefined : inner.slice(valueAt + 3, inner.indexOf('</v>', valueAt));
    if (type === 's') return { column, kind: 'text', text: this.shared[Number(value)] ?? '' };
    if (type === 'inlineStr') return { column, kind: 'text', text: runText(inner) };
    if (type === 'str') return { column, kind: 'text', text: decodeXml(value ?? '') };
    if (value === undefined) return null;
    if (type === 'n') return { column, kind: 'number', text: value };
    return { column, kind: 'other', text: decodeXml(value) };
  }
}
