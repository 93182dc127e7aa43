// Printing a ledger. Every print is recorded (ledgers:printed) before the print dialog opens, so the audit log shows
// who printed which ledger even when the dialog is then cancelled; a print that cannot be recorded does not start.
import type { Caller } from '../assistance/request';
import type { LedgerKind } from './ledgerRequest';

export type PrintButton = 'printer' | 'pdf';
export type PrintRecord = { kind: LedgerKind; title: string; pages: number | null };

/**
 * In the desktop app 打印 opens the system print dialog and 保存为 PDF saves where the clerk chooses (print:page, done
 * by the main process); in the browser both open the browser's print dialog (its destinations include "另存为 PDF"),
 * so the record says 'browser'.
 */
function outputOf(button: PrintButton): 'printer' | 'pdf' | 'browser' {
  return window.labourStation ? button : 'browser';
}

/** Null when the dialog opened; otherwise the message to show. */
export async function printLedger(
  caller: Caller,
  record: PrintRecord,
  button: PrintButton,
  landscape = true,
): Promise<string | null> {
  const result = await caller('ledgers:printed', {
    kind: record.kind,
    title: record.title.slice(0, 200),
    ...(record.pages === null ? {} : { pages: record.pages }),
    output: outputOf(button),
  });
  if (!result.ok) return `无法记录本次打印，未开始打印：${result.error.message}`;
  const printed = await caller('print:page', { output: button, fileName: record.title.slice(0, 100), landscape });
  if (printed.ok && printed.value.mode === 'desktop') {
    return printed.value.filePath ? `已保存为 ${printed.value.filePath}` : null;
  }
  if (!printed.ok && printed.error.code !== 'INTERNAL') return printed.error.message;
  window.print();
  return null;
}
