import { quarterRange, endOfDayChinaMs, type Quarter } from '@shared/domain/dates';
import { LISTED_FILES, MANIFEST } from './layout';
import type { ProblemList } from './report';
import { parseTimestamp, timestampText } from './values';

// manifest.json: exact field names and JSON types first (a county importer built on a schema rejects both unknown
// and missing fields), then the values, then `files` against the bytes of the ZIP.

type Shape = 'string' | 'integer' | { readonly [key: string]: Shape } | readonly [Shape];

const SHAPE: Shape = {
  format: 'string',
  version: 'string',
  county_code: 'string',
  township: { code: 'string', name: 'string' },
  period: { year: 'integer', quarter: 'integer', start: 'string', end: 'string' },
  revision: 'integer',
  generated_at: 'string',
  generator: { name: 'string', version: 'string' },
  operator: 'string',
  files: [{ name: 'string', records: 'integer', sha256: 'string' }],
};

export type ListedFile = { path: string; name: string | null; records: number | null; sha256: string | null };

/** What the rest of the check needs from the manifest; a field is null when absent or of the wrong type. */
export type ManifestFacts = {
  townshipCode: string | null;
  year: number | null;
  quarter: Quarter | null;
  revision: number | null;
  files: ListedFile[] | null;
};

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const TYPE_NAME = { string: '字符串', integer: '整数' } as const;

function checkShape(value: unknown, shape: Shape, path: string, sink: ProblemList): void {
  if (shape === 'string' || shape === 'integer') {
    const ok = shape === 'string' ? typeof value === 'string' : typeof value === 'number' && Number.isInteger(value);
    if (!ok)
      sink.add(MANIFEST, null, path, 'manifest.field.type', `应为${TYPE_NAME[shape]}，现为 ${JSON.stringify(value)}`);
    return;
  }
  if (Array.isArray(shape)) {
    if (!Array.isArray(value)) return sink.add(MANIFEST, null, path, 'manifest.field.type', '应为数组');
    value.forEach((item, index) => checkShape(item, shape[0] as Shape, `${path}[${index}]`, sink));
    return;
  }
  if (!isObject(value)) return sink.add(MANIFEST, null, path || null, 'manifest.field.type', '应为 JSON 对象 {…}');
  const fields = shape as { readonly [key: string]: Shape };
  for (const [key, inner] of Object.entries(fields)) {
    const at = path ? `${path}.${key}` : key;
    if (!(key in value)) sink.add(MANIFEST, null, at, 'manifest.field.missing', '缺少此字段（字段名须与格式完全一致）');
    else checkShape(value[key], inner, at, sink);
  }
  for (const key of Object.keys(value).filter((k) => !(k in fields))) {
    sink.add(
      MANIFEST,
      null,
      path ? `${path}.${key}` : key,
      'manifest.field.unknown',
      '格式中没有这个字段（字段名须与格式完全一致）',
    );
  }
}

/** Decodes, parses and checks manifest.json; `value` is the parsed JSON (or null), `facts` what could be trusted. */
export function readManifest(bytes: Uint8Array, sink: ProblemList): { value: unknown; facts: ManifestFacts } {
  const facts: ManifestFacts = { townshipCode: null, year: null, quarter: null, revision: null, files: null };
  let body = bytes;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    sink.add(MANIFEST, null, null, 'manifest.bom', 'manifest.json 不得带字节顺序标记（BOM），应为不带 BOM 的 UTF-8');
    body = bytes.subarray(3);
  }
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body));
  } catch (error) {
    const encoding = error instanceof TypeError;
    sink.add(
      MANIFEST,
      null,
      null,
      encoding ? 'manifest.encoding' : 'manifest.json',
      encoding ? '不是有效的 UTF-8 编码' : `不是有效的 JSON：${error instanceof Error ? error.message : String(error)}`,
    );
    return { value: null, facts };
  }
  checkShape(value, SHAPE, '', sink);
  if (!isObject(value)) return { value, facts };
  checkValues(value, facts, sink);
  return { value, facts };
}

function checkValues(m: Json, facts: ManifestFacts, sink: ProblemList): void {
  const fail = (field: string, rule: string, text: string): void => sink.add(MANIFEST, null, field, rule, text);
  const township = isObject(m.township) ? m.township : {};
  const period = isObject(m.period) ? m.period : {};
  const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
  const int = (v: unknown): number | null => (typeof v === 'number' && Number.isInteger(v) ? v : null);

  if (str(m.format) !== null && m.format !== 'township-labour-exchange') {
    fail('format', 'manifest.format', `应为 "township-labour-exchange"，现为 ${JSON.stringify(m.format)}`);
  }
  if (str(m.version) !== null && m.version !== '1.0')
    fail('version', 'manifest.version', `应为 "1.0"，现为 ${JSON.stringify(m.version)}`);
  const code = str(township.code);
  if (code !== null && !/^\d{9}$/.test(code))
    fail('township.code', 'manifest.township.code', `乡镇代码应为 9 位数字，现为“${code}”`);
  else if (code !== null) facts.townshipCode = code;
  if (str(township.name) === '') fail('township.name', 'manifest.township.name', '乡镇名称不能为空');
  const county = str(m.county_code);
  if (county !== null && facts.townshipCode !== null && county !== facts.townshipCode.slice(0, 6)) {
    fail(
      'county_code',
      'manifest.county_code',
      `县代码应为乡镇代码的前 6 位 ${facts.townshipCode.slice(0, 6)}，现为“${county}”`,
    );
  }

  const year = int(period.year);
  const quarter = int(period.quarter);
  if (year !== null && (year < 2000 || year > 2999)) fail('period.year', 'manifest.period.year', `年份 ${year} 不合理`);
  else if (year !== null) facts.year = year;
  if (quarter !== null && (quarter < 1 || quarter > 4))
    fail('period.quarter', 'manifest.period.quarter', `季度应为 1–4，现为 ${quarter}`);
  else if (quarter !== null) facts.quarter = quarter as Quarter;
  if (facts.year !== null && facts.quarter !== null) {
    const range = quarterRange(facts.year, facts.quarter);
    for (const key of ['start', 'end'] as const) {
      const given = str(period[key]);
      if (given !== null && given !== range[key]) {
        const which = key === 'start' ? '第一天' : '最后一天';
        fail(
          `period.${key}`,
          `manifest.period.${key}`,
          `应为 ${facts.year} 年第 ${facts.quarter} 季度的${which} ${range[key]}，现为“${given}”`,
        );
      }
    }
  }
  const generated = str(m.generated_at);
  const at = generated === null ? null : parseTimestamp(generated);
  if (generated !== null && at === null) fail('generated_at', 'manifest.generated_at.format', timestampText(generated));
  if (at !== null && facts.year !== null && facts.quarter !== null) {
    const end = quarterRange(facts.year, facts.quarter).end;
    // the package is the state at 24:00 of the last day, which cannot be known before that moment
    if (at < endOfDayChinaMs(end)) {
      fail(
        'generated_at',
        'manifest.generated_at.too_early',
        `生成时间 ${generated ?? ''} 早于报送期末 ${end} 24:00；季度结束后才能生成该季度的包`,
      );
    }
  }
  const revision = int(m.revision);
  if (revision !== null && revision < 1)
    fail('revision', 'manifest.revision', `修订号应为不小于 1 的整数，现为 ${revision}`);
  else facts.revision = revision;
  const generator = isObject(m.generator) ? m.generator : {};
  for (const key of ['name', 'version']) {
    if (str(generator[key]) === '') fail(`generator.${key}`, 'manifest.generator', '不能为空');
  }
  if (str(m.operator)?.trim() === '') fail('operator', 'manifest.operator', '经办人姓名不能为空');

  if (Array.isArray(m.files)) {
    facts.files = m.files.map((item: unknown, index) => {
      const entry = isObject(item) ? item : {};
      return { path: `files[${index}]`, name: str(entry.name), records: int(entry.records), sha256: str(entry.sha256) };
    });
  }
}

/**
 * `files` lists the six other entries once each, with their data rows and the SHA-256 of their bytes; `sha256`
 * holds that of each entry that could be read.
 */
export function checkListedFiles(
  files: readonly ListedFile[],
  sha256: ReadonlyMap<string, string>,
  counts: Readonly<Record<string, number>>,
  sink: ProblemList,
): void {
  const fail = (field: string, rule: string, text: string): void => sink.add(MANIFEST, null, field, rule, text);
  const listed = new Set<string>();
  for (const file of files) {
    if (file.name === null) continue;
    if (!LISTED_FILES.includes(file.name)) {
      fail(
        `${file.path}.name`,
        'manifest.files.extra',
        `“${file.name}”不应列在 files 中；files 只列 manifest.json 以外的六个文件`,
      );
      continue;
    }
    if (listed.has(file.name)) {
      fail(`${file.path}.name`, 'manifest.files.duplicate', `${file.name} 在 files 中出现了不止一次`);
      continue;
    }
    listed.add(file.name);
    const actual = sha256.get(file.name);
    const count = counts[file.name];
    if (file.records !== null && count !== undefined && file.records !== count) {
      fail(
        `${file.path}.records`,
        'manifest.files.records',
        `${file.name} 的 records 为 ${file.records}，实际数据行为 ${count}`,
      );
    }
    if (file.sha256 === null) continue;
    if (!/^[0-9a-f]{64}$/.test(file.sha256)) {
      fail(
        `${file.path}.sha256`,
        'manifest.files.sha256_format',
        `${file.name} 的 sha256 应为 64 位小写十六进制，现为“${file.sha256}”`,
      );
    } else if (actual !== undefined && actual !== file.sha256) {
      fail(
        `${file.path}.sha256`,
        'manifest.files.sha256',
        `${file.name} 的 sha256 与文件内容不符（实际为 ${actual}），文件可能在生成后被改动`,
      );
    }
  }
  const missing = LISTED_FILES.filter((name) => !listed.has(name));
  if (missing.length > 0) fail('files', 'manifest.files.missing', `files 中缺少 ${missing.join('、')}`);
}
