// 统计分析 (/statistics): the quarter's figures with the records behind each number, charts, the 基本情况 paragraph,
// and /statistics/print?year=&quarter=, the A4 report to print, sign and file.
import { currentQuarter, quarterFromQuery } from '@renderer/components/QuarterSelect';
import { useCaller } from '@renderer/components/useCaller';
import type { AreaProps } from '../areas';
import { PrintReport } from './PrintReport';
import { StatisticsPage } from './StatisticsPage';
import './statistics.css';

export function StatisticsArea({ subPath, query, township, onSessionLost }: AreaProps) {
  const caller = useCaller(onSessionLost);
  const period = quarterFromQuery(query) ?? currentQuarter();
  if (subPath[0] === 'print') {
    // keyed so that another quarter in the address loads afresh
    return <PrintReport key={`${period.year}Q${period.quarter}`} caller={caller} period={period} township={township} />;
  }
  return <StatisticsPage caller={caller} initial={period} township={township} />;
}
