// One row of the file → the values it gives each field, with the reasons to refuse it and the warnings, before the
// database is consulted. Nothing is guessed: a value that cannot be read exactly refuses the row (an unknown label
// included), except sex and birth date, which the ID number decides and which only raise a warning.
import { labelToCode, difficultyLabelsToCodes } from '@shared/codes/label-to-code';
import { codeLabel, SEX, type CodeTableName, type DifficultyCode } from '@shared/codes/index';
import type { ImportField, ImportReason } from '@shared/contract/imports';
import type { IsoDate } from '@shared/domain/dates';
import type { ParsedId } from '@shared/domain/id-number';
import { parsePhone } from '@shared/domain/phone';
import { normaliseText } from '@shared/domain/text-normalise';
import { cellText, isBlankCell, type Cell, type SheetRow } from '@core/io/import/cells';
import { readDateCell, readIdCell, readLongNumberCell } from '@core/io/import/cell-values';
import type { VillageResolver } from './villages';

/** Text fields of the person form the file can fill, with their form names. */
export const TEXT_FIELDS = ['address', 'unemploymentReason', 'jobWish', 'trainingWish', 'skills', 'notes'] as const;
const CODE_FIELDS = { ethnicity: 'ethnicity', education: 'education', hukouType: 'hukouType' } as const;
const DATE_FIELDS = ['registeredOn', 'lastContactOn'] as const;

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
  values: RowValues;
  reasons: ImportReason[];
  warnings: ImportReason[];
  unknownVillage: string | null;
};

export type RowContext = {
  today: IsoDate;
  columns: ReadonlyMap<ImportField, number>;
  village: VillageResolver;
};

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

export function readRow(row: SheetRow, ctx: RowContext): RowReading {
  const cell = (field: ImportField): Cell => {
    const column = ctx.columns.get(field);
    return column === undefined ? null : (row.cells[column] ?? null);
  };
  const text = (field: ImportField): string => normaliseText(cellText(cell(field)));
  const reasons: ImportReason[] = [];
  const warnings: ImportReason[] = [];
  const values: RowValues = {};
  const refuse = (code: string, message: string) => reasons.push({ code, message });
  const warn = (code: string, message: string) => warnings.push({ code, message });

  const name = normaliseName(cellText(cell('name')));
  if (name === '') refuse('name.missing', '姓名为空');
  else values.name = name;

  const idResult = readIdCell(cell('idNumber'), ctx.today);
  let id: ParsedId | null = null;
  if (idResult === null) refuse('id.missing', '身份证号码为空');
  else if (!idResult.ok) refuse(`id.${idResult.reason.toLowerCase()}`, idResult.message);
  else {
    id = idResult.value;
    if (id.upgradedFrom15) {
      warn('id.upgraded_15', `15 位旧身份证号码 ${id.upgradedFrom15} 已按国家标准升为 18 位 ${id.idNumber}`);
    } else if (id.idNumber.endsWith('000') && typeof cell('idNumber') === 'string') {
      warn('id.trailing_zeros', '身份证号码末三位是 000，可能是 Excel 把号码当数字保存后丢失了末几位，请与原件核对');
    }
  }

  if (id) checkAgainstId(cell('sex'), cell('birthDate'), id, warn);

  for (const [field, table] of Object.entries(CODE_FIELDS) as [keyof typeof CODE_FIELDS, CodeTableName][]) {
    const typed = text(field);
    if (typed === '') continue;
    const code = labelToCode(table, typed);
    if (code === null) refuse(`${field}.unknown`, `${LABELS[field]}“${typed}”不是标准名称，请改为标准写法`);
    else values[field] = code;
  }

  const villageText = text('village');
  let unknownVillage: string | null = null;
  const village = ctx.village(villageText);
  if (village && 'code' in village) values.villageCode = village.code;
  else if (village) {
    unknownVillage = village.unknown;
    refuse('village.unknown', `村（社区）“${village.unknown}”不是本乡镇的村（社区），请在“村名对照”中指定`);
  }

  const phoneCell = cell('phone');
  if (!isBlankCell(phoneCell)) {
    const phone = parsePhone(cellText(phoneCell));
    if (phone.ok) values.phone = phone.value;
    else refuse('phone.bad', phone.message);
  }

  for (const field of DATE_FIELDS) {
    const date = readDateCell(cell(field));
    if (date === null) continue;
    if (date.ok) {
      values[field] = date.date;
      if (date.warning) warn(date.warning.code, `${LABELS[field]}：${date.warning.message}`);
    } else refuse(`${field}.${date.code}`, `${LABELS[field]}：${date.message}`);
  }

  for (const field of TEXT_FIELDS) {
    const typed = text(field);
    if (typed !== '') values[field] = typed;
  }

  for (const [field, label] of [
    ['employmentCardNo', '就业创业证号'],
    ['disabilityCert', '残疾人证号'],
  ] as const) {
    const long = readLongNumberCell(cell(field), label);
    if (long === null) continue;
    if (long.ok) values[field] = long.text;
    else refuse(`${field}.${long.code}`, long.message);
  }

  readDifficulty(cell('difficulty'), cell('difficultyOn'), values, refuse, warn);
  return { row: row.number, name, id, values, reasons, warnings, unknownVillage };
}

type Note = (code: string, message: string) => void;

/** Sex and birth date are read from the ID number; a column that disagrees is reported, never used. */
function checkAgainstId(sexCell: Cell, birthCell: Cell, id: ParsedId, warn: Note): void {
  const sexText = normaliseText(cellText(sexCell));
  if (sexText !== '') {
    const sex = labelToCode('sex', sexText);
    const idSex = codeLabel(SEX, id.sex) ?? id.sex;
    if (sex === null) warn('sex.unknown', `性别“${sexText}”无法识别，已按身份证号码记为${idSex}`);
    else if (sex !== id.sex)
      warn('sex.contradicts_id', `性别填的是“${sexText}”，与身份证号码不符，已按身份证号码记为${idSex}`);
  }
  const birth = readDateCell(birthCell, { allowYearMonth: true });
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

function readDifficulty(codesCell: Cell, dateCell: Cell, values: RowValues, refuse: Note, warn: Note): void {
  const typed = normaliseText(cellText(codesCell));
  const date = readDateCell(dateCell);
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
