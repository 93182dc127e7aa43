// The statistics screen of one quarter. The indicator table comes first and alone (it is what the clerk came for);
// the charts load after it, in their own chunk, so a slow trend never holds the numbers back.
import { lazy, Suspense, useEffect, useState } from 'react';
import { quarterLabel, type YearQuarter } from '@shared/domain/dates';
import { bytesFromBase64, downloadBlob } from '@renderer/components/download';
import { FormAlert } from '@renderer/components/FormAlert';
import { QuarterSelect, currentQuarter } from '@renderer/components/QuarterSelect';
import type { Caller } from '@renderer/components/useCaller';
import type { Township } from '../areas';
import { downloadIndicatorsCsv, downloadVillagesCsv } from './csv';
import type { Drill, QuarterStats } from './figures';
import { IndicatorTable } from './IndicatorTable';
import { ParagraphBox } from './ParagraphBox';
import { RecordsDialog } from './RecordsDialog';
import { VillageTable } from './VillageTable';

const TrendPanel = lazy(() => import('./TrendPanel').then((module) => ({ default: module.TrendPanel })));
const VillageChart = lazy(() => import('./VillageChart').then((module) => ({ default: module.VillageChart })));

type StatisticsPageProps = { caller: Caller; initial: YearQuarter; township: Township };
type Loaded = { period: YearQuarter; stats: QuarterStats } | { period: YearQuarter; error: string };

const samePeriod = (a: YearQuarter, b: YearQuarter) => a.year === b.year && a.quarter === b.quarter;

export function StatisticsPage({ caller, initial, township }: StatisticsPageProps) {
  const [period, setPeriod] = useState(initial);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [drill, setDrill] = useState<Drill | null>(null);

  useEffect(() => {
    let current = true;
    // Back from a record returns to this quarter; no new history entry for each choice
    window.history.replaceState(window.history.state, '', `#/statistics?year=${period.year}&quarter=${period.quarter}`);
    const load = async () => {
      const result = await caller('stats:quarter', period);
      if (!current) return;
      setLoaded(result.ok ? { period, stats: result.value } : { period, error: result.error.message });
    };
    void load();
    return () => {
      current = false;
    };
  }, [caller, period]);

  const now = currentQuarter();
  const running = samePeriod(period, now);
  const ready = loaded && samePeriod(loaded.period, period) ? loaded : null;
  const stats = ready && 'stats' in ready ? ready.stats : null;
  const printHref = `#/statistics/print?year=${period.year}&quarter=${period.quarter}`;
  const [xlsxError, setXlsxError] = useState<string | null>(null);
  const downloadXlsx = async () => {
    const result = await caller('stats:xlsx', period);
    if (!result.ok) return setXlsxError(result.error.message);
    setXlsxError(null);
    const type = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    downloadBlob(new Blob([bytesFromBase64(result.value.base64)], { type }), result.value.fileName);
  };

  return (
    <>
      <section className="card stats-head" aria-labelledby="stats-title">
        <div className="stats-toolbar">
          <h1 id="stats-title" className="page-title">
            统计分析
          </h1>
          <QuarterSelect id="stats-quarter" label="统计季度" value={period} latest={now} onChange={setPeriod} />
          <span className="spacer" />
          <a className="btn" href={printHref}>
            打印报告
          </a>
          <button type="button" className="btn" disabled={!stats} onClick={() => void downloadXlsx()}>
            导出报告（Excel）
          </button>
          <button
            type="button"
            className="btn"
            disabled={!stats}
            onClick={() => stats && downloadIndicatorsCsv(township.name, period, stats)}
          >
            导出指标表（CSV）
          </button>
          <button
            type="button"
            className="btn"
            disabled={!stats}
            onClick={() => stats && downloadVillagesCsv(township.name, period, stats)}
          >
            导出分村统计（CSV）
          </button>
        </div>
        <p className="muted stats-note">
          {stats
            ? `${stats.period.label}（${stats.period.start} 至 ${stats.period.end}）`
            : quarterLabel(period.year, period.quarter)}
          {running ? '。本季度尚未结束，数字为截至目前的情况' : '。数字为季度最后一天 24:00 的情况'}
          ，与季度报送包的指标算法相同。点击数字可查看对应的名单。
        </p>
      </section>
      {ready && 'error' in ready ? <FormAlert message={`统计未能完成：${ready.error}`} /> : null}
      {xlsxError ? <FormAlert message={`导出失败：${xlsxError}`} /> : null}
      {!ready ? (
        <p className="card section muted" role="status">
          正在统计{quarterLabel(period.year, period.quarter)}的数字……
        </p>
      ) : null}
      {stats ? (
        <>
          <div className="stats-grid">
            <section className="card stats-figures" aria-labelledby="stats-figures-title">
              <h2 id="stats-figures-title">主要指标</h2>
              <IndicatorTable figures={stats.figures} onDrill={setDrill} />
            </section>
            <div className="stats-side">
              <ParagraphBox paragraph={stats.paragraph} />
              <Suspense fallback={<p className="card muted">正在载入图表……</p>}>
                <TrendPanel caller={caller} period={period} />
              </Suspense>
            </div>
          </div>
          <section className="card section" aria-labelledby="stats-villages-title">
            <h2 id="stats-villages-title">分村（社区）统计</h2>
            <Suspense fallback={<p className="muted">正在载入图表……</p>}>
              <VillageChart rows={stats.byVillage} onDrill={setDrill} />
            </Suspense>
            <VillageTable rows={stats.byVillage} figures={stats.figures} onDrill={setDrill} />
          </section>
        </>
      ) : null}
      {drill ? <RecordsDialog caller={caller} period={period} drill={drill} onClose={() => setDrill(null)} /> : null}
    </>
  );
}
