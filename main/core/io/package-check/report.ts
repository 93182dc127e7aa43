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

/** Collects problems; every message starts with its place so that it reads on its own, e.g. in a pasted e-mail. */
export class ProblemList {
  readonly items: PackageProblem[] = [];

  add(file: string, line: number | null, field: string | null, rule: string, text: string): void {
    this.items.push({ file, line, field, rule, message: `${where(file, line, field)}：${text}` });
  }

  /** Problems in the order of the package's entries, then by line; the order of discovery within a line is kept. */
  sorted(): PackageProblem[] {
    const rank = (file: string): number => {
      const index = ENTRY_NAMES.indexOf(file);
      return index < 0 ? -1 : index;
    };
    return this.items
      .map((problem, index) => ({ problem, index }))
      .sort(
        (a, b) =>
          rank(a.problem.file) - rank(b.problem.file) ||
          (a.problem.line ?? 0) - (b.problem.line ?? 0) ||
          a.index - b.index,
      )
      .map(({ problem }) => problem);
  }
}
