// What a file may be before the importer refuses it. A clerk's register is at most a few thousand rows; the limits
// are far above that and exist so that a wrong or hostile file (a zip bomb, a sheet of a million rows) is refused
// with a message instead of freezing the station's old PC.
// the same 50 MB as IMPORT_MAX_FILE_BYTES of the contract (not imported: the worker would load zod for one number)

export const IMPORT_LIMITS = {
  fileBytes: 50 * 1024 * 1024,
  /** Sum of the uncompressed sizes of the .xlsx's parts. */
  uncompressedBytes: 200 * 1024 * 1024,
  /** Uncompressed ÷ compressed; checked only past `ratioFloorBytes`, where a high ratio starts to cost memory. */
  ratio: 100,
  ratioFloorBytes: 20 * 1024 * 1024,
  /** Rows with content (blank rows do not count). */
  rows: 100_000,
  /** Columns read per row; beyond them a register has no fields. */
  columns: 200,
  /** Heap of the parsing worker. */
  workerHeapMb: 768,
} as const;

export type FileProblemCode =
  | 'file.too_large'
  | 'file.xls'
  | 'file.unknown_type'
  | 'file.unreadable'
  | 'file.zip_bomb'
  | 'file.too_many_rows'
  | 'file.out_of_memory'
  | 'file.no_sheet'
  | 'file.no_header';

/** The whole file cannot be read: nothing of it is imported. The message is the clerk's. */
export class ImportFileError extends Error {
  constructor(
    readonly code: FileProblemCode,
    message: string,
  ) {
    super(message);
    this.name = 'ImportFileError';
  }
}

export const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
