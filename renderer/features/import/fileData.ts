// The chosen file travels to core as base64 inside the call (the bridge and IPC both carry JSON), read here with
// FileReader so the clerk's PC never needs a path the core process could open by itself.
import { IMPORT_MAX_FILE_BYTES } from '@shared/contract';

export type ImportFile = { fileName: string; base64: string; bytes: number };

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * A file past the limit is refused before it is read: reading 300 MB into base64 would freeze an old PC and the
 * bridge would refuse the body anyway. The wording is the core reader's own (main/core/io/import/read-file.ts).
 */
export function tooBigMessage(bytes: number): string | null {
  if (bytes <= IMPORT_MAX_FILE_BYTES) return null;
  return `文件有 ${mb(bytes)}，超过了导入上限 ${mb(IMPORT_MAX_FILE_BYTES)}。请删除多余的工作表、图片和空行，或拆分后再导入`;
}

export function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(new Error('读取文件失败，请确认文件没有被其他程序占用后重新选择'));
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : '';
      // a data URL: "data:<type>;base64,<data>"; an empty file has nothing after the comma
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.readAsDataURL(file);
  });
}

export function sizeLabel(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : mb(bytes);
}
