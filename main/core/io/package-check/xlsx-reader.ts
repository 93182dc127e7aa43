import { Uint8ArrayReader, Uint8ArrayWriter, ZipReader } from '@zip.js/zip.js';

// A small reader for the few things the ledger check needs from an .xlsx: sheet names in workbook order, and per row
// which cells hold a value and of what kind. exceljs would load every cell as an object (over 2 GB and 15 s for
// 50,000 persons, measured), and reading with something other than our writer's library also keeps the check
// independent of it, as the county's importer is.

export type XlsxCell = { column: string; kind: 'text' | 'number' | 'other'; text: string };
export type XlsxRow = { number: number; cells: XlsxCell[] };
export type XlsxSheet = { name: string; rows: () => Generator<XlsxRow> };

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeXml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (whole, name: string) => {
    if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name] ?? whole;
  });
}

/** An attribute's value; XML writers separate attributes by blanks, made plain spaces here before the look-up. */
function attribute(attributes: string, name: string): string | null {
  // indexOf, not a RegExp: a sheet of 100,000 rows asks for `r` and `t` millions of times
  const text = /[\t\r\n]/.test(attributes) ? attributes.replace(/[\t\r\n]/g, ' ') : attributes;
  const key = ` ${name}="`;
  const start = text.startsWith(key.slice(1)) ? 0 : text.indexOf(key);
  if (start < 0) return null;
  const from = start + (start === 0 && !text.startsWith(' ') ? key.length - 1 : key.length);
  const end = text.indexOf('"', from);
  return end < 0 ? null : decodeXml(text.slice(from, end));
}

/** The text of an <si> or <is>: its <t> runs, without phonetic guides (<rPh>), which are not part of the value. */
function runText(xml: string): string {
  // the usual case, one plain run: <t>…</t> or <t xml:space="preserve">…</t>
  const first = xml.indexOf('<t');
  if (first >= 0 && xml.indexOf('<t', first + 2) < 0 && !xml.includes('<rPh')) {
    const open = xml.indexOf('>', first);
    if (xml[open - 1] === '/') return '';
    return decodeXml(xml.slice(open + 1, xml.indexOf('</t>', open)));
  }
  const body = xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '');
  let text = '';
  for (const match of body.matchAll(/<t\b[^>]*?(?:\/>|>([\s\S]*?)<\/t>)/g)) text += decodeXml(match[1] ?? '');
  return text;
}

/** Opens the workbook; null when it is not a readable .xlsx (no workbook part). */
export async function readXlsx(bytes: Uint8Array): Promise<XlsxSheet[] | null> {
  const parts = new Map<string, string>();
  const reader = new ZipReader(new Uint8ArrayReader(bytes), { useWebWorkers: false });
  try {
    for (const entry of await reader.getEntries()) {
      if (
        !entry.directory &&
        /^xl\/(workbook\.xml|_rels\/workbook\.xml\.rels|sharedStrings\.xml|worksheets\/[^/]+\.xml)$/.test(
          entry.filename,
        )
      ) {
        // bytes then one decode: zip.js's streaming TextWriter is several times slower on a 100 MB sheet
        parts.set(entry.filename, new TextDecoder().decode(await entry.getData(new Uint8ArrayWriter())));
      }
    }
  } catch {
    return null;
  } finally {
    await reader.close();
  }
  const workbook = parts.get('xl/workbook.xml');
  if (workbook === undefined) return null;

  const targets = new Map<string, string>();
  for (const match of (parts.get('xl/_rels/workbook.xml.rels') ?? '').matchAll(/<Relationship\b([^>]*)>/g)) {
    const id = attribute(match[1]!, 'Id');
    const target = attribute(match[1]!, 'Target');
    if (id !== null && target !== null) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const shared = [...(parts.get('xl/sharedStrings.xml') ?? '').matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g)].map((m) =>
    runText(m[1] ?? ''),
  );
  return [...workbook.matchAll(/<(?:\w+:)?sheet\b([^>]*?)\/?>/g)].map((match) => {
    const attributes = match[1]!;
    const name = attribute(attributes, 'name') ?? '';
    const relation = attribute(attributes, 'r:id') ?? /\s\w+:id="([^"]*)"/.exec(attributes)?.[1] ?? null;
    const xml = parts.get(targets.get(relation ?? '') ?? '') ?? '';
    return { name, rows: () => sheetRows(xml, shared) };
  });
}

/** The element `<name …>…</name>` or `<name …/>` starting at `from`: its attributes, body and where it ends. */
function element(xml: string, name: string, from: number): { attributes: string; body: string; end: number } | null {
  let start = xml.indexOf(`<${name}`, from);
  // skip longer names that share the prefix (<cols> when looking for <c>)
  while (start >= 0 && !/[\s/>]/.test(xml[start + name.length + 1] ?? '')) start = xml.indexOf(`<${name}`, start + 1);
  if (start < 0) return null;
  const tagEnd = xml.indexOf('>', start);
  if (tagEnd < 0) return null;
  if (xml[tagEnd - 1] === '/') {
    return { attributes: xml.slice(start + name.length + 1, tagEnd - 1), body: '', end: tagEnd + 1 };
  }
  const close = xml.indexOf(`</${name}>`, tagEnd);
  if (close < 0) return null;
  return {
    attributes: xml.slice(start + name.length + 1, tagEnd),
    body: xml.slice(tagEnd + 1, close),
    end: close + name.length + 3,
  };
}

// A hand-written scan with indexOf: regular expressions over a 100 MB sheet took several seconds more.
function* sheetRows(xml: string, shared: readonly string[]): Generator<XlsxRow> {
  let previous = 0;
  for (let row = element(xml, 'row', 0); row !== null; row = element(xml, 'row', row.end)) {
    const number = Number(attribute(row.attributes, 'r') ?? previous + 1);
    previous = number;
    const cells: XlsxCell[] = [];
    for (let cell = element(row.body, 'c', 0); cell !== null; cell = element(row.body, 'c', cell.end)) {
      const type = attribute(cell.attributes, 't') ?? 'n';
      const column = (attribute(cell.attributes, 'r') ?? '').replace(/\d+$/, '');
      const body = cell.body;
      const valueAt = body.indexOf('<v>');
      const value = valueAt < 0 ? undefined : body.slice(valueAt + 3, body.indexOf('</v>', valueAt));
      if (type === 's') cells.push({ column, kind: 'text', text: shared[Number(value)] ?? '' });
      else if (type === 'inlineStr') cells.push({ column, kind: 'text', text: runText(body) });
      else if (type === 'str') cells.push({ column, kind: 'text', text: decodeXml(value ?? '') });
      else if (value === undefined) continue;
      else if (type === 'n') cells.push({ column, kind: 'number', text: value });
      else cells.push({ column, kind: 'other', text: decodeXml(value) });
    }
    yield { number, cells };
  }
}
