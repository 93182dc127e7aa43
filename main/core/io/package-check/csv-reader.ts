// A strict RFC 4180 reader written for checking, not for importing: it reports every deviation with its line and
// keeps going where the intent is clear (a bare LF still ends a record), so one broken line end does not hide the
// field problems behind it. csv-parse is not used because it repairs or rejects silently instead of telling where.
// It reads text in pieces (a package's persons.csv is 15 MB): records are handed over as they end, and nothing
// but the record in progress is kept.

export type CsvRecord = {
  /** Record number, header = 1: the row number Excel or WPS shows for this record. */
  line: number;
  /** Text line where the record starts; differs from `line` after a quoted field holding a line break. */
  textLine: number;
  fields: string[];
};

export type CsvSyntaxProblem = { line: number; rule: 'csv.line_end' | 'csv.quote'; text: string };

export type CsvParse = { records: CsvRecord[]; problems: CsvSyntaxProblem[] };

const at = (record: number, textLine: number): string => (record === textLine ? '' : `（文本第 ${textLine} 行）`);

/** The characters that end an unquoted run. */
const SPECIAL = /[,\r\n"]/g;

/**
 * Parses text given in pieces, without its BOM. Line ends other than CRLF outside quotes are reported once per file,
 * with a count, when the text ends.
 */
export class CsvScanner {
  private records = 0;
  private textLine = 1;
  private fields: string[] = [];
  private field = '';
  private atFieldStart = true;
  private recordStart = 1;
  private recordOpen = false;
  private quoted = false;
  private quoteStartLine = 1;
  private held = '';
  private badEnds = 0;
  private firstBadEnd: { line: number; textLine: number; kind: string } | null = null;

  constructor(
    private readonly onRecord: (record: CsvRecord) => void,
    private readonly onProblem: (problem: CsvSyntaxProblem) => void,
  ) {}

  push(text: string): void {
    const joined = this.held + text;
    // a CR or quote at the very end means something only with what follows (CRLF? "" or a closing quote?): keep it
    let decided = joined.length;
    while (decided > 0 && (joined[decided - 1] === '\r' || joined[decided - 1] === '"')) decided -= 1;
    this.held = joined.slice(decided);
    this.scan(decided === joined.length ? joined : joined.slice(0, decided));
  }

  end(): void {
    this.scan(this.held);
    this.held = '';
    if (this.quoted) {
      const line = this.records + 1;
      this.onProblem({
        line,
        rule: 'csv.quote',
        text: `从这一行${at(line, this.quoteStartLine)}开始的引号没有结束，文件其余部分无法读取（字段中的引号应写成两个 ""）`,
      });
      this.endRecord();
      return;
    }
    // RFC 4180 lets the last record end without a line break; both endings are accepted
    if (this.recordOpen) this.endRecord();
    if (this.firstBadEnd !== null) {
      const { line, textLine, kind } = this.firstBadEnd;
      this.onProblem({
        line,
        rule: 'csv.line_end',
        text:
          `行尾应为 CRLF（回车+换行），这一行${at(line, textLine)}以单独的 ${kind} 结尾` +
          (this.badEnds > 1 ? `，全文件共 ${this.badEnds} 处` : ''),
      });
    }
  }

  private endRecord(): void {
    this.fields.push(this.field);
    this.records += 1;
    this.onRecord({ line: this.records, textLine: this.recordStart, fields: this.fields });
    this.fields = [];
    this.field = '';
    this.atFieldStart = true;
    this.recordOpen = false;
  }

  /** Line breaks inside a quoted field: each LF, and each CR not followed by LF. */
  private countBreaks(text: string, from: number, to: number): void {
    for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) this.textLine += 1;
    for (let i = text.indexOf('\r', from); i >= 0 && i < to; i = text.indexOf('\r', i + 1)) {
      if (text[i + 1] !== '\n') this.textLine += 1;
    }
  }

  private scan(text: string): void {
    let i = 0;
    while (i < text.length) {
      if (this.quoted) {
        // inside a quoted field: everything up to the lone closing quote, line breaks included
        const quote = text.indexOf('"', i);
        const stop = quote < 0 ? text.length : quote;
        this.countBreaks(text, i, stop);
        this.field += text.slice(i, stop);
        if (quote < 0) return;
        if (text[quote + 1] === '"') {
          this.field += '"';
          i = quote + 2;
          continue;
        }
        this.quoted = false;
        this.atFieldStart = false;
        i = quote + 1;
        const next = text[i];
        if (next !== undefined && next !== ',' && next !== '\r' && next !== '\n') {
          this.onProblem({
            line: this.records + 1,
            rule: 'csv.quote',
            text: `第 ${this.fields.length + 1} 个字段在结束引号之后还有字符“${next}”；字段中的引号应写成两个 ""`,
          });
        }
        continue;
      }
      if (!this.recordOpen) {
        this.recordOpen = true;
        this.recordStart = this.textLine;
      }
      if (text[i] === '"' && this.atFieldStart) {
        this.quoted = true;
        this.quoteStartLine = this.textLine;
        i += 1;
        continue;
      }
      this.atFieldStart = false;
      SPECIAL.lastIndex = i;
      const special = SPECIAL.exec(text);
      const stop = special === null ? text.length : special.index;
      if (stop > i) {
        this.field += text.slice(i, stop);
        i = stop;
        if (special === null) return;
      }
      const ch = text[i]!;
      if (ch === ',') {
        this.fields.push(this.field);
        this.field = '';
        this.atFieldStart = true;
        i += 1;
      } else if (ch === '\r' || ch === '\n') {
        const crlf = ch === '\r' && text[i + 1] === '\n';
        if (!crlf) {
          this.badEnds += 1;
          this.firstBadEnd ??= { line: this.records + 1, textLine: this.textLine, kind: ch === '\n' ? 'LF' : 'CR' };
        }
        i += crlf ? 2 : 1;
        this.textLine += 1;
        this.endRecord();
      } else {
        this.onProblem({
          line: this.records + 1,
          rule: 'csv.quote',
          text: `第 ${this.fields.length + 1} 个字段没有用引号括起来，却含有引号；含逗号、引号或换行的字段必须整体加引号，其中的引号写成两个 ""`,
        });
        this.field += ch;
        i += 1;
      }
    }
  }
}

/** Parses a whole text without its BOM (for small texts and tests; the package is read piece by piece). */
export function parseCsvStrict(text: string): CsvParse {
  const records: CsvRecord[] = [];
  const problems: CsvSyntaxProblem[] = [];
  const scanner = new CsvScanner(
    (record) => records.push(record),
    (problem) => problems.push(problem),
  );
  scanner.push(text);
  scanner.end();
  return { records, problems };
}
