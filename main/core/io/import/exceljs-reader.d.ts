// exceljs's streaming reader on its own (read-xlsx.ts): the package's entry also loads its workbook model, writer and
// CSV support, which the import worker never uses and which take a good part of the worker's start.
declare module 'exceljs/lib/stream/xlsx/workbook-reader.js' {
  import type ExcelJS from 'exceljs';

  const WorkbookReader: typeof ExcelJS.stream.xlsx.WorkbookReader;
  export default WorkbookReader;
}

declare module 'exceljs/lib/utils/browser-buffer-decode.js' {
  const decode: { bufferToString: (chunk: Uint8Array | string) => string };
  export default decode;
}
