import { Uint8ArrayReader, Uint8ArrayWriter, ZipReader, type FileEntry } from '@zip.js/zip.js';
import { SheetScanner, type XlsxRow } from './sheet-scanner';
import { attribute, runText } from './xml-bits';

// A small reader for the few things the ledger check needs from an .xlsx: sheet names in workbook order, and per row
// which cells hold a value and of what kind. exceljs would load every cell as an object (over 2 GB and 15 s for
// 50,000 persons, measured), and reading with something other than our writer's library also keeps the check
// independent of it, as the county's importer is. A sheet is read as a stream of rows: the 人员 sheet of 100,000
// persons is about 90 MB of XML, never held whole.

export type { XlsxCell, XlsxRow } from './sheet-scanner';
export type RowOptions = {
  /**
   * For rows after the first that hold no `<v>` element (so no number, shared-string or formula cell, only inline
   * strings), stop at the first cell with text: enough to tell a filled row from an empty one, and most of the time
   * of a large sheet saved.
   */
  untilText?: boolean;
};
export type XlsxSheet = {
  name: string;
  forEachRow: (onRow: (row: XlsxRow) => void, options?: RowOptions) => Promise<void>;
};
export type XlsxWorkbook = { sheets: XlsxSheet[]; close: () => Promise<void> };

const PARTS = /^xl\/(workbook\.xml|_rels\/workbook\.xml\.rels|sharedStrings\.xml)$/;

/**
 * Opens the workbook and reads its small parts; null when it is not a readable .xlsx (no workbook part). The sheets
 * are read by `forEachRow` (which rejects when a sheet's data is damaged); `close` when done.
 */
export async function openXlsx(bytes: Uint8Array): Promise<XlsxWorkbook | null> {
  const parts = new Map<string, string>();
  const sheetEntries = new Map<string, FileEntry>();
  const reader = new ZipReader(new Uint8ArrayReader(bytes), { useWebWorkers: false });
  try {
    for (const entry of await reader.getEntries()) {
      if (entry.directory) continue;
      if (/^xl\/worksheets\/[^/]+\.xml$/.test(entry.filename)) sheetEntries.set(entry.filename, entry);
      else if (PARTS.test(entry.filename)) {
        parts.set(entry.filename, new TextDecoder().decode(await entry.getData(new Uint8ArrayWriter())));
      }
    }
  } catch {
    await reader.close();
    return null;
  }
  const workbook = parts.get('xl/workbook.xml');
  if (workbook === undefined) {
    await reader.close();
    return null;
  }

  const targets = new Map<string, string>();
  for (const match of (parts.get('xl/_rels/workbook.xml.rels') ?? '').matchAll(/<Relationship\b([^>]*)>/g)) {
    const id = attribute(match[1]!, 'Id');
    const target = attribute(match[1]!, 'Target');
    if (id !== null && target !== null) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const shared = [...(parts.get('xl/sharedStrings.xml') ?? '').matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g)].map((m) =>
    runText(m[1] ?? ''),
  );
  const sheets = [...workbook.matchAll(/<(?:\w+:)?sheet\b([^>]*?)\/?>/g)].map((match): XlsxSheet => {
    const attributes = match[1]!;
    const name = attribute(attributes, 'name') ?? '';
    const relation = attribute(attributes, 'r:id') ?? /\s\w+:id="([^"]*)"/.exec(attributes)?.[1] ?? null;
    const entry = sheetEntries.get(targets.get(relation ?? '') ?? '');
    return {
      name,
      forEachRow: (onRow, options = {}) => (entry ? readRows(entry, shared, onRow, options) : Promise.resolve()),
    };
  });
  return { sheets, close: () => reader.close() };
}

/** Streams a sheet's XML through the row scanner, decoding UTF-8 on the way. */
async function readRows(
  entry: FileEntry,
  shared: readonly string[],
  onRow: (row: XlsxRow) => void,
  options: RowOptions,
): Promise<void> {
  const scanner = new SheetScanner(shared, onRow, options.untilText ?? false);
  await entry.getData(new WritableStream<Uint8Array>({ write: (chunk) => scanner.push(chunk) }));
}
