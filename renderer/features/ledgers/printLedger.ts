// Printing a ledger. Every print is recorded (ledgers:printed) before the print dialog opens, so the audit log shows
// who printed which ledger even when the dialog is then cancelled; a print that cannot be recorded does not start.
import type { Caller } from '../assistance/request';
import type { LedgerKind } from './ledgerRequest';

export type PrintButton = 'printer' | 'pdf';
export type PrintRecord = { kind: LedgerKind; title: string; pages: number | null };

/**
 * In the browser both buttons open the browser's print dialog (its destination list has "另存为 PDF"), so the record
 * says 'browser'. In Electron the lead wires 保存为 PDF to main/app/print.ts saveAsPdf (printToPDF); until then both
 * buttons also use the print dialog there.
 */
function outputOf(button: PrintButton): 'printer' | 'pdf' | 'browser' {
  return window.labourStation ? button : 'browser';
}

/** Null when the dialog opened; otherwise the message to show. */
export async function printLedger(caller: Caller, record: PrintRecord, button: PrintButton): Promise<string | null> {
  const result = await caller('ledgers:printed', {
    kind: record.kind,
    title: record.title.slice(0, 200),
    ...(record.pages === null ? {} : { pages: record.pages }),
    output: outputOf(button),
  });
  if (!result.ok) return `无法记录本次打印，未开始打印：${result.error.message}`;
  window.print();
  return null;
}
