import type { ManifestFacts } from './manifest';
import type { ProblemList } from './report';

// `{township_code}_{YYYY}Q{q}.zip`, or `…_r{n}.zip` (n ≥ 2) for a corrected re-submission. The first submission has
// no suffix, so `_r1` is refused rather than read as revision 1: two names for one package would let the county
// file the same quarter twice.

const PATTERN = /^(\d{9})_(\d{4})Q([1-4])(?:_r([1-9]\d*))?\.zip$/;

export type FileNameFacts = { townshipCode: string; year: number; quarter: number; revision: number };

/** Checks the name (any folder part is ignored) and its agreement with the manifest; returns what it says. */
export function checkFileName(path: string, manifest: ManifestFacts | null, sink: ProblemList): FileNameFacts | null {
  const name = path.split(/[\\/]/).pop() ?? path;
  const match = PATTERN.exec(name);
  const fail = (field: string | null, rule: string, text: string): void => sink.add(name, null, field, rule, text);
  if (!match || match[4] === '1') {
    fail(
      null,
      'package.file_name.pattern',
      '文件名应为“乡镇代码_年份Q季度.zip”，如 431025100_2026Q3.zip；更正重报为 431025100_2026Q3_r2.zip（第一次报送不带 _r）',
    );
    return null;
  }
  const facts: FileNameFacts = {
    townshipCode: match[1]!,
    year: Number(match[2]),
    quarter: Number(match[3]),
    revision: match[4] === undefined ? 1 : Number(match[4]),
  };
  if (manifest === null) return facts;
  if (manifest.townshipCode !== null && manifest.townshipCode !== facts.townshipCode) {
    fail(
      'township.code',
      'package.file_name.township',
      `文件名中的乡镇代码 ${facts.townshipCode} 与 manifest.json 的 ${manifest.townshipCode} 不一致`,
    );
  }
  if (
    (manifest.year !== null && manifest.year !== facts.year) ||
    (manifest.quarter !== null && manifest.quarter !== facts.quarter)
  ) {
    fail(
      'period',
      'package.file_name.period',
      `文件名中的季度 ${facts.year}Q${facts.quarter} 与 manifest.json 的 ${manifest.year ?? '?'}Q${manifest.quarter ?? '?'} 不一致`,
    );
  }
  if (manifest.revision !== null && manifest.revision !== facts.revision) {
    const suffix = manifest.revision === 1 ? '不带 _r 后缀' : `以 _r${manifest.revision}.zip 结尾`;
    fail(
      'revision',
      'package.file_name.revision',
      `文件名表示第 ${facts.revision} 版，manifest.json 的 revision 为 ${manifest.revision}；revision 为 ${manifest.revision} 时文件名应${suffix}`,
    );
  }
  return facts;
}
