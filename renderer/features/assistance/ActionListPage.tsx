// 援助记录: every action of the township, newest first, filtered by village, type and date range, with the count and
// the money of what is shown. `?batch=` shows the actions of one 批量登记.
import { useEffect, useState } from 'react';
import { DataGrid } from '@renderer/components/DataGrid';
import { FormAlert } from '@renderer/components/FormAlert';
import { hrefFor } from '@renderer/router';
import { ASSISTANCE_TYPE, isCode } from '@shared/codes/index';
import { normaliseDate } from '@shared/domain/date-normalise';
import type { AssistanceRow, ChannelInput } from '@shared/contract';
import { ACTION_COLUMNS } from './columns';
import { yuanText } from './format';
import type { Caller } from './request';
import { useVillages, villageOptionLabel } from './useVillages';

/** More than a quarter of a large township; beyond it the clerk narrows the dates (the total still counts all). */
const MAX_ROWS = 3000;

type Filters = { villageCode: string; type: string; from: string; to: string };
type Listed = { rows: AssistanceRow[]; total: number; totalAmount: string };

/** A date box of the toolbar: typed like Excel (2026.7.1), applied once it reads as a date or is emptied. */
function DateFilter({ label, value, onApply }: { label: string; value: string; onApply: (date: string) => void }) {
  const [text, setText] = useState(value);
  const [bad, setBad] = useState(false);
  const settle = () => {
    if (text.trim() === '') {
      setBad(false);
      onApply('');
      return;
    }
    const parsed = normaliseDate(text);
    setBad(!parsed.ok);
    if (parsed.ok) {
      setText(parsed.date);
      onApply(parsed.date);
    }
  };
  return (
    <label className="as-inline">
      <span>{label}</span>
      <input
        className="input as-date"
        value={text}
        placeholder="YYYY-MM-DD"
        aria-invalid={bad ? true : undefined}
        onChange={(event) => setText(event.target.value)}
        onBlur={settle}
        onKeyDown={(event) => {
          if (event.key === 'Enter') settle();
        }}
      />
    </label>
  );
}

export function ActionListPage({ caller, batchId }: { caller: Caller; batchId: string | null }) {
  const villages = useVillages(caller);
  const [filters, setFilters] = useState<Filters>({ villageCode: '', type: '', from: '', to: '' });
  const [listed, setListed] = useState<Listed | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    const input: ChannelInput<'assistance:list'> = {
      limit: MAX_ROWS,
      ...(filters.villageCode ? { villageCode: filters.villageCode } : {}),
      ...(isCode(ASSISTANCE_TYPE, filters.type) ? { type: filters.type } : {}),
      ...(filters.from ? { from: filters.from } : {}),
      ...(filters.to ? { to: filters.to } : {}),
      ...(batchId ? { batchId } : {}),
    };
    const load = async () => {
      const result = await caller('assistance:list', input);
      if (!current) return;
      setListed(result.ok ? result.value : null);
      setError(result.ok ? null : result.error.message);
    };
    void load();
    return () => {
      current = false;
    };
  }, [caller, filters, batchId]);

  const change = (patch: Partial<Filters>) => setFilters((before) => ({ ...before, ...patch }));

  return (
    <>
      {batchId ? (
        <div className="alert alert-info as-batch-note">
          正在查看一次批量登记的记录。
          <a href={hrefFor('/assistance')}>查看全部援助记录</a>
        </div>
      ) : null}
      <div className="as-toolbar" role="search">
        <label className="as-inline">
          <span>村（社区）</span>
          <select
            className="input"
            value={filters.villageCode}
            onChange={(event) => change({ villageCode: event.target.value })}
          >
            <option value="">全部</option>
            {villages.map((village) => (
              <option key={village.code} value={village.code}>
                {villageOptionLabel(village)}
              </option>
            ))}
          </select>
        </label>
        <label className="as-inline">
          <span>类型</span>
          <select className="input" value={filters.type} onChange={(event) => change({ type: event.target.value })}>
            <option value="">全部类型</option>
            {ASSISTANCE_TYPE.map((type) => (
              <option key={type.code} value={type.code}>
                {type.name}
              </option>
            ))}
          </select>
        </label>
        <DateFilter label="日期 从" value={filters.from} onApply={(from) => change({ from })} />
        <DateFilter label="到" value={filters.to} onApply={(to) => change({ to })} />
        <span className="as-count" role="status">
          {listed
            ? `共 ${listed.total.toLocaleString('zh-CN')} 条 · 金额合计 ${yuanText(listed.totalAmount)} 元`
            : '正在加载……'}
        </span>
      </div>
      <FormAlert message={error} />
      {listed && listed.total > listed.rows.length ? (
        <FormAlert
          tone="info"
          message={`只列出最近的 ${listed.rows.length.toLocaleString('zh-CN')} 条；合计按全部 ${listed.total.toLocaleString('zh-CN')} 条计算。可按日期或村（社区）缩小范围。`}
        />
      ) : null}
      <DataGrid<AssistanceRow>
        label="援助记录"
        rows={listed?.rows ?? null}
        columns={ACTION_COLUMNS}
        rowId={(row) => String(row.id)}
        height={Math.max(320, window.innerHeight - 300)}
      />
      {listed?.total === 0 ? <p className="muted">没有符合条件的援助记录。</p> : null}
    </>
  );
}
