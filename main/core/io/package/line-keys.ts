/**
 * The record behind each data line of one CSV (index 0 = line 2), so that a problem the county's check finds can link
 * to what to fix. Ids are whole numbers, kept in a growing Float64Array (8 bytes a line, not a string each); 0 means
 * the line has no record of its own (indicators.csv).
 */
export class LineKeys {
  private ids = new Float64Array(1024);
  length = 0;

  push(id: number): void {
    if (this.length === this.ids.length) {
      const grown = new Float64Array(this.ids.length * 2);
      grown.set(this.ids);
      this.ids = grown;
    }
    this.ids[this.length++] = id;
  }

  /** The id behind a data line (header = line 1), or null when there is none. */
  at(line: number): number | null {
    const index = line - 2;
    if (index < 0 || index >= this.length) return null;
    const id = this.ids[index]!;
    return id > 0 ? id : null;
  }
}
