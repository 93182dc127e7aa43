import { ENTRY_NAMES, fieldLabel } from './layout';

/**
 * One violation of the county format. `line` is the CSV record number with the header as line 1 (what Excel shows as
 * the row number), or the row of a ledger sheet; `rule` is a stable short code for scripts and tests.
 */
export type PackageProblem = {
  file: string;
  line: number | null;
  field: string | null;
  message: string;
  rule: string;
};

export type PackageReport = {
  ok: boolean;
  problems: PackageProblem[];
  /** Data rows per entry (header excluded; for ledger.xlsx the rows of its 人员 sheet), as the manifest counts them. */
  counts: Record<string, number>;
  /** manifest.json as parsed, or null when it is missing or not JSON (`unknown` already includes null). */
  manifest: unknown;
};

/** Where a problem is, in the words a clerk reads: "persons.csv 第 3 行 字段 sex（性别）". */
export function where(file: string, line: number | null, field: string | null): string {
  const parts = [file];
  if (line !== null) parts.push(`第 ${line} 行`);
  if (field !== null) {
    const label = fieldLabel(file, field);
    parts.push(`字段 ${field}${label ? `（${label}）` : ''}`);
  }
  return parts.join(' ');
}

type Slot = { problem: PackageProblem | null };

/** Collects problems; every message starts with its place so that it reads on its own, e.g. in a pasted e-mail. */
export class ProblemList {
  private readonly slots: Slot[] = [];

  /** The problems found so far, in the order found. */
  get items(): PackageProblem[] {
    const items: PackageProblem[] = [];
    for (const slot of this.slots) if (slot.problem !== null) items.push(slot.problem);
    return items;
  }

  add(file: string, line: number | null, field: string | null, rule: string, text: string): void {
    this.slots.push({ problem: problem(file, line, field, rule, text) });
  }

  /**
   * Keeps the place of a problem that can only be decided later (a rule that needs a file read after this one), so
   * that it is listed where a reading with every file at hand would have found it; the returned function fills it.
   */
  reserve(): (file: string, line: number | null, field: string | null, rule: string, text: string) => void {
    const slot: Slot = { problem: null };
    this.slots.push(slot);
    return (file, line, field, rule, text) => (slot.problem = problem(file, line, field, rule, text));
  }

  /** Moves another list's problems (and reserved places) to the end of this one. */
  take(other: ProblemList): void {
    for (const slot of other.slots) this.slots.push(slot);
    other.slots.length = 0;
  }

  /** Problems in the order of the package's entries, then by line; the order of discovery within a line is kept. */
  sorted(): PackageProblem[] {
    const rank = (file: string): number => {
      const index = ENTRY_NAMES.indexOf(file);
      return index < 0 ? -1 : index;
    };
    return this.items
      .map((item, index) => ({ item, index }))
      .sort(
        (a, b) => rank(a.item.file) - rank(b.item.file) || (a.item.line ?? 0) - (b.item.line ?? 0) || a.index - b.index,
      )
      .map(({ item }) => item);
  }
}

function problem(file: string, line: number | null, field: string | null, rule: string, text: string): PackageProblem {
  return { file, line, field, rule, message: `${where(file, line, field)}：${text}` };
}
