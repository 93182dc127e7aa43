import ExcelJS from 'exceljs';
import type { ChannelArgs, ChannelOutput } from '@shared/contract';
import type { Store } from '../../context';
import { getTownship } from '../township';
import { quarterStats } from './stats';

/**
 * The quarterly report as .xlsx for the county's report drafts: the 基本情况 paragraph, the indicators and the split by
 * village, from the same figures as the screen and the package.
 */
export async function statsWorkbook(
  store: Store,
  input: ChannelArgs<'stats:xlsx'>,
): Promise<ChannelOutput<'stats:xlsx'>> {
  const stats = quarterStats(store, input);
  const township = getTownship(store)!;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '劳动保障站实名制台账';

  const summary = workbook.addWorksheet('基本情况');
  summary.getColumn(1).width = 110;
  summary.addRow([`${township.name}就业工作季度统计报告（${stats.period.label}）`]).font = { bold: true, size: 14 };
  summary.addRow([`统计期：${stats.period.start} 至 ${stats.period.end}`]);
  const paragraph = summary.addRow([stats.paragraph]);
  paragraph.alignment = { wrapText: true, vertical: 'top' };
  paragraph.height = 90;

  const figures = workbook.addWorksheet('主要指标');
  figures.columns = [
    { header: '代码', key: 'code', width: 8 },
    { header: '指标', key: 'name', width: 36 },
    { header: '数值', key: 'value', width: 14 },
  ];
  for (const figure of stats.figures) figures.addRow({ ...figure, value: Number(figure.value) });
  figures.getRow(1).font = { bold: true };

  const villages = workbook.addWorksheet('分村统计');
  villages.columns = [
    { header: '村（社区）代码', key: 'code', width: 16 },
    { header: '村（社区）', key: 'name', width: 14 },
    ...stats.figures.map((figure) => ({ header: figure.name, key: figure.code, width: 12 })),
  ];
  for (const village of stats.byVillage) {
    // the code as text: Excel would show a 12-digit number in scientific notation
    const row = villages.addRow({ code: village.villageCode, name: village.villageName });
    for (const figure of stats.figures) row.getCell(figure.code).value = Number(village.values[figure.code] ?? 0);
  }
  villages.getRow(1).font = { bold: true };
  villages.getRow(1).alignment = { wrapText: true };

  const buffer = await workbook.xlsx.writeBuffer();
  return {
    fileName: `${township.name}就业工作季度统计报告_${input.year}Q${input.quarter}.xlsx`,
    base64: Buffer.from(buffer).toString('base64'),
  };
}
