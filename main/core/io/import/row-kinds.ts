// Rows of a register that are not persons and are left out without complaint: blank rows (also rows with only a
// 序号 filled in, as templates come), 合计 rows, 注： and 说明 lines, the signature lines at the foot (填表人 / 审核人 /
// 负责人 …), and the header repeated on every printed page.
import type { ImportField } from '@shared/contract/imports';
import { removeBlanks } from '@shared/domain/text-normalise';
import { cellText, isBlankCell, type SheetRow } from './cells';
import { fieldForHeader } from './headers';

export type RowKind = 'data' | 'blank' | 'summary' | 'note' | 'signature' | 'header';

const SUMMARY = /^(合计|总计|小计|共计|累计)/;
const NOTE = /^(注|说明|备注|附注)\d*[:：.、]|^注$/;
const SIGNATURE =
  /^(填表人|填报人|制表人|审核人|审批人|复核人|负责人|单位负责人|站长|经办人|统计人|分管领导|主要领导|填表日期|填报日期|制表日期|审核日期|报送日期)|盖章|签字|签名/;

/**
 * `layout.fields`: field → column position; `layout.mapped`: those positions, listed once per sheet rather than once
 * per row (columnLayout).
 */
export function rowKind(
  row: SheetRow,
  layout: { readonly fields: ReadonlyMap<ImportField, number>; readonly mapped: readonly number[] },
): RowKind {
  const { fields: columns, mapped } = layout;
  if (mapped.every((c) => isBlankCell(row.cells[c]))) return 'blank';
  const idColumn = columns.get('idNumber');
  const idText = idColumn === undefined ? '' : removeBlanks(cellText(row.cells[idColumn] ?? null));
  // a row with something like a number in the ID column is a person, even a refused one
  if (/\d{6}/.test(idText)) return 'data';
  const nameColumn = columns.get('name');
  const nameText = nameColumn === undefined ? '' : removeBlanks(cellText(row.cells[nameColumn] ?? null));
  if (idColumn !== undefined && fieldForHeader(nameText) === 'name' && fieldForHeader(idText) === 'idNumber') {
    return 'header';
  }
  // a name in the name column makes it a person (refused for the missing ID), whatever the notes say
  if (/^[\u3400-\u9fff·A-Za-z]+$/.test(nameText) && !isMarker(nameText)) return 'data';
  const texts = row.cells.map((cell) => removeBlanks(cellText(cell))).filter((text) => text !== '');
  if (texts.some((text) => SUMMARY.test(text))) return 'summary';
  if (NOTE.test(texts[0] ?? '')) return 'note';
  if (texts.some((text) => SIGNATURE.test(text))) return 'signature';
  return 'data';
}

function isMarker(text: string): boolean {
  return SUMMARY.test(text) || NOTE.test(text) || SIGNATURE.test(text);
}
