import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { BOM, csvLine } from './csv';
import { rowValues, type FieldSpec, type Row } from './fields';

/**
 * One CSV file of the package, written in chunks with its SHA-256 computed on the way, so the manifest needs no
 * second read and 200,000 rows never make one string.
 */
export class CsvFile {
  private readonly fd: number;
  private readonly hash = createHash('sha256');
  private pending: string[] = [];
  records = 0;

  constructor(
    readonly path: string,
    private readonly fields: readonly FieldSpec[],
  ) {
    this.fd = fs.openSync(path, 'w');
    this.write(BOM + csvLine(fields.map((field) => field.code)) + '\r\n');
  }

  add(row: Row): void {
    this.pending.push(
      csvLine(
        rowValues(this.fields, row),
        this.fields.map((field) => field.kind),
      ),
    );
    this.records++;
    if (this.pending.length >= 2000) this.flush();
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    this.write(this.pending.join('\r\n') + '\r\n');
    this.pending = [];
  }

  private write(text: string): void {
    const bytes = Buffer.from(text, 'utf8');
    this.hash.update(bytes);
    fs.writeSync(this.fd, bytes);
  }

  close(): { records: number; sha256: string } {
    this.flush();
    fs.fsyncSync(this.fd);
    fs.closeSync(this.fd);
    return { records: this.records, sha256: this.hash.digest('hex') };
  }
}
