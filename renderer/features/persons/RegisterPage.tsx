// A persons register (失业登记, 全部人员, 就业困难人员, 残疾人求职): quick search, filters, and the rows in an
// infinite grid that asks the server for one block at a time, so 100,000 persons open as fast as 100.
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { GridApi } from 'ag-grid-community';
import { FormAlert } from '@renderer/components/FormAlert';
import { InfiniteGrid, type InfiniteFetch } from '@renderer/components/InfiniteGrid';
import { hrefFor, navigate } from '@renderer/router';
import { PERSON_STATUS } from '@shared/codes/index';
import { REGISTER_LABELS, type PersonRow, type Register } from '@shared/contract';
import { personPath } from './format';
import { isSortField, registerColumns } from './registerColumns';
import { initialFilters, rememberFilters, type RegisterFilters } from './registerFilters';
import type { Caller } from '@renderer/components/useCaller';
import { useVillages } from './useVillages';

const SEARCH_DELAY_MS = 250;

type RegisterPageProps = {
  register: Register;
  caller: Caller;
  canWrite: boolean;
  /** Tabs of registers shown in the same area (人员登记: 失业登记 and 全部人员), with the path of each. */
  tabs?: { register: Register; path: string }[];
};

export function RegisterPage({ register, caller, canWrite, tabs }: RegisterPageProps) {
  const [filters, setFilters] = useState<RegisterFilters>(() => initialFilters(register));
  const [search, setSearch] = useState(filters.search);
  const [total, setTotal] = useState<{ n: number; search: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const gridApi = useRef<GridApi<PersonRow> | null>(null);
  const villages = useVillages(caller);
  const columns = useMemo(() => registerColumns(register), [register]);

  // The search box waits for a pause in typing, so `zs` asks the server once, not once per letter.
  useEffect(() => {
    const timer = window.setTimeout(() => setFilters((old) => ({ ...old, search: search.trim() })), SEARCH_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [search]);

  useEffect(() => rememberFilters(register, { ...filters, search }), [register, filters, search]);

  const fetchRows = useCallback<InfiniteFetch<PersonRow>>(
    async ({ offset, limit, sort }) => {
      const result = await caller('persons:list', {
        register,
        offset,
        limit,
        ...(filters.search ? { search: filters.search } : {}),
        ...(filters.villageCode ? { villageCode: filters.villageCode } : {}),
        ...(filters.status ? { status: filters.status } : {}),
        ...(filters.followUpDue ? { followUpDue: true } : {}),
        ...(sort && isSortField(sort.colId) ? { sort: { field: sort.colId, dir: sort.sort } } : {}),
      });
      if (!result.ok) {
        setError(result.error.message);
        return null;
      }
      setError(null);
      return result.value;
    },
    [caller, register, filters],
  );

  const onTotal = useCallback((n: number) => setTotal({ n, search: filters.search }), [filters.search]);
  const open = useCallback((row: PersonRow) => navigate(personPath(row.id)), []);

  // ↓ from the search box goes to the first row; from there the arrow keys move in the grid and Enter opens.
  const onSearchKey = (event: KeyboardEvent<HTMLInputElement>) => {
    const api = gridApi.current;
    if (event.key !== 'ArrowDown' || !api) return;
    event.preventDefault();
    api.ensureIndexVisible(0);
    api.setFocusedCell(0, 'name');
  };

  const change = (patch: Partial<RegisterFilters>) => setFilters((old) => ({ ...old, ...patch }));

  return (
    <section className="card ps-card" aria-labelledby="ps-register-title">
      <div className="ps-head">
        <h1 id="ps-register-title" className="page-title">
          {tabs ? '人员登记' : REGISTER_LABELS[register]}
        </h1>
        {tabs ? (
          <nav className="ps-tabs" aria-label="名册">
            {tabs.map((tab) => (
              <a
                key={tab.register}
                href={hrefFor(tab.path)}
                className="ps-tab"
                aria-current={tab.register === register ? 'page' : undefined}
              >
                {REGISTER_LABELS[tab.register]}
              </a>
            ))}
          </nav>
        ) : null}
        <span className="spacer" />
        {canWrite ? (
          <a className="btn btn-primary" href={hrefFor('/persons/new')}>
            登记新人员
          </a>
        ) : null}
      </div>
      <div className="ps-toolbar" role="search">
        <label className="ps-inline">
          <span>查找</span>
          <input
            className="input ps-search"
            type="search"
            autoFocus
            value={search}
            placeholder="姓名、拼音首字母或身份证号"
            aria-describedby="ps-search-hint"
            onChange={(event) => setSearch(event.target.value)}
            onKeyDown={onSearchKey}
          />
        </label>
        <span id="ps-search-hint" className="visually-hidden">
          可输入姓名、拼音首字母（如 zs 查张三）或身份证号的一部分；按向下键进入列表
        </span>
        <label className="ps-inline">
          <span>村（社区）</span>
          <select
            className="input"
            value={filters.villageCode}
            onChange={(event) => change({ villageCode: event.target.value })}
          >
            <option value="">全部</option>
            {villages.map((village) => (
              <option key={village.code} value={village.code}>
                {village.active ? village.name : `${village.name}（已停用）`}
              </option>
            ))}
          </select>
        </label>
        <label className="ps-inline">
          <span>状态</span>
          <select
            className="input"
            value={filters.status}
            onChange={(event) => change({ status: event.target.value as RegisterFilters['status'] })}
          >
            <option value="">全部状态</option>
            {PERSON_STATUS.map((status) => (
              <option key={status.code} value={status.code}>
                {status.name}
              </option>
            ))}
          </select>
        </label>
        <label className="ps-check">
          <input
            type="checkbox"
            checked={filters.followUpDue}
            onChange={(event) => change({ followUpDue: event.target.checked })}
          />
          只看需跟踪
        </label>
        <span className="ps-count" role="status" data-search={total?.search ?? ''}>
          {total === null ? '正在加载……' : `共 ${total.n.toLocaleString('zh-CN')} 人`}
        </span>
      </div>
      <FormAlert message={error} />
      <InfiniteGrid<PersonRow>
        label={`${REGISTER_LABELS[register]}名册`}
        columns={columns}
        fetchRows={fetchRows}
        rowId={(row) => String(row.id)}
        onRowOpen={open}
        onTotal={onTotal}
        onReady={(api) => (gridApi.current = api)}
        height="max(320px, calc(100vh - 250px))"
      />
      {total?.n === 0 ? (
        <p className="muted ps-empty">没有符合条件的人员。可以换个查找内容，或把筛选条件改为“全部”。</p>
      ) : null}
    </section>
  );
}
