// Key figures over the last 8 quarters. Asked one quarter at a time, newest first: on a large township each past
// quarter takes seconds to rebuild from the history, and one call for all eight would hold every other request of
// the program (a drill-down, a search) back until it ends. The chart fills in from the right as they arrive.
import { useEffect, useMemo, useState } from 'react';
import { previousQuarters, quarterLabel, type YearQuarter } from '@shared/domain/dates';
import { INDICATOR_NAMES } from '@shared/domain/indicators';
import type { Caller } from '@renderer/components/useCaller';
import { EChart, type ChartOption } from './EChart';
import { SHORT_NAMES, TREND_SERIES } from './figures';

const QUARTERS = 8;
type Point = { period: YearQuarter; values: Record<string, string> | null };

function chartOption(points: readonly Point[]): ChartOption {
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 48, right: 16, top: 36, bottom: 48 },
    xAxis: { type: 'category', data: points.map(({ period }) => `${period.year}年\n${period.quarter}季度`) },
    yAxis: { type: 'value', minInterval: 1 },
    series: TREND_SERIES.map(({ code, type }) => ({
      name: SHORT_NAMES[code] ?? code,
      type,
      data: points.map((point) => (point.values ? Number(point.values[code] ?? 0) : null)),
      ...(type === 'line' ? { symbolSize: 7, connectNulls: false } : { barMaxWidth: 18 }),
    })),
  };
}

export function TrendPanel({ caller, period }: { caller: Caller; period: YearQuarter }) {
  const [points, setPoints] = useState<Point[]>([]);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    const periods = [...previousQuarters(period.year, period.quarter, QUARTERS - 1).reverse(), period];
    setPoints(periods.map((p) => ({ period: p, values: null })));
    setError(null);
    const load = async () => {
      for (let index = periods.length - 1; index >= 0; index -= 1) {
        const result = await caller('stats:trend', { ...periods[index]!, count: 1 });
        if (!current) return;
        if (!result.ok) {
          setError(result.error.message);
          return;
        }
        const values = result.value[0]?.values ?? {};
        setPoints((list) => list.map((point, at) => (at === index ? { ...point, values } : point)));
      }
    };
    void load();
    return () => {
      current = false;
    };
  }, [caller, period]);

  const option = useMemo(() => chartOption(points), [points]);
  const pending = points.filter((point) => point.values === null);
  const describe = TREND_SERIES.map(({ code }) => INDICATOR_NAMES[code]).join('、');
  return (
    <section className="card section stats-trend" aria-labelledby="stats-trend-title">
      <div className="stats-box-head">
        <h2 id="stats-trend-title">近 {QUARTERS} 个季度趋势</h2>
        <span className="muted" role="status">
          {error
            ? `趋势未能统计：${error}`
            : pending.length > 0
              ? `正在统计${quarterLabel(pending[pending.length - 1]!.period.year, pending[pending.length - 1]!.period.quarter)}……`
              : ''}
        </span>
      </div>
      <EChart option={option} height={260} label={`近 ${QUARTERS} 个季度的${describe}`} />
    </section>
  );
}
