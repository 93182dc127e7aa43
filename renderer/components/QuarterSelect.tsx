// Year and quarter as two drop-downs, as on the county's forms ("2026 年 第 3 季度"). Used by the package wizard and
// the statistics screen; both keep the choice in the address so Back from a record returns to the same quarter.
import './quarter-select.css';
import { quarterOf, todayInChina, type Quarter, type YearQuarter } from '@shared/domain/dates';

type QuarterSelectProps = {
  id: string;
  /** what the two drop-downs choose, read out for the group (e.g. 报送季度) */
  label: string;
  value: YearQuarter;
  onChange: (value: YearQuarter) => void;
  /** The latest quarter offered (default: the current one); later quarters have no data yet. */
  latest?: YearQuarter;
  disabled?: boolean;
};

/** The first year offered: the registers go back no further than the national 实名制 system. */
const FIRST_YEAR = 2018;
const QUARTERS: readonly Quarter[] = [1, 2, 3, 4];

/** The quarter the wall calendar in China is in now. */
export function currentQuarter(nowMs: number = Date.now()): YearQuarter {
  return quarterOf(todayInChina(nowMs));
}

/** A year and quarter read from the address (`?year=2026&quarter=3`), or null when missing or wrong. */
export function quarterFromQuery(query: URLSearchParams): YearQuarter | null {
  const year = Number(query.get('year'));
  const quarter = Number(query.get('quarter'));
  if (!Number.isInteger(year) || year < 2000 || year > 2100) return null;
  if (!QUARTERS.includes(quarter as Quarter)) return null;
  return { year, quarter: quarter as Quarter };
}

export function QuarterSelect({ id, label, value, onChange, latest = currentQuarter(), disabled }: QuarterSelectProps) {
  const years: number[] = [];
  for (let year = latest.year; year >= Math.min(FIRST_YEAR, value.year); year -= 1) years.push(year);
  const pickYear = (year: number) => {
    // moving to the latest year keeps the quarter only if it has begun
    const quarter = year === latest.year && value.quarter > latest.quarter ? latest.quarter : value.quarter;
    onChange({ year, quarter });
  };
  return (
    <div className="quarter-select" role="group" aria-label={label}>
      <select
        id={`${id}-year`}
        className="input"
        aria-label="年份"
        value={value.year}
        disabled={disabled}
        onChange={(event) => pickYear(Number(event.target.value))}
      >
        {years.map((year) => (
          <option key={year} value={year}>
            {year} 年
          </option>
        ))}
      </select>
      <select
        id={`${id}-quarter`}
        className="input"
        aria-label="季度"
        value={value.quarter}
        disabled={disabled}
        onChange={(event) => onChange({ year: value.year, quarter: Number(event.target.value) as Quarter })}
      >
        {QUARTERS.map((quarter) => (
          <option key={quarter} value={quarter} disabled={value.year === latest.year && quarter > latest.quarter}>
            第 {quarter} 季度
          </option>
        ))}
      </select>
    </div>
  );
}
