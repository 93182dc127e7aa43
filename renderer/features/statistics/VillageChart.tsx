// One figure across the villages as bars; a bar opens that village's names, like the number in the table below.
import { useMemo, useState } from 'react';
import { INDICATOR_NAMES } from '@shared/domain/indicators';
import { EChart, type ChartOption } from './EChart';
import { VILLAGE_CHART_CODES, isZero, type Drill, type VillageRow } from './figures';

type VillageChartProps = { rows: readonly VillageRow[]; onDrill: (drill: Drill) => void };

export function VillageChart({ rows, onDrill }: VillageChartProps) {
  const [code, setCode] = useState(VILLAGE_CHART_CODES[0]!);
  const name = INDICATOR_NAMES[code];
  const option = useMemo<ChartOption>(
    () => ({
      tooltip: { trigger: 'axis' },
      grid: { left: 48, right: 16, top: 16, bottom: 56 },
      xAxis: {
        type: 'category',
        data: rows.map((row) => row.villageName),
        axisLabel: { interval: 0, rotate: rows.length > 10 ? 30 : 0 },
      },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ name, type: 'bar', barMaxWidth: 28, data: rows.map((row) => Number(row.values[code] ?? 0)) }],
    }),
    [rows, code, name],
  );
  const open = (index: number) => {
    const row = rows[index];
    const value = row?.values[code] ?? '0';
    if (row && !isZero(value)) {
      onDrill({ code, name, value, villageCode: row.villageCode, villageName: row.villageName });
    }
  };
  return (
    <div className="village-chart">
      <div className="village-chart-head">
        <label htmlFor="village-chart-code">图中显示</label>
        <select
          id="village-chart-code"
          className="input"
          value={code}
          onChange={(event) => setCode(event.target.value as typeof code)}
        >
          {VILLAGE_CHART_CODES.map((option) => (
            <option key={option} value={option}>
              {INDICATOR_NAMES[option]}
            </option>
          ))}
        </select>
        <span className="muted">点击柱子可查看该村（社区）的名单</span>
      </div>
      <EChart option={option} height={280} label={`各村（社区）${name}柱状图`} onItemClick={open} />
    </div>
  );
}
