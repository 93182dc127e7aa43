// 导出 for Excel: until the program can write .xlsx from the statistics screen, the two tables go out as CSV files
// that Excel and WPS open directly (UTF-8 with BOM).
import { formatQuarter, type YearQuarter } from '@shared/domain/dates';
import { csvBlob, downloadBlob, safeFileName } from '@renderer/components/download';
import { SHORT_NAMES, type QuarterStats } from './figures';

/**
 * A 12-digit village code would become 4.31025E+11 in Excel; written as ="431025100201" it stays text and shows
 * exactly as typed.
 */
const asText = (code: string) => (code === '' ? '' : `="${code}"`);

export function downloadIndicatorsCsv(township: string, period: YearQuarter, stats: QuarterStats): void {
  const rows = [['代码', '指标', '数值'], ...stats.figures.map((f) => [f.code, f.name, f.value])];
  const name = `${township}_${formatQuarter(period.year, period.quarter)}_主要指标.csv`;
  downloadBlob(csvBlob(rows), safeFileName(name));
}

export function downloadVillagesCsv(township: string, period: YearQuarter, stats: QuarterStats): void {
  const codes = stats.figures.map((f) => f.code);
  const header = ['村（社区）代码', '村（社区）', ...codes.map((code) => SHORT_NAMES[code] ?? code)];
  const rows = stats.byVillage.map((v) => [
    asText(v.villageCode),
    v.villageName,
    ...codes.map((c) => v.values[c] ?? ''),
  ]);
  const total = ['', '合计', ...stats.figures.map((f) => f.value)];
  const name = `${township}_${formatQuarter(period.year, period.quarter)}_分村统计.csv`;
  downloadBlob(csvBlob([header, ...rows, total]), safeFileName(name));
}
