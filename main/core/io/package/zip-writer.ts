import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';

// A small ZIP writer for the package and its ledger.xlsx: deflate with Node's zlib (any level, on its thread pool, all
// entries at once), then one file of local headers with the sizes already known (no data descriptors, no ZIP64), the
// compressed data and the central directory. zip.js used the native CompressionStream only at level 6 and compressed
// the already compressed ledger.xlsx a second time at that level; Excel, WPS and the county's reader only need plain
// ZIP 2.0.

export type ZipSource = {
  /** the entry's name at the root of the archive */
  name: string;
  /** the file holding the entry's bytes */
  file: string;
  /** deflate level, 1 (fast) to 9 */
  level: number;
};

type Deflated = { name: string; data: string; crc: number; size: number; compressedSize: number };

const LIMIT = 0xffffffff;

/** DOS date and time of `ms` in China time (UTC+8): a ZIP keeps local time without a zone, and stations are in China. */
function dosDateTime(ms: number): { date: number; time: number } {
  const local = new Date(ms + 8 * 3_600_000);
  const year = Math.max(local.getUTCFullYear(), 1980);
  return {
    date: ((year - 1980) << 9) | ((local.getUTCMonth() + 1) << 5) | local.getUTCDate(),
    time: (local.getUTCHours() << 11) | (local.getUTCMinutes() << 5) | Math.floor(local.getUTCSeconds() / 2),
  };
}

async function deflate(source: ZipSource, scratch: string, index: number): Promise<Deflated> {
  const data = path.join(scratch, `${index}.deflate`);
  let crc = 0;
  let size = 0;
  await pipeline(
    fs.createReadStream(source.file, { highWaterMark: 1 << 20 }),
    async function* (chunks: AsyncIterable<Buffer>) {
      for await (const chunk of chunks) {
        crc = zlib.crc32(chunk, crc);
        size += chunk.length;
        yield chunk;
      }
    },
    zlib.createDeflateRaw({ level: source.level, chunkSize: 1 << 20 }),
    fs.createWriteStream(data),
  );
  const compressedSize = fs.statSync(data).size;
  if (size >= LIMIT || compressedSize >= LIMIT) throw new Error(`${source.name} is too large for a ZIP without ZIP64`);
  return { name: source.name, data, crc, size, compressedSize };
}

/**
 * A ZIP made in two steps, so that entries can be compressed while other work goes on: `add` starts deflating an
 * entry on zlib's thread pool, `write` waits for the entries and writes them in the order given. `scratch` is an
 * existing folder for the compressed data (the caller removes it).
 */
export class ZipBuilder {
  private readonly entries = new Map<string, Promise<Deflated>>();

  constructor(private readonly scratch: string) {}

  add(source: ZipSource): void {
    const deflated = deflate(source, this.scratch, this.entries.size);
    // awaited by `write`; marked handled now so that a failure before then is not an unhandled rejection
    deflated.catch(() => undefined);
    this.entries.set(source.name, deflated);
  }

  /** Writes `target` with the named entries in this order, modified at `modifiedMs`; returns its SHA-256. */
  async write(target: string, names: readonly string[], modifiedMs: number): Promise<{ sha256: string }> {
    const entries = await Promise.all(
      names.map((name) => this.entries.get(name) ?? Promise.reject(new Error(`${name} was not added`))),
    );
    return writeArchive(target, entries, dosDateTime(modifiedMs));
  }
}

/** Writes `target` with the sources as deflated entries in the given order; see ZipBuilder. */
export async function writeZipFile(
  target: string,
  sources: readonly ZipSource[],
  modifiedMs: number,
  scratch: string,
): Promise<{ sha256: string }> {
  const work = fs.mkdtempSync(path.join(scratch, 'zip-'));
  try {
    const zip = new ZipBuilder(work);
    for (const source of sources) zip.add(source);
    return await zip.write(
      target,
      sources.map((source) => source.name),
      modifiedMs,
    );
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

function writeArchive(target: string, entries: readonly Deflated[], stamp: { date: number; time: number }) {
  const hash = createHash('sha256');
  const fd = fs.openSync(target, 'w');
  let offset = 0;
  const write = (bytes: Buffer): void => {
    hash.update(bytes);
    fs.writeSync(fd, bytes);
    offset += bytes.length;
  };
  try {
    const central: Buffer[] = [];
    const buffer = Buffer.allocUnsafe(1 << 20);
    for (const entry of entries) {
      const name = Buffer.from(entry.name, 'utf8');
      // bit 11: the name is UTF-8 (only set when it is not plain ASCII, as most writers do)
      const flags = name.length === entry.name.length ? 0 : 0x0800;
      const local = Buffer.alloc(30);
      local.writeUInt32LE(0x04034b50, 0);
      local.writeUInt16LE(20, 4); // version needed: 2.0 (deflate)
      local.writeUInt16LE(flags, 6);
      local.writeUInt16LE(8, 8); // deflate
      local.writeUInt16LE(stamp.time, 10);
      local.writeUInt16LE(stamp.date, 12);
      local.writeUInt32LE(entry.crc, 14);
      local.writeUInt32LE(entry.compressedSize, 18);
      local.writeUInt32LE(entry.size, 22);
      local.writeUInt16LE(name.length, 26);
      local.writeUInt16LE(0, 28);
      const header = Buffer.alloc(46);
      header.writeUInt32LE(0x02014b50, 0);
      header.writeUInt16LE(20, 4); // made by: MS-DOS, 2.0
      local.copy(header, 6, 4, 30); // version needed … name length, extra length: the same as the local header
      header.writeUInt32LE(offset, 42);
      central.push(header, name);
      if (offset >= LIMIT) throw new Error('the archive is too large for a ZIP without ZIP64');
      write(local);
      write(name);
      const input = fs.openSync(entry.data, 'r');
      try {
        for (let read = fs.readSync(input, buffer); read > 0; read = fs.readSync(input, buffer)) {
          write(buffer.subarray(0, read));
        }
      } finally {
        fs.closeSync(input);
      }
    }
    const directory = Buffer.concat(central);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(entries.length, 8);
    end.writeUInt16LE(entries.length, 10);
    end.writeUInt32LE(directory.length, 12);
    end.writeUInt32LE(offset, 16);
    write(directory);
    write(end);
  } finally {
    fs.closeSync(fd);
  }
  return { sha256: hash.digest('hex') };
}
