// The quarterly statistics report on A4 portrait, as the station files it and sends it with the package: title with
// township and quarter, the 基本情况 paragraph, the indicator table, the by-village table, and the lines to sign.
// The sheet, its fonts, the page numbers and the hiding of the program on paper are the ledgers' (styles/print.css),
// so every printout of the station looks alike.
import { useEffect, useState } from 'react';
import { quarterLabel, todayInChina, type YearQuarter } from '@shared/domain/dates';
import { INDICATOR_NAMES } from '@shared/domain/indicators';
import { FormAlert } from '@renderer/components/FormAlert';
import type { Caller } from '@renderer/components/useCaller';
import type { Township } from '../areas';
import { SHORT_NAMES, VILLAGE_CODES, type QuarterStats } from './figures';
import '@renderer/styles/print.css';
import './statistics-print.css';

type PrintReportProps = { caller: Caller; period: YearQuarter; township: Township };

export function PrintReport({ caller, period, township }: PrintReportProps) {
  const [stats, setStats] = useState<QuarterStats | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    const load = async () => {
      const result = await caller('stats:quarter', period);
      if (!current) return;
      if (result.ok) setStats(result.value);
      else setError(result.error.message);
    };
    void load();
    return () => {
      current = false;
    };
  }, [caller, period]);

  const label = quarterLabel(period.year, period.quarter);
  const title = `${township.name}就业工作季度统计报告（${label}）`;
  const station = `${township.name}劳动保障站`;
  // the desktop app prints through its main process (system dialog); the browser prints the page itself
  const print = async () => {
    const result = await caller('print:page', { output: 'printer', fileName: title, landscape: false });
    if (!result.ok || result.value.mode === 'browser') window.print();
  };
  return (
    <div className="lg-print-root stats-print-page">
      <div className="stats-print-toolbar">
        <a className="btn" href={`#/statistics?year=${period.year}&quarter=${period.quarter}`}>
          ← 返回统计分析
        </a>
        <strong>季度统计报告</strong>
        <span className="muted">A4 纵向 · 打印后由填表人、审核人、负责人签字并加盖公章</span>
        <button type="button" className="btn btn-primary" disabled={!stats} onClick={() => void print()}>
          打印
        </button>
      </div>
      <FormAlert message={error ? `统计未能完成：${error}` : null} />
      {!stats && !error ? (
        <p className="muted" role="status">
          正在统计{label}的数字……
        </p>
      ) : null}
      {stats ? (
        <div className="lg-desk">
          <article className="lg-sheet lg-portrait stats-print" aria-label={title}>
            <header className="lg-title-block">
              <h1 className="lg-title">{title}</h1>
              <p className="lg-subtitle">
                统计期：{stats.period.start} 至 {stats.period.end}
              </p>
              <div className="lg-meta">
                <span>填报单位：{station}</span>
                <span>打印日期：{todayInChina(Date.now())}</span>
              </div>
            </header>
            <h2 className="lg-section">一、基本情况</h2>
            <p className="stats-print-paragraph">{stats.paragraph}</p>
            <h2 className="lg-section">二、主要指标</h2>
            <FigureTable stats={stats} />
            <h2 className="lg-section">三、分村（社区）统计</h2>
            <VillageSheetTable stats={stats} />
            <Signatures station={station} />
          </article>
        </div>
      ) : null}
    </div>
  );
}

/** Two figures a row (代码 指标 数值 twice), as on the county's statistics forms: the report then fits one A4 sheet. */
function FigureTable({ stats }: { stats: QuarterStats }) {
  const half = Math.ceil(stats.figures.length / 2);
  const rows = stats.figures.slice(0, half).map((left, index) => [left, stats.figures[half + index]] as const);
  return (
    <table className="lg-table stats-print-figures">
      <colgroup>
        <col className="code" />
        <col />
        <col className="value" />
        <col className="code" />
        <col />
        <col className="value" />
      </colgroup>
      <thead>
        <tr>
          <th>代码</th>
          <th>指标</th>
          <th>数值</th>
          <th>代码</th>
          <th>指标</th>
          <th>数值</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([left, right]) => (
          <tr key={left.code}>
            <td className="lg-center">{left.code}</td>
            <td>{left.name}</td>
            <td className="lg-right">{left.value}</td>
            <td className="lg-center">{right?.code}</td>
            <td>{right?.name}</td>
            <td className="lg-right">{right?.value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function VillageSheetTable({ stats }: { stats: QuarterStats }) {
  return (
    <table className="lg-table stats-print-villages">
      <colgroup>
        <col className="village" />
        {VILLAGE_CODES.map((code) => (
          <col key={code} />
        ))}
      </colgroup>
      <thead>
        <tr>
          <th>村（社区）</th>
          {VILLAGE_CODES.map((code) => (
            <th key={code} title={INDICATOR_NAMES[code]}>
              {SHORT_NAMES[code]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {stats.byVillage.map((row) => (
          <tr key={row.villageCode}>
            <td>{row.villageName}</td>
            {VILLAGE_CODES.map((code) => (
              <td key={code} className="lg-right">
                {row.values[code] ?? ''}
              </td>
            ))}
          </tr>
        ))}
        <tr className="lg-total">
          <td className="lg-center">合计</td>
          {VILLAGE_CODES.map((code) => (
            <td key={code} className="lg-right">
              {stats.figures.find((figure) => figure.code === code)?.value ?? ''}
            </td>
          ))}
        </tr>
      </tbody>
    </table>
  );
}

function Signatures({ station }: { station: string }) {
  const blank = <span className="lg-blank" aria-hidden="true" />;
  return (
    <footer className="lg-sign">
      <div className="lg-sign-lines">
        <p>
          <span>填表人：{blank}</span>
          <span>审核人：{blank}</span>
          <span>负责人：{blank}</span>
        </p>
        <p>
          填表日期：<span className="lg-date-blank">年</span>
          <span className="lg-date-blank lg-date-short">月</span>
          <span className="lg-date-blank lg-date-short">日</span>
        </p>
      </div>
      <div className="lg-seal">
        <div className="lg-seal-ring" aria-label="盖章处">
          盖章处
        </div>
        <div className="lg-seal-name">{station}（盖章）</div>
      </div>
    </footer>
  );
}
