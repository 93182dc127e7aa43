import ExcelJS from 'exceljs';
import {
  ASSISTANCE_RESULT,
  ASSISTANCE_TYPE,
  CANCEL_REASON,
  DIFFICULTY,
  DISABILITY_CATEGORY,
  DISABILITY_GRADE,
  EDUCATION,
  EMPLOYMENT_TYPE,
  ETHNICITY,
  HOUSEHOLD_STATUS,
  HUKOU_TYPE,
  LABOUR_CAPACITY,
  PERSON_STATUS,
  RELATION,
  SEX,
  codeLabel,
  type CodeTable,
} from '@shared/codes/index';
import type { FieldSpec, Row } from './fields';

// ledger.xlsx: the same rows for people to read (section 4): one header row of Chinese labels, labels instead of
// codes, ID numbers as text cells. Streamed sheet by sheet in the package's order with exceljs's WorkbookWriter.

const CHANGE: CodeTable = [
  { code: 'A', name: '新增' },
  { code: 'U', name: '变更' },
  { code: 'N', name: '无变化' },
  { code: 'D', name: '删除' },
];
const YES_NO: CodeTable = [
  { code: '1', name: '是' },
  { code: '0', name: '否' },
];

const LABELS: Record<string, Record<string, CodeTable>> = {
  人员: {
    sex: SEX,
    ethnicity: ETHNICITY,
    education: EDUCATION,
    hukou_type: HUKOU_TYPE,
    status: PERSON_STATUS,
    employment_type: EMPLOYMENT_TYPE,
    cancel_reason: CANCEL_REASON,
    disability_category: DISABILITY_CATEGORY,
    disability_grade: DISABILITY_GRADE,
    change: CHANGE,
  },
  零就业家庭: { status: HOUSEHOLD_STATUS, change: CHANGE },
  家庭成员: {
    relation: RELATION,
    working_age: YES_NO,
    labour_capacity: LABOUR_CAPACITY,
    employed: YES_NO,
    change: CHANGE,
  },
  援助记录: { type: ASSISTANCE_TYPE, result: ASSISTANCE_RESULT },
  指标: {},
};

function label(sheet: string, field: string, value: string | null): string {
  if (value === null || value === '') return '';
  if (field === 'difficulty')
    return value
      .split(';')
      .map((code) => codeLabel(DIFFICULTY, code) ?? code)
      .join('、');
  const table = LABELS[sheet]?.[field];
  return table ? (codeLabel(table, value) ?? value) : value;
}

export type LedgerSheet = { add(row: Row): void; done(): void };

export class LedgerWriter {
  private readonly workbook: ExcelJS.stream.xlsx.WorkbookWriter;

  constructor(file: string) {
    this.workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
      filename: file,
      useSharedStrings: false,
      useStyles: false,
    });
  }

  /** Opens the next sheet; every cell is a string, so an ID number is a text cell and keeps all 18 characters. */
  sheet(name: string, fields: readonly FieldSpec[]): LedgerSheet {
    const worksheet = this.workbook.addWorksheet(name);
    worksheet.addRow(fields.map((field) => field.label)).commit();
    return {
      add: (row) => worksheet.addRow(fields.map((field) => label(name, field.code, row[field.code] ?? null))).commit(),
      done: () => worksheet.commit(),
    };
  }

  async finish(): Promise<void> {
    await this.workbook.commit();
  }
}
