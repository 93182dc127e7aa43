import { Uint8ArrayReader, Uint8ArrayWriter, ZipReader, type Entry } from '@zip.js/zip.js';
import { ENTRY_NAMES } from './layout';
import type { ProblemList } from './report';

/** The ZIP format's number for deflate; 0 is "stored" (no compression). */
const DEFLATE = 8;

/**
 * Reads the ZIP: exactly the seven entries, at the root, deflated, each once. Returns the bytes of the known entries
 * (also when other entries are wrong, so their content is still checked), or null when it is not a readable ZIP.
 */
export async function readZipEntries(
  bytes: Uint8Array,
  zipName: string,
  sink: ProblemList,
): Promise<Map<string, Uint8Array> | null> {
  const ZIP = zipName;
  // CRC checking on: a damaged entry must fail here, not be checked as if it were what the township sent
  const reader = new ZipReader(new Uint8ArrayReader(bytes), { useWebWorkers: false, checkSignature: true });
  let entries: Entry[];
  try {
    entries = await reader.getEntries();
  } catch {
    sink.add(ZIP, null, null, 'zip.unreadable', '不是有效的 ZIP 压缩包（或已损坏），无法读取');
    return null;
  }
  const found = new Map<string, Uint8Array>();
  const seen = new Set<string>();
  try {
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
        sink.add(
          ZIP,
          null,
          null,
          'zip.extra_entry',
          `压缩包中多了“${name}”；只能有 ${ENTRY_NAMES.join('、')} 七个文件`,
        );
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
      try {
        found.set(name, await entry.getData(new Uint8ArrayWriter()));
      } catch {
        sink.add(name, null, null, 'zip.entry_unreadable', '无法解压（数据损坏或校验值不符）');
      }
    }
  } finally {
    await reader.close();
  }
  for (const name of ENTRY_NAMES.filter((n) => !seen.has(n))) {
    sink.add(ZIP, null, null, 'zip.missing_entry', `压缩包中缺少 ${name}（应直接放在根目录）`);
  }
  return found;
}
