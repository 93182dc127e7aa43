// 保存报告: core turns a report into a workbook (imports:report-xlsx); the browser hands it over as a download, which
// in Electron opens the save dialog, so the clerk can keep it next to the original file.
import type { ImportReport } from '@shared/contract';
import { bytesFromBase64, downloadBlob } from '@renderer/components/download';
import type { Caller } from '@renderer/components/useCaller';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** null when saved, else the message to show. */
export async function saveReport(caller: Caller, fileName: string, report: ImportReport): Promise<string | null> {
  const result = await caller('imports:report-xlsx', { fileName, report });
  if (!result.ok) return result.error.message;
  downloadBlob(new Blob([bytesFromBase64(result.value.base64)], { type: XLSX_TYPE }), result.value.fileName);
  return null;
}
