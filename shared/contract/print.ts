import { z } from 'zod';
import { channel } from './define';

// Printing the page on screen (a ledger, the quarterly report). In the desktop app the main process prints it or saves
// it as a PDF where the clerk chooses; in browser mode the answer is `browser` and the page opens the browser's own
// print dialog. The core validates and checks the log-in like any channel, so the desktop side only prints.
export const printChannels = {
  'print:page': channel({
    title: '打印或保存为 PDF',
    access: 'read',
    input: z.object({
      output: z.enum(['printer', 'pdf']),
      /** suggested PDF file name */
      fileName: z.string().trim().min(1).max(120),
      landscape: z.boolean().default(false),
    }),
    output: z.object({
      mode: z.enum(['desktop', 'browser']),
      done: z.boolean(),
      filePath: z.string().nullable(),
    }),
  }),
} as const;
