import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';

/** Forces a file's bytes to the disk: a backup that still sits in the OS cache is lost with the power. */
export function fsyncFile(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Makes a rename or a new file in `dir` durable. Windows cannot open a folder as a file; NTFS journals its metadata,
 * so there the step is skipped.
 */
export function fsyncDir(dir: string): void {
  if (process.platform === 'win32') return;
  const fd = fs.openSync(dir, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** A hidden temporary name in the same folder, so the final rename is atomic (same file system). */
export function tempNameBeside(finalPath: string): string {
  return path.join(path.dirname(finalPath), `.${path.basename(finalPath)}.${randomBytes(6).toString('hex')}.tmp`);
}

/** Writes a small file all-or-nothing: temporary file, fsync, rename, fsync the folder. */
export function writeFileDurably(file: string, content: string | Buffer, mode = 0o600): void {
  const temp = tempNameBeside(file);
  try {
    fs.writeFileSync(temp, content, { mode });
    fsyncFile(temp);
    fs.renameSync(temp, file);
    fsyncDir(path.dirname(file));
  } finally {
    fs.rmSync(temp, { force: true });
  }
}

/** Whether `folder` is an existing folder this process can write into (a USB stick may be gone or read-only). */
export function folderProblem(folder: string): string | null {
  if (!path.isAbsolute(folder)) return `备份位置应为完整的文件夹路径：${folder}`;
  try {
    if (!fs.statSync(folder).isDirectory()) return `备份位置不是文件夹：${folder}`;
    fs.accessSync(folder, fs.constants.W_OK);
    return null;
  } catch {
    return `备份位置不存在或无法写入（U盘是否已插好？）：${folder}`;
  }
}
