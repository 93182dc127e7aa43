// A strict RFC 4180 reader written for checking, not for importing: it reports every deviation with its line and
// keeps going where the intent is clear (a bare LF still ends a record), so one broken line end does not hide the
// field problems behind it. csv-parse is not used because it repairs or rejects silently instead of telling where.

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

/** Parses text without its BOM. Line ends other than CRLF outside quotes are reported once per file, with a count. */
export function parseCsvStrict(text: string): CsvParse {
  const records: CsvRecord[] = [];
  const problems: CsvSyntaxProblem[] = [];
  let badEnds = 0;
  let firstBadEnd: { line: number; textLine: number; kind: string } | null = null;

  let textLine = 1;
  let fields: string[] = [];
  let field = '';
  let atFieldStart = true;
  let recordStart = 1;
  let recordOpen = false;
  let i = 0;

  const endRecord = (): void => {
    fields.push(field);
    records.push({ line: records.length + 1, textLine: recordStart, fields });
    fields = [];
    field = '';
    atFieldStart = true;
    recordOpen = false;
  };

  while (i < text.length) {
    const ch = text[i]!;
    if (!recordOpen) {
      recordOpen = true;
      recordStart = textLine;
    }
    if (ch === '"' && atFieldStart) {
      // a quoted field: everything up to the lone closing quote, line breaks included
      const startLine = textLine;
      i += 1;
      let closed = false;
      while (i < text.length) {
        const q = text[i]!;
        if (q === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i += 1;
          closed = true;
          break;
        }
        if (q === '\n' || (q === '\r' && text[i + 1] !== '\n')) textLine += 1;
        field += q;
        i += 1;
      }
      const line = records.length + 1;
      if (!closed) {
        problems.push({
          line,
          rule: 'csv.quote',
          text: `从这一行${at(line, startLine)}开始的引号没有结束，文件其余部分无法读取（字段中的引号应写成两个 ""）`,
        });
        endRecord();
        return { records, problems };
      }
      atFieldStart = false;
      const next = text[i];
      if (next !== undefined && next !== ',' && next !== '\r' && next !== '\n') {
        problems.push({
          line,
          rule: 'csv.quote',
          text: `第 ${fields.length + 1} 个字段在结束引号之后还有字符“${next}”；字段中的引号应写成两个 ""`,
        });
      }
      continue;
    }
    atFieldStart = false;
    if (ch === ',') {
      fields.push(field);
      field = '';
      atFieldStart = true;
      i += 1;
      continue;
    }
    if (ch === '\r' || ch === '\n') {
      const crlf = ch === '\r' && text[i + 1] === '\n';
      if (!crlf) {
        badEnds += 1;
        firstBadEnd ??= { line: records.length + 1, textLine, kind: ch === '\n' ? 'LF' : 'CR' };
      }
      i += crlf ? 2 : 1;
      textLine += 1;
      endRecord();
      continue;
    }
    if (ch === '"') {
      problems.push({
        line: records.length + 1,
        rule: 'csv.quote',
        text: `第 ${fields.length + 1} 个字段没有用引号括起来，却含有引号；含逗号、引号或换行的字段必须整体加引号，其中的引号写成两个 ""`,
      });
    }
    field += ch;
    i += 1;
  }
  // RFC 4180 lets the last record end without a line break; both endings are accepted
  if (recordOpen) endRecord();

  if (firstBadEnd !== null) {
    problems.push({
      line: firstBadEnd.line,
      rule: 'csv.line_end',
      text:
        `行尾应为 CRLF（回车+换行），这一行${at(firstBadEnd.line, firstBadEnd.textLine)}以单独的 ${firstBadEnd.kind} 结尾` +
        (badEnds > 1 ? `，全文件共 ${badEnds} 处` : ''),
    });
  }
  return { records, problems };
}
