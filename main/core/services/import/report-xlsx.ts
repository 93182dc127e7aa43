// The import report as a workbook the clerk can keep with the original file: one line per data row (Excel row
// number, outcome, name, masked ID number, reasons, warnings) and the counts.
import ExcelJS from 'exceljs';
import { IMPORT_OUTCOME_LABELS, type ImportReport } from '@shared/contract';

const COLUMNS = [
  { header: '行号', key: 'row', width: 8 },
  { header: '结果', key: 'outcome', width: 18 },
  { header: '姓名', key: 'name', width: 12 },
  { header: '身份证号码', key: 'id', width: 22 },
  { header: '拒绝原因', key: 'reasons', width: 60 },
  { header: '提示', key: 'warnings', width: 60 },
  { header: '补充或覆盖的字段', key: 'fields', width: 30 },
] as const;

const REFUSED_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFDE2E1' } };

export async function reportWorkbook(fileName: string, report: ImportReport): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '劳动保障站实名制台账';
  const sheet = workbook.addWorksheet('导入结果', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = COLUMNS.map((column) => ({ ...column }));
  sheet.getRow(1).font = { bold: true };
  for (const line of report.lines) {
    const row = sheet.addRow({
      row: line.row,
      outcome: IMPORT_OUTCOME_LABELS[line.outcome],
      name: line.name,
      id: line.idNumberMasked,
      reasons: line.reasons.map((reason) => reason.message).join('；'),
      warnings: line.warnings.map((warning) => warning.message).join('；'),
      fields: line.fields.join('、'),
    });
    row.alignment = { wrapText: true, vertical: 'top' };
    if (line.outcome === 'refused') row.getCell('outcome').fill = REFUSED_FILL;
  }
  sheet.autoFilter = { from: 'A1', to: 'G1' };

  const summary = workbook.addWorksheet('汇总');
  summary.columns = [
    { header: '项目', key: 'label', width: 24 },
    { header: '数量', key: 'count', width: 12 },
  ];
  summary.getRow(1).font = { bold: true };
  summary.addRows([
    { label: '文件', count: fileName },
    { label: '数据行', count: report.rows },
    { label: IMPORT_OUTCOME_LABELS.new, count: report.new },
    { label: IMPORT_OUTCOME_LABELS.update, count: report.update },
    { label: IMPORT_OUTCOME_LABELS.unchanged, count: report.unchanged },
    { label: IMPORT_OUTCOME_LABELS.refused, count: report.refused },
    { label: '有提示的行', count: report.warnings },
    { label: '跳过的行（空行、合计、注释、签字栏）', count: report.skipped },
  ]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** 台账.xlsx → 台账-导入报告.xlsx */
export function reportFileName(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '') || '导入';
  return `${base}-导入报告.xlsx`;
}
