import { parse } from 'csv-parse/sync';
import type { Village } from '@shared/domain/region-codes';
import { decodeChineseText } from './decode-text';

/**
 * A villages file `code,name` (a header line is optional, tabs accepted as from a paste). Only the shape is checked
 * here; codes are checked against the township by the contract like every other input.
 */
export function parseVillagesCsv(bytes: Uint8Array): { villages: Village[]; problems: string[] } {
  const { text } = decodeChineseText(bytes);
  const delimiter = text.includes('\t') && !text.includes(',') ? '\t' : ',';
  const rows: string[][] = parse(text, { delimiter, relax_column_count: true, skip_empty_lines: true, trim: true });
  const villages: Village[] = [];
  const problems: string[] = [];
  rows.forEach((row, index) => {
    const [code = '', name = ''] = row;
    if (index === 0 && !/\d/.test(code)) return; // header such as 代码,名称
    if (row.every((cell) => cell === '')) return;
    if (code === '' || name === '') {
      problems.push(`第 ${index + 1} 行：应为“代码,名称”两列`);
      return;
    }
    villages.push({ code, name });
  });
  return { villages, problems };
}
