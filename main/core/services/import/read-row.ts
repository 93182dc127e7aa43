// One row of the file → the values it gives each field, with the reasons to refuse it and the warnings, before the
// database is consulted. Nothing is guessed: a value that cannot be read exactly refuses the row (an unknown label
// included), except sex and birth date, which the ID number decides and which only raise a warning.
import { labelToCode, difficultyLabelsToCodes } from '@shared/codes/label-to-code';
import { codeLabel, SEX, type CodeTableName, type DifficultyCode } from '@shared/codes/index';
import type { ImportField, ImportReason } from '@shared/contract/imports';
import type { IsoDate } from '@shared/domain/dates';
import { maskIdNumber, type ParsedId } from '@shared/domain/id-number';
import { parsePhone } from '@shared/domain/phone';
import { normaliseText } from '@shared/domain/text-normalise';
import { cellText, isBlankCell, type Cell, type SheetRow } from '@core/io/import/cells';
import { readDateCell, readIdCell, readLongNumberCell } from '@core/io/import/cell-values';
import type { FormCheck } from './form-check';
import { remembered } from './remembered';
import type { VillageResolver } from './villages';

/** Text fields of the person form the file can fill, with their form names. */
export const TEXT_FIELDS = ['address', 'unemploymentReason', 'jobWish', 'trainingWish', 'skills', 'notes'] as const;
const CODE_FIELDS = { ethnicity: 'ethnicity', education: 'education', hukouType: 'hukouType' } as const;
const CODE_ENTRIES = Object.entries(CODE_FIELDS) as [keyof typeof CODE_FIELDS, CodeTableName][];
const DATE_FIELDS = ['registeredOn', 'lastContactOn'] as const;
const LONG_NUMBERS = [
  ['employmentCardNo', '就业创业证号'],
  ['disabilityCert', '残疾人证号'],
] as const;

export type RowValues = {
  name?: string;
  ethnicity?: string;
  education?: string;
  hukouType?: string;
  villageCode?: string;
  address?: string;
  phone?: string;
  registeredOn?: IsoDate;
  unemploymentReason?: string;
  jobWish?: string;
  trainingWish?: string;
  skills?: string;
  employmentCardNo?: string;
  disabilityCert?: string;
  lastContactOn?: IsoDate;
  notes?: string;
  difficulty?: DifficultyCode[];
  difficultyOn?: IsoDate;
};

export type RowReading = {
  row: number;
  name: string;
  id: ParsedId | null;
  /** The ID number as the report shows it; '' without one. */
  idNumberMasked: string;
  values: RowValues;
  reasons: ImportReason[];
  warnings: ImportReason[];
  unknownVillage: string | null;
  /** The form's rules for a new person, when the sheet reader could apply them (form-check.ts). */
  form?: FormCheck | undefined;
};

export type RowContext = {
  today: IsoDate;
  columns: ReadonlyMap<ImportField, number>;
  village: VillageResolver;
  memo: RowMemo;
};

/**
 * Answers remembered for the values that repeat down a register (labels, village names, dates): one import asks the
 * same few questions tens of thousands of times. The answers are pure functions of the text; only the first
 * REMEMBERED distinct values of each question are kept (remembered.ts).
 */
export type RowMemo = {
  /** A text cell trimmed and without its text marker (normaliseText). */
  text(cell: Cell): string;
  code(table: CodeTableName, typed: string): string | null;
  village(text: string): ReturnType<VillageResolver>;
  date(cell: Cell, options?: { allowYearMonth: true }): ReturnType<typeof readDateCell>;
};

export function rowMemo(village: VillageResolver): RowMemo {
  const codes = new Map<CodeTableName, (typed: string) => string | null>();
  const dates = remembered((cell: string | number) => readDateCell(cell));
  const months = remembered((cell: string | number) => readDateCell(cell, { allowYearMonth: true }));
  const isKey = (cell: Cell): cell is string | number => typeof cell === 'string' || typeof cell === 'number';
  const texts = remembered((cell: string) => normaliseText(cellText(cell)));
  return {
    text: (cell) => (typeof cell === 'string' ? texts(cell) : normaliseText(cellText(cell))),
    code(table, typed) {
      let lookup = codes.get(table);
      if (!lookup) codes.set(table, (lookup = remembered((text: string) => labelToCode(table, text))));
      return lookup(typed);
    },
    village: remembered(village),
    date(cell, options) {
      if (!isKey(cell)) return readDateCell(cell, options);
      return options ? months(cell) : dates(cell);
    },
  };
}

const LABELS: Record<string, string> = {
  ethnicity: '民族',
  education: '文化程度',
  hukouType: '户口性质',
  registeredOn: '失业登记日期',
  lastContactOn: '最近联系日期',
  difficultyOn: '认定日期',
};

/** Chinese names are written with blanks to line up 王  芳 under 欧阳明; blanks between Han characters go. */
export function normaliseName(text: string): string {
  return normaliseText(text).replace(/(?<=[\u3400-\u9fff])[\s\u00a0\u3000]+(?=[\u3400-\u9fff])/g, '');
}

function cellOf(row: SheetRow, ctx: RowContext, field: ImportField): Cell {
  const column = ctx.columns.get(field);
  return column === undefined ? null : (row.cells[column] ?? null);
}

const textOf = (row: SheetRow, ctx: RowContext, field: ImportField): string => ctx.memo.text(cellOf(row, ctx, field));

export function readRow(row: SheetRow, ctx: RowContext): RowReading {
  const reasons: ImportReason[] = [];
  const warnings: ImportReason[] = [];
  const values: RowValues = {};

  const name = normaliseName(cellText(cellOf(row, ctx, 'name')));
  if (name === '') reasons.push({ code: 'name.missing', message: '姓名为空' });
  else values.name = name;

  const idCell = cellOf(row, ctx, 'idNumber');
  const idResult = readIdCell(idCell, ctx.today);
  let id: ParsedId | null = null;
  if (idResult === null) reasons.push({ code: 'id.missing', message: '身份证号码为空' });
  else if (!idResult.ok) reasons.push({ code: `id.${idResult.reason.toLowerCase()}`, message: idResult.message });
  else {
    id = idResult.value;
    if (id.upgradedFrom15) {
      warnings.push({
        code: 'id.upgraded_15',
        message: `15 位旧身份证号码 ${id.upgradedFrom15} 已按国家标准升为 18 位 ${id.idNumber}`,
      });
    } else if (id.idNumber.endsWith('000') && typeof idCell === 'string') {
      warnings.push({
        code: 'id.trailing_zeros',
        message: '身份证号码末三位是 000，可能是 Excel 把号码当数字保存后丢失了末几位，请与原件核对',
      });
    }
  }

  if (id) checkAgainstId(cellOf(row, ctx, 'sex'), cellOf(row, ctx, 'birthDate'), id, ctx.memo, warnings);

  for (const [field, table] of CODE_ENTRIES) {
    const typed = textOf(row, ctx, field);
    if (typed === '') continue;
    const code = ctx.memo.code(table, typed);
    if (code === null) {
      reasons.push({ code: `${field}.unknown`, message: `${LABELS[field]}“${typed}”不是标准名称，请改为标准写法` });
    } else values[field] = code;
  }

  let unknownVillage: string | null = null;
  const village = ctx.memo.village(textOf(row, ctx, 'village'));
  if (village && 'code' in village) values.villageCode = village.code;
  else if (village) {
    unknownVillage = village.unknown;
    reasons.push({
      code: 'village.unknown',
      message: `村（社区）“${village.unknown}”不是本乡镇的村（社区），请在“村名对照”中指定`,
    });
  }

  const phoneCell = cellOf(row, ctx, 'phone');
  if (!isBlankCell(phoneCell)) {
    const phone = parsePhone(cellText(phoneCell));
    if (phone.ok) values.phone = phone.value;
    else reasons.push({ code: 'phone.bad', message: phone.message });
  }

  for (const field of DATE_FIELDS) {
    const date = ctx.memo.date(cellOf(row, ctx, field));
    if (date === null) continue;
    if (date.ok) {
      values[field] = date.date;
      if (date.warning)
        warnings.push({ code: date.warning.code, message: `${LABELS[field]}：${date.warning.message}` });
    } else reasons.push({ code: `${field}.${date.code}`, message: `${LABELS[field]}：${date.message}` });
  }

  for (const field of TEXT_FIELDS) {
    const typed = textOf(row, ctx, field);
    if (typed !== '') values[field] = typed;
  }

  for (const [field, label] of LONG_NUMBERS) {
    const long = readLongNumberCell(cellOf(row, ctx, field), label);
    if (long === null) continue;
    if (long.ok) values[field] = long.text;
    else reasons.push({ code: `${field}.${long.code}`, message: long.message });
  }

  readDifficulty(cellOf(row, ctx, 'difficulty'), cellOf(row, ctx, 'difficultyOn'), values, ctx.memo, reasons, warnings);
  const idNumberMasked = id ? maskIdNumber(id.idNumber) : '';
  return { row: row.number, name, id, idNumberMasked, values, reasons, warnings, unknownVillage };
}

/** Sex and birth date are read from the ID number; a column that disagrees is reported, never used. */
function checkAgainstId(sexCell: Cell, birthCell: Cell, id: ParsedId, memo: RowMemo, warnings: ImportReason[]): void {
  const warn = (code: string, message: string) => warnings.push({ code, message });
  const sexText = normaliseText(cellText(sexCell));
  if (sexText !== '') {
    const sex = memo.code('sex', sexText);
    const idSex = codeLabel(SEX, id.sex) ?? id.sex;
    if (sex === null) warn('sex.unknown', `性别“${sexText}”无法识别，已按身份证号码记为${idSex}`);
    else if (sex !== id.sex)
      warn('sex.contradicts_id', `性别填的是“${sexText}”，与身份证号码不符，已按身份证号码记为${idSex}`);
  }
  if (isBlankCell(birthCell)) return;
  const birth = memo.date(birthCell, { allowYearMonth: true });
  if (birth === null) return;
  if (!birth.ok) {
    warn('birthDate.bad', `出生日期无法识别（${birth.message}），已按身份证号码记为 ${id.birthDate}`);
    return;
  }
  // 出生年月 columns hold only a month: compare as far as the column goes
  const compared = birth.warning?.code === 'date.year_month' ? 7 : 10;
  if (birth.date.slice(0, compared) !== id.birthDate.slice(0, compared)) {
    warn(
      'birthDate.contradicts_id',
      `出生日期填的是 ${birth.date.slice(0, compared)}，与身份证号码不符，已按身份证号码记为 ${id.birthDate}`,
    );
  }
}

function readDifficulty(
  codesCell: Cell,
  dateCell: Cell,
  values: RowValues,
  memo: RowMemo,
  reasons: ImportReason[],
  warnings: ImportReason[],
): void {
  const refuse = (code: string, message: string) => reasons.push({ code, message });
  const warn = (code: string, message: string) => warnings.push({ code, message });
  const typed = normaliseText(cellText(codesCell));
  if (typed === '' && isBlankCell(dateCell)) return;
  const date = memo.date(dateCell);
  if (typed === '') {
    if (date !== null) warn('difficultyOn.without_category', '填了认定日期但没有就业困难人员类别，认定日期未导入');
    return;
  }
  const { codes, unknown } = difficultyLabelsToCodes(typed);
  if (unknown.length > 0) {
    refuse('difficulty.unknown', `就业困难人员类别“${unknown.join('、')}”不是本程序的类别名称，请改为标准写法`);
  }
  if (date === null) refuse('difficultyOn.missing', '有就业困难人员类别但没有认定日期');
  else if (!date.ok) refuse(`difficultyOn.${date.code}`, `认定日期：${date.message}`);
  else values.difficultyOn = date.date;
  if (codes.length > 0) values.difficulty = codes;
}
