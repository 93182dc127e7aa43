// Words and links of the 季度报送 screen: the package's files as clerks name them, the county's verdicts, and where a
// pre-flight problem is fixed.
import type { PackageEntry, PackageProblem } from '@shared/contract';
import { chinaTimestamp } from '@shared/domain/dates';

/** The entries of the package in the format's order, with what a clerk calls them. */
export const PACKAGE_FILES: readonly { file: string; label: string }[] = [
  { file: 'persons.csv', label: '人员' },
  { file: 'households.csv', label: '零就业家庭' },
  { file: 'household_members.csv', label: '家庭成员' },
  { file: 'assistance.csv', label: '援助记录' },
  { file: 'indicators.csv', label: '指标' },
  { file: 'ledger.xlsx', label: '台账（人员表）' },
];

export function fileLabel(file: string): string {
  return PACKAGE_FILES.find((entry) => entry.file === file)?.label ?? '整个报送包';
}

export const STATUS_LABELS: Record<PackageEntry['status'], string> = {
  made: '已生成',
  accepted: '县局已接收',
  returned: '被退回',
};

/**
 * Where a problem is fixed. A person opens in correction mode: the package shows the quarter's last day, so only
 * an edit saved as a correction (更正) reaches the quarter being reported.
 */
export function problemHref(link: PackageProblem['link']): string | null {
  if (!link) return null;
  if (link.kind === 'person') return `#/persons/${link.id}?correction=1`;
  if (link.kind === 'household') return `#/zero-households/${link.id}`;
  return `#/assistance?action=${link.id}`;
}

/** The field's Chinese name, which the checker writes into its message as `字段 ethnicity（民族）`. */
export function fieldLabel(problem: PackageProblem): string {
  if (!problem.field) return '';
  const match = /字段 [A-Za-z_]+（([^）]+)）/.exec(problem.message);
  return match?.[1] ?? problem.field;
}

/** The message without the place it starts with (`persons.csv 第 5 行 字段 …：`); the columns already show it. */
export function problemText(problem: PackageProblem): string {
  const cut = problem.message.indexOf('：');
  return problem.line !== null && cut >= 0 ? problem.message.slice(cut + 1) : problem.message;
}

/** '2026-10-08 09:30' in China time, whatever the PC's time zone. */
export function timeText(ms: number): string {
  return chinaTimestamp(ms).slice(0, 16).replace('T', ' ');
}

/** ['人员 200', '零就业家庭 3', …] in the format's order, files with no rows included (a 0 is an answer too). */
export function countItems(counts: Record<string, number>): string[] {
  return PACKAGE_FILES.filter((entry) => entry.file in counts && entry.file !== 'ledger.xlsx').map(
    (entry) => `${entry.label} ${counts[entry.file] ?? 0}`,
  );
}
