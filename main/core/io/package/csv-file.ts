import { BOM, csvLine, type FieldKind } from './csv';
import type { FieldSpec, Row } from './fields';
import { TextFile } from './text-file';

/**
 * One CSV file of the package, written in chunks with its SHA-256 computed on the way, so the manifest needs no
 * second read and 200,000 rows never make one string.
 */
export class CsvFile {
  private readonly file: TextFile;
  private readonly codes: readonly string[];
  private readonly kinds: readonly FieldKind[];
  private readonly values: (string | null)[];
  records = 0;

  constructor(path: string, fields: readonly FieldSpec[]) {
    this.file = new TextFile(path, { sha256: true });
    this.codes = fields.map((field) => field.code);
    this.kinds = fields.map((field) => field.kind);
    this.values = new Array<string | null>(fields.length);
    this.file.write(BOM + csvLine(this.codes) + '\r\n');
  }

  add(row: Row): void {
    for (let i = 0; i < this.codes.length; i++) this.values[i] = row[this.codes[i]!] ?? null;
    this.file.write(csvLine(this.values, this.kinds) + '\r\n');
    this.records++;
  }

  close(): { records: number; sha256: string } {
    return { records: this.records, sha256: this.file.close() };
  }
}
