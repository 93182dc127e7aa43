import { Duplex } from 'node:stream';
import zlib from 'node:zlib';
import { Uint8ArrayWriter, ZipReader, configure, type Entry, type Reader } from '@zip.js/zip.js';
import { ENTRY_NAMES } from './layout';
import type { ProblemList } from './report';

/**
 * zlib's raw inflate, as the global DecompressionStream is, but handing over 256 KB at a time instead of 16 KB: a
 * package's ledger unpacks to 130 MB of XML, and each piece crosses several web streams, which took half a second
 * more. zip.js only takes this through its global configuration; nothing else in the main process reads ZIPs.
 */
class InflateRawStream {
  readonly readable: ReadableStream<Uint8Array>;
  readonly writable: WritableStream<Uint8Array>;

  constructor(format: string) {
    if (format !== 'deflate-raw') throw new TypeError(`不支持的压缩格式：${format}`);
    const pair = Duplex.toWeb(zlib.createInflateRaw({ chunkSize: 1 << 18 }));
    this.readable = pair.readable;
    this.writable = pair.writable;
  }
}
configure({ useWebWorkers: false, DecompressionStream: InflateRawStream });

/** The ZIP format's number for deflate; 0 is "stored" (no compression). */
const DEFLATE = 8;

/** The known entries of a package, read on demand: small ones whole, the tables as a stream of pieces. */
export type PackageZip = {
  has(name: string): boolean;
  /** The entry's bytes, or null when they cannot be read (reported once). */
  bytes(name: string): Promise<Uint8Array | null>;
  /** Hands the entry's bytes to `onChunk` piece by piece; false when they cannot be read to the end (reported once). */
  stream(name: string, onChunk: (chunk: Uint8Array) => void): Promise<boolean>;
  close(): Promise<void>;
};

/**
 * Opens the ZIP and checks its layout: exactly the seven entries, at the root, deflated, each once. The known entries
 * stay readable also when others are wrong, so their content is still checked; null when it is not a readable ZIP.
 */
export async function openPackageZip(
  source: Reader<unknown>,
  zipName: string,
  sink: ProblemList,
): Promise<PackageZip | null> {
  const ZIP = zipName;
  // CRC checking on: a damaged entry must fail when read, not be checked as if it were what the township sent
  const reader = new ZipReader(source, { useWebWorkers: false, checkSignature: true });
  let entries: Entry[];
  try {
    entries = await reader.getEntries();
  } catch {
    await reader.close();
    sink.add(ZIP, null, null, 'zip.unreadable', '不是有效的 ZIP 压缩包（或已损坏），无法读取');
    return null;
  }
  const known = new Map<string, Entry>();
  const seen = new Set<string>();
  for (const entry of entries) {
    const name = entry.filename;
    if (entry.directory || /[\\/]/.test(name)) {
      sink.add(
        ZIP,
        null,
        null,
        'zip.folder',
        `压缩包中有文件夹“${name}”；七个文件必须直接放在压缩包根目录，不能有文件夹`,
      );
      continue;
    }
    if (seen.has(name)) {
      sink.add(ZIP, null, null, 'zip.duplicate_entry', `压缩包中有两个“${name}”`);
      continue;
    }
    seen.add(name);
    if (!ENTRY_NAMES.includes(name)) {
      sink.add(ZIP, null, null, 'zip.extra_entry', `压缩包中多了“${name}”；只能有 ${ENTRY_NAMES.join('、')} 七个文件`);
      continue;
    }
    if (entry.encrypted) {
      sink.add(name, null, null, 'zip.encrypted', '文件加了密码，县里无法读取');
      continue;
    }
    if (entry.compressionMethod !== DEFLATE) {
      sink.add(
        name,
        null,
        null,
        'zip.not_deflate',
        `压缩方式应为 deflate（8），现为 ${entry.compressionMethod}${entry.compressionMethod === 0 ? '（仅存储，未压缩）' : ''}`,
      );
    }
    known.set(name, entry);
  }
  for (const name of ENTRY_NAMES.filter((n) => !seen.has(n))) {
    sink.add(ZIP, null, null, 'zip.missing_entry', `压缩包中缺少 ${name}（应直接放在根目录）`);
  }

  const broken = (name: string): void => {
    known.delete(name);
    sink.add(name, null, null, 'zip.entry_unreadable', '无法解压（数据损坏或校验值不符）');
  };
  return {
    has: (name) => known.has(name),
    bytes: async (name) => {
      const entry = known.get(name);
      if (!entry || entry.directory) return null;
      try {
        return await entry.getData(new Uint8ArrayWriter());
      } catch {
        broken(name);
        return null;
      }
    },
    stream: async (name, onChunk) => {
      const entry = known.get(name);
      if (!entry || entry.directory) return false;
      // a mistake in the checks themselves must not pass for a damaged entry
      const failure: { error: Error | null } = { error: null };
      const write = (chunk: Uint8Array): void => {
        try {
          onChunk(chunk);
        } catch (error) {
          failure.error ??= error instanceof Error ? error : new Error(String(error));
          throw error;
        }
      };
      try {
        await entry.getData(new WritableStream<Uint8Array>({ write }));
        return true;
      } catch {
        if (failure.error !== null) throw failure.error;
        broken(name);
        return false;
      }
    },
    close: () => reader.close(),
  };
}
