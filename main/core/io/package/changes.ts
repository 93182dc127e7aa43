import { hash } from 'node:crypto';
import type { Store } from '../../context';
import type { Row } from './fields';

export type RecordKind = 'person' | 'household' | 'member';

/**
 * The rows of a package as package_records keeps them (kind, key, SHA-1 of the row), held compactly until the package
 * is recorded: the hashes as bytes in one growing buffer rather than 100,000 objects with a hex string each.
 */
export class RecordList {
  private readonly kinds: RecordKind[] = [];
  private readonly keys: string[] = [];
  private hashes = Buffer.alloc(20 * 4096);

  get length(): number {
    return this.keys.length;
  }

  push(kind: RecordKind, key: string, hexHash: string): void {
    const at = this.keys.length * 20;
    if (at + 20 > this.hashes.length) {
      const grown = Buffer.alloc(this.hashes.length * 2);
      this.hashes.copy(grown);
      this.hashes = grown;
    }
    this.hashes.write(hexHash, at, 20, 'hex');
    this.kinds.push(kind);
    this.keys.push(key);
  }

  *[Symbol.iterator](): Generator<{ kind: RecordKind; key: string; hash: string }> {
    for (let i = 0; i < this.keys.length; i++) {
      yield { kind: this.kinds[i]!, key: this.keys[i]!, hash: this.hashes.toString('hex', i * 20, i * 20 + 20) };
    }
  }
}

/**
 * The change flag of a row against the township's previous ACCEPTED package (section 3): A added, U changed,
 * N unchanged. The comparison covers every field the county receives except `change` and `updated_at`, so an edit
 * of something the county never sees (a note, a phone call logged) is not reported as a change.
 */
export class ChangeTracker {
  readonly previous = new Map<string, string>();
  readonly current = new RecordList();

  /**
   * `previousPackageId` null: every row is new (A). `remember` false: the rows are only counted (the statistics), so
   * neither hashed nor kept — hashing 100,000 rows is a tenth of a quarter's figures.
   */
  constructor(
    store: Store,
    previousPackageId: number | null,
    private readonly remember = true,
  ) {
    if (previousPackageId === null) return;
    const rows = store.sqlite
      .prepare('SELECT kind, record_key, row_hash FROM package_records WHERE package_id = ?')
      .iterate(previousPackageId) as Iterable<{ kind: string; record_key: string; row_hash: string }>;
    for (const row of rows) this.previous.set(`${row.kind}:${row.record_key}`, row.row_hash);
  }

  /** Flags a live row and remembers it for the next package. */
  flag(kind: RecordKind, key: string, row: Row): 'A' | 'U' | 'N' {
    // nothing to compare with and nothing to keep (the statistics): no hash
    if (!this.remember && this.previous.size === 0) return 'A';
    const hash = rowHash(row);
    if (this.remember) this.current.push(kind, key, hash);
    const before = this.previous.get(`${kind}:${key}`);
    if (before === undefined) return 'A';
    return before === hash ? 'N' : 'U';
  }

  /** A deleted record is reported once, as D, only if the county has it from the previous package. */
  wasReported(kind: RecordKind, key: string): boolean {
    return this.previous.has(`${kind}:${key}`);
  }
}

/** SHA-1 of `field=value` pairs joined by U+0001, in the row's field order; a loop and one-shot hash: 100,000 rows. */
function rowHash(row: Row): string {
  let content = '';
  for (const field in row) {
    if (field === 'change' || field === 'updated_at') continue;
    content += `${content === '' ? '' : '\u0001'}${field}=${row[field] ?? ''}`;
  }
  return hash('sha1', content, 'hex');
}
