import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CODE_TABLES,
  codeLabel,
  codesOf,
  DIFFICULTY,
  EDUCATION,
  ETHNICITY,
  HOUSEHOLD_STAGE,
  householdStatusForStage,
  isCode,
  SEX,
  type CodeTableName,
} from '@shared/codes';

// The CSV files that come with the exchange format; they sit beside the repository on the lead's machine.
const CSV_DIR = new URL('../../../shared/codes/', import.meta.url);
const CSV_FILES: Partial<Record<CodeTableName, string>> = {
  sex: 'sex.csv',
  ethnicity: 'ethnicity.csv',
  education: 'education.csv',
  hukouType: 'hukou_type.csv',
  difficulty: 'difficulty.csv',
  relation: 'relation.csv',
  employmentType: 'employment_type.csv',
  cancelReason: 'cancel_reason.csv',
  assistanceType: 'assistance_type.csv',
  disabilityCategory: 'disability_category.csv',
  disabilityGrade: 'disability_grade.csv',
};

describe('code tables', () => {
  it('have unique, non-empty codes and labels', () => {
    for (const [name, table] of Object.entries(CODE_TABLES)) {
      const codes: string[] = table.map((entry) => entry.code);
      const names: string[] = table.map((entry) => entry.name);
      expect(new Set(codes).size, name).toBe(codes.length);
      expect(new Set(names).size, name).toBe(names.length);
      expect(codes.every((code) => code !== '') && names.every((label) => label !== ''), name).toBe(true);
    }
  });

  it('carry the format tables of section 5', () => {
    expect(ETHNICITY).toHaveLength(58);
    expect(codesOf(EDUCATION)).toEqual(['10', '20', '30', '40', '60', '70', '80', '90']);
    expect(codesOf(DIFFICULTY)).toEqual(['01', '02', '03', '04', '05', '06', '07', '08', '09']);
    expect(codeLabel(ETHNICITY, '56')).toBe('基诺族');
    expect(codeLabel(CODE_TABLES.relation, '02')).toBe('户主');
  });

  it.skipIf(!existsSync(new URL('sex.csv', CSV_DIR)))('equal the CSV files of the format', () => {
    for (const [name, file] of Object.entries(CSV_FILES)) {
      const lines = readFileSync(new URL(file, CSV_DIR), 'utf8')
        .replace(/^\ufeff/, '')
        .trim()
        .split(/\r?\n/);
      expect(lines[0]).toBe('code,name');
      const rows = lines.slice(1).map((line) => {
        const [code, label] = line.split(',');
        return { code, name: label };
      });
      expect([...CODE_TABLES[name as CodeTableName]], file).toEqual(rows);
    }
  });

  it('looks codes up', () => {
    expect(codeLabel(SEX, '1')).toBe('男');
    expect(codeLabel(SEX, '3')).toBeNull();
    expect(codeLabel(SEX, null)).toBeNull();
    expect(isCode(SEX, '2')).toBe(true);
    expect(isCode(SEX, 2)).toBe(false);
    expect(isCode(EDUCATION, '50')).toBe(false);
  });

  it('maps household stages to the reported status', () => {
    expect(HOUSEHOLD_STAGE.map((stage) => householdStatusForStage(stage.code))).toEqual([
      null,
      null,
      '1',
      '2',
      '3',
      '4',
    ]);
  });
});
