// The sizes an .xlsx (a ZIP) declares for its parts, read from the central directory before anything is inflated:
// a zip bomb is refused on its numbers. The declared sizes may lie; the parsing worker's heap limit and the row
// limit catch a file that inflates to more than it declared.
import { IMPORT_LIMITS, ImportFileError, mb } from './limits';

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL_HEADER = 0x02014b50;
const MAX_U32 = 0xffffffff;

export type ZipTotals = { entries: number; compressed: number; uncompressed: number };

function unreadable(): ImportFileError {
  return new ImportFileError(
    'file.unreadable',
    '文件不是有效的 .xlsx（压缩结构已损坏），请在 Excel 或 WPS 中打开后重新保存',
  );
}

function findEndRecord(view: DataView): number {
  // the record is 22 bytes plus a comment of at most 65,535 bytes, at the very end
  const stop = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let at = view.byteLength - 22; at >= stop; at -= 1) if (view.getUint32(at, true) === EOCD) return at;
  throw unreadable();
}

function u64(view: DataView, at: number): number {
  return Number(view.getBigUint64(at, true));
}

/** One part of the ZIP as its central directory records it. */
export type ZipEntry = {
  name: string;
  compressed: number;
  uncompressed: number;
  /** Where the part's local header starts. */
  localOffset: number;
  /** Where its central directory record starts, and that record's length. */
  centralOffset: number;
  centralLength: number;
};

/** The central directory: its parts, where it starts and its end record. */
export type ZipDirectory = { entries: ZipEntry[]; offset: number; end: number; zip64: boolean };

export function zipDirectory(bytes: Uint8Array): ZipDirectory {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.byteLength < 22) throw unreadable();
  const end = findEndRecord(view);
  let count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  let zip64 = false;
  if ((count === 0xffff || offset === MAX_U32) && end >= 20 && view.getUint32(end - 20, true) === ZIP64_LOCATOR) {
    const record = u64(view, end - 20 + 8);
    if (record + 56 > view.byteLength || view.getUint32(record, true) !== ZIP64_EOCD) throw unreadable();
    count = u64(view, record + 32);
    offset = u64(view, record + 48);
    zip64 = true;
  }
  const names = new TextDecoder('utf-8');
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i += 1) {
    if (at + 46 > view.byteLength || view.getUint32(at, true) !== CENTRAL_HEADER) throw unreadable();
    let compressed = view.getUint32(at + 20, true);
    let uncompressed = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const localOffset = view.getUint32(at + 42, true);
    if (compressed === MAX_U32 || uncompressed === MAX_U32 || localOffset === MAX_U32) zip64 = true;
    if (compressed === MAX_U32 || uncompressed === MAX_U32) {
      // ZIP64 extra field 0x0001: the 8-byte sizes, only those whose 32-bit field is 0xFFFFFFFF, uncompressed first
      let extra = at + 46 + nameLength;
      const extraEnd = extra + extraLength;
      while (extra + 4 <= extraEnd && extraEnd <= view.byteLength) {
        const id = view.getUint16(extra, true);
        const size = view.getUint16(extra + 2, true);
        if (id === 0x0001) {
          let field = extra + 4;
          if (uncompressed === MAX_U32) {
            uncompressed = u64(view, field);
            field += 8;
          }
          if (compressed === MAX_U32) compressed = u64(view, field);
          break;
        }
        extra += 4 + size;
      }
    }
    const centralLength = 46 + nameLength + extraLength + commentLength;
    const name = names.decode(bytes.subarray(at + 46, Math.min(at + 46 + nameLength, bytes.byteLength)));
    entries.push({ name, compressed, uncompressed, localOffset, centralOffset: at, centralLength });
    at += centralLength;
  }
  return { entries, offset, end, zip64 };
}

function totalsOf(entries: readonly ZipEntry[]): ZipTotals {
  const totals: ZipTotals = { entries: entries.length, compressed: 0, uncompressed: 0 };
  for (const entry of entries) {
    totals.compressed += entry.compressed;
    totals.uncompressed += entry.uncompressed;
  }
  return totals;
}

export function zipTotals(bytes: Uint8Array): ZipTotals {
  return totalsOf(zipDirectory(bytes).entries);
}

/** Refuses an .xlsx whose parts would inflate past the limits; else its central directory, read once (zip-order.ts). */
export function checkZipSizes(bytes: Uint8Array): ZipDirectory {
  const directory = zipDirectory(bytes);
  const totals = totalsOf(directory.entries);
  const ratio = totals.uncompressed / Math.max(1, totals.compressed);
  const tooBig = totals.uncompressed > IMPORT_LIMITS.uncompressedBytes;
  const bomb = totals.uncompressed > IMPORT_LIMITS.ratioFloorBytes && ratio > IMPORT_LIMITS.ratio;
  if (tooBig || bomb) {
    throw new ImportFileError(
      'file.zip_bomb',
      `文件解压后有 ${mb(totals.uncompressed)}（压缩比 ${Math.round(ratio)} 倍），超过了导入的上限` +
        `（${mb(IMPORT_LIMITS.uncompressedBytes)}、${IMPORT_LIMITS.ratio} 倍），可能不是正常的台账。` +
        '请只保留台账所在的工作表、删除多余的空行空列后另存再导入。',
    );
  }
  return directory;
}
