// 变更记录: who changed what and when (China time), field by field with the value before and after — the answer to
// "who overwrote this phone number?" without asking around the office.
import { useEffect, useState } from 'react';
import { FormAlert } from '@renderer/components/FormAlert';
import type { ChangeEntry } from '@shared/contract';
import { chinaTime } from './format';
import type { Caller } from '@renderer/components/useCaller';
import type { Village } from './useVillages';

const OP_LABELS: Record<ChangeEntry['op'], string> = { create: '登记', update: '修改', delete: '删除' };
const SOURCE_LABELS: Record<string, string> = {
  ui: '',
  import: '（导入）',
  cli: '（命令行）',
  demo: '（演示数据）',
  system: '（系统）',
  correction: '（更正）',
};

type HistoryTabProps = { personId: number; version: number; caller: Caller; villages: Village[] };

/** The server records the village by its 12-digit code; the clerk knows it by name. */
function shown(field: string, value: string, villages: Village[]): string {
  if (value === '') return '（空）';
  if (field !== 'villageCode') return value;
  const village = villages.find((item) => item.code === value);
  return village ? `${village.name}（${value}）` : value;
}

export function HistoryTab({ personId, version, caller, villages }: HistoryTabProps) {
  const [entries, setEntries] = useState<ChangeEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  // `version` reloads the list after every save on this page.
  useEffect(() => {
    let live = true;
    void caller('persons:history', { id: personId }).then((result) => {
      if (!live) return;
      if (result.ok) setEntries(result.value);
      else setError(result.error.message);
    });
    return () => {
      live = false;
    };
  }, [caller, personId, version]);

  if (error) return <FormAlert message={error} />;
  if (!entries) return <p className="muted">正在加载变更记录……</p>;
  if (entries.length === 0) return <p className="muted">暂无变更记录。</p>;
  // newest first: the clerk usually looks for the latest change
  const ordered = [...entries].sort((a, b) => b.at - a.at);
  return (
    <table className="ps-history">
      <caption className="visually-hidden">变更记录，最新的在最前</caption>
      <thead>
        <tr>
          <th scope="col">时间</th>
          <th scope="col">操作人</th>
          <th scope="col">操作</th>
          <th scope="col">字段</th>
          <th scope="col">修改前</th>
          <th scope="col">修改后</th>
        </tr>
      </thead>
      <tbody>
        {ordered.map((entry, index) => {
          const changes = entry.changes.length > 0 ? entry.changes : [null];
          return changes.map((change, row) => (
            <tr key={`${entry.at}-${index}-${row}`} className={row === 0 ? 'ps-history-first' : undefined}>
              {row === 0 ? (
                <>
                  <td rowSpan={changes.length} className="ps-nowrap">
                    {chinaTime(entry.at)}
                  </td>
                  <td rowSpan={changes.length}>
                    {entry.userName}
                    {SOURCE_LABELS[entry.source] ?? ''}
                  </td>
                  <td rowSpan={changes.length}>{OP_LABELS[entry.op]}</td>
                </>
              ) : null}
              <td className="ps-nowrap">{change?.label ?? '—'}</td>
              <td className="ps-before">{change ? shown(change.field, change.before, villages) : ''}</td>
              <td className="ps-after">{change ? shown(change.field, change.after, villages) : ''}</td>
            </tr>
          ));
        })}
      </tbody>
    </table>
  );
}
