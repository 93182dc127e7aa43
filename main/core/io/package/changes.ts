import { createHash } from 'node:crypto';
import type { Store } from '../../context';
import type { Row } from './fields';

export type RecordKind = 'person' | 'household' | 'member';

/**
 * The change flag of a row against the township's previous ACCEPTED package (section 3): A added, U changed,
 * N unchanged. The comparison covers every field the county receives except `change` and `updated_at`, so an edit
 * of something the county never sees (a note, a phone call logged) is not reported as a change.
 */
export class ChangeTracker {
  readonly previous = new Map<string, string>();
  readonly current: { kind: RecordKind; key: string; hash: string }[] = [];

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
    if (!this.remember && this.previous.size === 0) return 'A';
    const hash = rowHash(row);
    this.current.push({ kind, key, hash });
    const before = this.previous.get(`${kind}:${key}`);
    if (before === undefined) return 'A';
    return before === hash ? 'N' : 'U';
  }

  /** A deleted record is reported once, as D, only if the county has it from the previous package. */
  wasReported(kind: RecordKind, key: string): boolean {
    return this.previous.has(`${kind}:${key}`);
  }
}

function rowHash(row: Row): string {
  const content = Object.entries(row)
    .filter(([field]) => field !== 'change' && field !== 'updated_at')
    .map(([field, value]) => `${field}=${value ?? ''}`)
    .join('\u0001');
  return createHash('sha1').update(content).digest('hex');
}
