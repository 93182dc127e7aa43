// 零就业家庭名册: every household with its stage and 动态清零 deadline; filters by stage and village, search by name or
// ID number. Double-click or Enter on a row opens the household.
import { useEffect, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { DataGrid } from '@renderer/components/DataGrid';
import { FormAlert } from '@renderer/components/FormAlert';
import { hrefFor, navigate } from '@renderer/router';
import { HOUSEHOLD_STAGE, isCode, type HouseholdStage } from '@shared/codes/index';
import type { HouseholdRow } from '@shared/contract';
import { householdPath } from './format';
import { REGISTER_COLUMNS } from './registerColumns';
import type { Caller } from './request';
import { useVillages } from './useVillages';

type Filters = { stage: HouseholdStage | ''; villageCode: string; search: string };

// Kept for the session so that coming back from a household shows the same filtered list, as a clerk expects.
let rememberedFilters: Filters = { stage: '', villageCode: '', search: '' };
const LIMIT = 1000;

/** The household id of the grid row an event came from (ag-grid marks rows with `row-id`, set from rowId below). */
function rowIdOf(target: EventTarget): number | null {
  const row = (target as HTMLElement).closest?.('[row-id]');
  const id = Number(row?.getAttribute('row-id'));
  return Number.isInteger(id) && id > 0 ? id : null;
}

export function HouseholdRegister({ caller }: { caller: Caller }) {
  const villages = useVillages(caller);
  const [filters, setFilters] = useState<Filters>(rememberedFilters);
  const [rows, setRows] = useState<HouseholdRow[] | null>(null);
  const [total, setTotal] = useState(0);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    rememberedFilters = filters;
    let current = true;
    // typing in the search box waits for a pause instead of asking the database on every keystroke
    const timer = window.setTimeout(() => {
      const load = async () => {
        const result = await caller('households:list', {
          stage: filters.stage || undefined,
          villageCode: filters.villageCode || undefined,
          search: filters.search.trim() || undefined,
          limit: LIMIT,
        });
        if (!current) return;
        if (result.ok) {
          setRows(result.value.rows);
          setTotal(result.value.total);
          setError(null);
        } else setError(result.error.message);
      };
      void load();
    }, 250);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [caller, filters]);

  const open = (target: EventTarget) => {
    const id = rowIdOf(target);
    if (id !== null) navigate(householdPath(id));
  };
  const onDoubleClick = (event: MouseEvent) => open(event.target);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter') open(event.target);
  };
  const set = (patch: Partial<Filters>) => setFilters((before) => ({ ...before, ...patch }));

  return (
    <section className="card hh-card" aria-labelledby="hh-register-title">
      <div className="hh-page-head">
        <h1 id="hh-register-title" className="page-title">
          零就业家庭名册
        </h1>
        <span className="spacer" />
        <a className="btn btn-primary" href={hrefFor('/zero-households/new')}>
          ＋ 新建申请
        </a>
      </div>
      <div className="hh-toolbar" role="search">
        <div className="field">
          <label htmlFor="hh-filter-stage">阶段</label>
          <select
            id="hh-filter-stage"
            className="input hh-select"
            value={filters.stage}
            onChange={(event) => set({ stage: isCode(HOUSEHOLD_STAGE, event.target.value) ? event.target.value : '' })}
          >
            <option value="">全部阶段</option>
            {HOUSEHOLD_STAGE.map((stage) => (
              <option key={stage.code} value={stage.code}>
                {stage.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="hh-filter-village">村（社区）</label>
          <select
            id="hh-filter-village"
            className="input hh-select"
            value={filters.villageCode}
            onChange={(event) => set({ villageCode: event.target.value })}
          >
            <option value="">全部村（社区）</option>
            {villages.map((village) => (
              <option key={village.code} value={village.code}>
                {village.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="hh-filter-search">查找</label>
          <input
            id="hh-filter-search"
            className="input"
            style={{ width: 280 }}
            type="search"
            placeholder="户主或成员姓名、户主身份证号"
            value={filters.search}
            onChange={(event) => set({ search: event.target.value })}
          />
        </div>
        <span className="hh-count" role="status">
          共 {total} 户{rows && total > rows.length ? `，显示前 ${rows.length} 户，请用筛选缩小范围` : ''}
        </span>
      </div>
      <FormAlert message={error} />
      <div className="hh-grid" onDoubleClick={onDoubleClick} onKeyDown={onKeyDown}>
        <DataGrid<HouseholdRow>
          label="零就业家庭名册"
          rows={rows}
          columns={REGISTER_COLUMNS}
          rowId={(row) => String(row.id)}
          height={500}
        />
      </div>
      <p className="muted" style={{ margin: '8px 0 0' }}>
        双击一行或选中后按回车，打开该家庭。
      </p>
    </section>
  );
}
