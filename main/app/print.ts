// Printing helpers for the ledger pages (台账、花名册、季度报表). Later issues call them from ipc handlers; they
// return RpcResult values so a cancelled dialog or a locked file reaches the clerk as a message, not a crash.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { app, BrowserWindow, dialog, type WebContents } from 'electron';
import { fail, ok, type ChannelArgs, type ChannelOutput, type RpcResult } from '@shared/contract';

export type PageOptions = {
  /** Wide ledgers (many columns) print landscape; rosters print portrait. */
  landscape?: boolean;
};

export type PrintOutcome = { printed: boolean };
export type PdfOutcome = { saved: false } | { saved: true; filePath: string };

/** Opens the system print dialog for `contents`. Cancelling is a normal outcome (`printed: false`). */
export function printToPrinter(contents: WebContents, options: PageOptions = {}): Promise<RpcResult<PrintOutcome>> {
  return new Promise((resolve) => {
    contents.print(
      // no pageSize: the page's own CSS @page (A4, portrait or landscape) decides, as in the preview
      { silent: false, printBackground: true, landscape: options.landscape === true },
      (success, failureReason) => {
        // Electron documents "Print job canceled", "Invalid printer settings" and "Print job failed".
        if (success) resolve(ok({ printed: true }));
        else if (failureReason === 'Print job canceled') resolve(ok({ printed: false }));
        else {
          console.error('print failed', failureReason);
          resolve(fail('INTERNAL', '打印失败，请检查打印机是否已连接、开机并设为可用'));
        }
      },
    );
  });
}

/** Windows forbids these characters in file names; a village name in the default file name must not break the dialog. */
function safeFileName(name: string): string {
  const cleaned = name.replace(/[\\/:*?"<>|]/g, '_').trim();
  return cleaned.toLowerCase().endsWith('.pdf') ? cleaned : `${cleaned || '台账'}.pdf`;
}

/** Asks where to save, then renders `contents` to an A4 PDF there. */
export async function saveAsPdf(
  contents: WebContents,
  defaultFileName: string,
  options: PageOptions = {},
): Promise<RpcResult<PdfOutcome>> {
  const owner = BrowserWindow.fromWebContents(contents);
  const dialogOptions = {
    title: '导出 PDF',
    defaultPath: path.join(app.getPath('documents'), safeFileName(defaultFileName)),
    buttonLabel: '保存',
    filters: [{ name: 'PDF 文件', extensions: ['pdf'] }],
  };
  const choice = owner ? await dialog.showSaveDialog(owner, dialogOptions) : await dialog.showSaveDialog(dialogOptions);
  if (choice.canceled || !choice.filePath) return ok({ saved: false });

  let pdf: Buffer;
  try {
    pdf = await contents.printToPDF({
      pageSize: 'A4',
      landscape: options.landscape === true,
      printBackground: true,
      // the ledgers set their paper and margins in CSS (@page) and number their pages in its margin boxes
      preferCSSPageSize: true,
    });
  } catch (error) {
    console.error('printToPDF failed', error);
    return fail('INTERNAL', '生成 PDF 失败，请重试');
  }
  try {
    await writeFile(choice.filePath, pdf);
  } catch (error) {
    console.error('writing PDF failed', error);
    return fail('INTERNAL', `无法保存到 ${choice.filePath}：文件可能正被其他程序打开，或该文件夹不允许写入`);
  }
  return ok({ saved: true, filePath: choice.filePath });
}

/** `print:page` in the desktop app: the system print dialog, or a PDF saved where the clerk chooses. */
export async function printPage(
  contents: WebContents,
  request: ChannelArgs<'print:page'>,
): Promise<RpcResult<ChannelOutput<'print:page'>>> {
  if (request.output === 'printer') {
    const printed = await printToPrinter(contents, { landscape: request.landscape });
    return printed.ok ? ok({ mode: 'desktop', done: printed.value.printed, filePath: null }) : printed;
  }
  const saved = await saveAsPdf(contents, request.fileName, { landscape: request.landscape });
  if (!saved.ok) return saved;
  return ok({ mode: 'desktop', done: saved.value.saved, filePath: saved.value.saved ? saved.value.filePath : null });
}
