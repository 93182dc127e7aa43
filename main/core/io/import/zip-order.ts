// Excel (and exceljs) store the worksheets of an .xlsx before its shared strings. exceljs's streaming reader cannot
// read a sheet before the shared strings, so it copies every such sheet to a temporary file and reads it back once
// the rest of the workbook is read: for a 50,000-row register, 34 MB written to disk and read again before the first
// row comes out. Moving the worksheets behind the other parts (the parts are copied as they are, compressed) lets it
// read them straight from the file. It then reads them exactly as before — after every other part, in the same
// order — so this is done only when exceljs would have set every sheet aside: when the shared strings or the
// workbook's relationships come after all of the sheets.
import { zipDirectory, type ZipDirectory, type ZipEntry } from './zip-sizes';

/** The worksheets, as exceljs recognises them (workbook-reader.js). */
const WORKSHEET = /xl\/worksheets\/sheet\d+[.]xml/;

/**
 * The bytes with the worksheets last, or the same bytes when that would change nothing or cannot be done safely.
 * `directory`: the bytes' central directory when it has been read already (checkZipSizes).
 */
export function worksheetsLast(bytes: Uint8Array, directory?: ZipDirectory): Uint8Array {
  if (!directory) {
    try {
      directory = zipDirectory(bytes);
    } catch {
      return bytes; // the reader reports a broken file in its own words
    }
  }
  const { entries, offset, end, zip64 } = directory;
  const local = [...entries].sort((a, b) => a.localOffset - b.localOffset);
  const position = (name: string) => local.findIndex((entry) => entry.name === name);
  const shared = position('xl/sharedStrings.xml');
  const rels = position('xl/_rels/workbook.xml.rels');
  const sheets = local.filter((entry) => WORKSHEET.test(entry.name));
  const waits = (entry: ZipEntry) => local.indexOf(entry) < Math.max(shared, rels);
  const plain =
    !zip64 &&
    shared >= 0 &&
    rels >= 0 &&
    new Set(entries.map((entry) => entry.name)).size === entries.length &&
    local[0]?.localOffset === 0 &&
    offset <= end;
  if (!plain || sheets.length === 0 || !sheets.every(waits)) return bytes;

  // each part's local record runs up to the next one (its header, data and any data descriptor)
  const length = new Map(local.map((entry, i) => [entry, (local[i + 1]?.localOffset ?? offset) - entry.localOffset]));
  const order = [...local.filter((entry) => !WORKSHEET.test(entry.name)), ...sheets];
  const out = new Uint8Array(bytes.byteLength);
  const view = new DataView(out.buffer);
  let at = 0;
  const moved = new Map<ZipEntry, number>();
  for (const entry of order) {
    moved.set(entry, at);
    out.set(bytes.subarray(entry.localOffset, entry.localOffset + length.get(entry)!), at);
    at += length.get(entry)!;
  }
  if (at !== offset) return bytes;
  // the central directory keeps its order; each record points at its part's new place
  out.set(bytes.subarray(offset), offset);
  for (const entry of entries) view.setUint32(entry.centralOffset + 42, moved.get(entry)!, true);
  return out;
}
