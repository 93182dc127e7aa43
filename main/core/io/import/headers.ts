// Finding the header row of a clerk's register and what each column holds. Registers start with title rows, a
// 填报单位 line and blank rows, and sometimes have a two-row header (就业困难人员 over 类别 | 认定日期), so the header
// is the row among the first ones whose cells name the most fields; the clerk can correct any column afterwards.
import type { ImportField } from '@shared/contract/imports';
import { normaliseAscii, removeBlanks } from '@shared/domain/text-normalise';
import { cellText, type SheetRow } from './cells';

const SYNONYMS: Record<ImportField, readonly string[]> = {
  name: ['姓名', '名字', '人员姓名', '失业人员姓名', '求职者姓名', '户主姓名'],
  idNumber: ['身份证号', '身份证号码', '公民身份号码', '公民身份证号', '公民身份证号码', '身份证', '社会保障号码'],
  sex: ['性别'],
  birthDate: ['出生日期', '出生年月', '出生年月日', '出生时间', '生日'],
  ethnicity: ['民族'],
  education: ['文化程度', '学历', '文化', '最高学历'],
  hukouType: ['户口性质', '户籍性质', '户口类型', '户籍类型', '户口类别'],
  village: [
    '村',
    '社区',
    '村(社区)',
    '村社区',
    '村居',
    '村名',
    '所在村',
    '所属村',
    '户籍所在村',
    '户籍所在村(社区)',
    '所在村(社区)',
    '所属村(社区)',
    '村(居)',
    '村委会',
  ],
  address: ['现居住地址', '地址', '住址', '家庭住址', '现住址', '居住地址', '家庭地址', '现居住地'],
  phone: ['电话', '联系电话', '手机', '手机号', '手机号码', '联系方式', '电话号码'],
  registeredOn: ['失业登记日期', '登记日期', '登记时间', '失业登记时间'],
  unemploymentReason: ['失业原因'],
  jobWish: ['就业意向', '求职意向', '就业意愿', '求职意愿'],
  trainingWish: ['培训意向', '培训意愿', '培训需求'],
  skills: ['技能特长', '特长', '技能', '专业技能', '专业特长'],
  employmentCardNo: ['就业创业证号', '就业创业证编号', '就业创业证号码', '就业失业登记证号', '就业失业登记证编号'],
  difficulty: ['就业困难人员类别', '困难类别', '就业困难类别', '困难人员类别', '就业困难人员类型'],
  difficultyOn: ['认定日期', '认定时间', '困难认定日期', '就业困难人员认定日期'],
  disabilityCert: ['残疾人证号', '残疾证号', '残疾人证号码', '残疾证号码', '残疾人证编号'],
  lastContactOn: ['最近联系日期', '联系日期', '回访日期', '最近回访日期'],
  notes: ['备注', '说明'],
};

/** Comparison key of a header: ASCII forms, no blanks or line breaks, no required-field stars, brackets ASCII. */
export function headerKey(text: string): string {
  return removeBlanks(normaliseAscii(text.replace(/[（）]/g, (b) => (b === '（' ? '(' : ')'))))
    .replace(/^[*※#]+|[*※#]+$/g, '')
    .toLowerCase();
}

const INDEX = new Map<string, ImportField>();
for (const [field, names] of Object.entries(SYNONYMS) as [ImportField, readonly string[]][]) {
  for (const name of names) INDEX.set(headerKey(name), field);
}

/** Looser rules for headers that carry extra words: 身份证号码(18位), 联系电话（手机）, 失业登记日期（年月日）. */
const CONTAINS: readonly [RegExp, ImportField][] = [
  [/^(?!.*(地址|住址)).*(身份证|身份号码)/, 'idNumber'],
  [/残疾.*证/, 'disabilityCert'],
  [/就业(创业|失业).*证/, 'employmentCardNo'],
  [/手机|电话/, 'phone'],
  [/失业.*登记.*(日期|时间)|登记(日期|时间)/, 'registeredOn'],
  [/认定.*(日期|时间)/, 'difficultyOn'],
  [/困难.*(类别|类型)/, 'difficulty'],
  [/出生/, 'birthDate'],
  [/地址|住址/, 'address'],
  [/文化程度|学历/, 'education'],
  [/户(口|籍)(性质|类型|类别)/, 'hukouType'],
  [/^备注/, 'notes'],
];

export function fieldForHeader(text: string): ImportField | null {
  const key = headerKey(text);
  if (key === '' || key.length > 30) return null;
  const exact = INDEX.get(key) ?? INDEX.get(key.replace(/\([^)]*\)/g, ''));
  if (exact) return exact;
  // a sentence that happens to mention 身份证 is not a header
  if (key.length > 16) return null;
  return CONTAINS.find(([pattern]) => pattern.test(key))?.[1] ?? null;
}

export type HeaderGuess = {
  /** Excel row number of the (first) header row. */
  headerRow: number;
  /** 1, or 2 for a two-row header; data starts after. */
  headerRows: number;
  /** Header text per column (index 0 = column A). */
  labels: string[];
  fields: (ImportField | null)[];
  score: number;
};

/** How many rows at the top of a sheet may be titles, 填报单位 lines and headers. */
export const HEADER_SEARCH_ROWS = 30;

const WEIGHT: Partial<Record<ImportField, number>> = { idNumber: 4, name: 3 };

/** Fields named, ID number and name weighing most; a row naming fewer than two fields is no header (0). */
function scoreOf(fields: readonly (ImportField | null)[]): number {
  const distinct = new Set(fields.filter((field): field is ImportField => field !== null));
  let score = 0;
  if (distinct.size < 2) return 0;
  for (const field of distinct) score += WEIGHT[field] ?? 1;
  return score;
}

/** The first column claiming a field keeps it; a later one with the same field is left unmapped for the clerk. */
function firstClaims(fields: (ImportField | null)[]): (ImportField | null)[] {
  const seen = new Set<ImportField>();
  return fields.map((field) => {
    if (field === null || seen.has(field)) return null;
    seen.add(field);
    return field;
  });
}

function guessAt(rows: readonly SheetRow[], at: number): HeaderGuess {
  const row = rows[at]!;
  const labels = row.cells.map(cellText);
  const fields = labels.map(fieldForHeader);
  const single: HeaderGuess = { headerRow: row.number, headerRows: 1, labels, fields: firstClaims(fields), score: 0 };
  single.score = scoreOf(single.fields);
  const next = rows[at + 1];
  if (!next || next.number !== row.number + 1) return single;
  const below = next.cells.map(cellText);
  // a row of data is never a second header row
  if (below.some((text) => /^\d{15,18}[\dxX]?$/.test(removeBlanks(text)))) return single;
  const width = Math.max(labels.length, below.length);
  const twoLabels: string[] = [];
  const twoFields: (ImportField | null)[] = [];
  let parent = '';
  for (let c = 0; c < width; c += 1) {
    const top = labels[c] ?? '';
    const child = below[c] ?? '';
    // a merged parent cell holds its text in its first column only: carry it right over the children
    if (top !== '') parent = top;
    else if (child === '') parent = '';
    if (child === '') {
      twoLabels.push(top);
      twoFields.push(fields[c] ?? null);
      continue;
    }
    const compound = top === '' ? `${parent}${child}` : `${top}${child}`;
    const field = fieldForHeader(compound) ?? fieldForHeader(child);
    twoLabels.push(top === '' && parent !== '' ? `${parent}/${child}` : child);
    twoFields.push(field);
  }
  const two: HeaderGuess = {
    headerRow: row.number,
    headerRows: 2,
    labels: twoLabels,
    fields: firstClaims(twoFields),
    score: 0,
  };
  two.score = scoreOf(two.fields);
  return two.score > single.score ? two : single;
}

/**
 * The header among the first rows: the one naming the most fields (ID number and name count most); null when no
 * row names an ID number or name column. `forcedRow` (the clerk's choice) is used as is.
 */
export function findHeader(rows: readonly SheetRow[], forcedRow?: number): HeaderGuess | null {
  if (forcedRow !== undefined) {
    const at = rows.findIndex((row) => row.number === forcedRow);
    return at === -1 ? null : guessAt(rows, at);
  }
  let best: HeaderGuess | null = null;
  for (let at = 0; at < Math.min(rows.length, HEADER_SEARCH_ROWS); at += 1) {
    const guess = guessAt(rows, at);
    const named = guess.fields.filter((field) => field !== null).length;
    if (!guess.fields.includes('idNumber') && !guess.fields.includes('name')) continue;
    if (named >= 2 && (best === null || guess.score > best.score)) best = guess;
  }
  return best;
}
