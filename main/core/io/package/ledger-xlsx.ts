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
import { XlsxWriter, type XlsxColumn } from './xlsx-writer';

// ledger.xlsx: the same rows for people to read (section 4): one header row of Chinese labels, labels instead of
// codes, ID numbers as text cells. Streamed sheet by sheet in the package's order (xlsx-writer.ts).

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

function label(labels: Record<string, CodeTable>, field: string, value: string | null): string {
  if (value === null || value === '') return '';
  if (field === 'difficulty')
    return value
      .split(';')
      .map((code) => codeLabel(DIFFICULTY, code) ?? code)
      .join('、');
  const table = labels[field];
  return table ? (codeLabel(table, value) ?? value) : value;
}

/** Column width in characters: the header's (a CJK character counts two), wider for ID numbers and timestamps. */
function width(field: FieldSpec): number {
  const header = [...field.label].reduce((sum, char) => sum + (char.charCodeAt(0) > 0xff ? 2 : 1), 0);
  const wide = /id_number|disability_cert|updated_at|address|content|employer/.test(field.code) ? 22 : 10;
  return Math.max(header + 2, wide);
}

export type LedgerSheet = { add(row: Row): void; done(): void };

export class LedgerWriter {
  private readonly workbook: XlsxWriter;

  /** `dir`: a scratch folder for the sheets while they are written. */
  constructor(dir: string) {
    this.workbook = new XlsxWriter(dir);
  }

  /** Opens the next sheet; every cell is a string, so an ID number is a text cell and keeps all 18 characters. */
  sheet(name: string, fields: readonly FieldSpec[]): LedgerSheet {
    const columns: XlsxColumn[] = fields.map((field) => ({ header: field.label, width: width(field) }));
    const sheet = this.workbook.sheet(name, columns);
    const labels = LABELS[name] ?? {};
    const values = new Array<string>(fields.length);
    return {
      add: (row) => {
        for (let i = 0; i < fields.length; i++)
          values[i] = label(labels, fields[i]!.code, row[fields[i]!.code] ?? null);
        sheet.row(values);
      },
      done: () => sheet.close(),
    };
  }

  /** Zips the workbook into `file`; returns its SHA-256. */
  finish(file: string, modifiedMs: number, application: string): Promise<{ sha256: string }> {
    return this.workbook.finish(file, modifiedMs, application);
  }
}
