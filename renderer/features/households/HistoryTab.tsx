// 变更记录: who changed what and when, for the household and each member, so a second clerk's change is never silent.
import { useEffect, useState } from 'react';
import { FormAlert } from '@renderer/components/FormAlert';
import type { ChannelOutput } from '@shared/contract';
import { chinaTimestamp } from '@shared/domain/dates';
import { shortStamp } from './format';
import type { Caller } from './request';

type Entry = ChannelOutput<'households:history'>[number];
const OP_LABEL: Record<Entry['op'], string> = { create: '新建', update: '修改', delete: '删除' };

/**
 * Only fields the server gives a Chinese label are shown: the rest (internal ids, stamps, the stored ID number) mean
 * nothing to a clerk, and a full ID number must not appear where the register masks it.
 */
const readable = (entry: Entry) => entry.changes.filter((change) => change.label !== change.field);

type Props = { householdId: number; version: number; caller: Caller; names: ReadonlyMap<number, string> };

export function HistoryTab({ householdId, version, caller, names }: Props) {
  // the server records who cleared the household by person id; the clerk knows the member by name
  const show = (field: string, value: string) =>
    field === 'clearedByPersonId' && value ? (names.get(Number(value)) ?? value) : value || '（空）';
  const label = (field: string, text: string) => (field === 'clearedByPersonId' ? '实现就业成员' : text);

  const [entries, setEntries] = useState<Entry[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  // `version` changes with every save, so the history re-reads after each action on the page
  useEffect(() => {
    let current = true;
    const load = async () => {
      const result = await caller('households:history', { id: householdId });
      if (!current) return;
      setEntries(result.ok ? [...result.value].reverse() : []);
      setError(result.ok ? null : result.error.message);
    };
    void load();
    return () => {
      current = false;
    };
  }, [caller, householdId, version]);

  return (
    <div>
      <FormAlert message={error} />
      <table className="hh-table" aria-label="变更记录">
        <thead>
          <tr>
            <th scope="col">时间</th>
            <th scope="col">经办人</th>
            <th scope="col">对象</th>
            <th scope="col">操作</th>
            <th scope="col">变更内容（原 → 新）</th>
          </tr>
        </thead>
        <tbody>
          {entries?.length === 0 ? (
            <tr>
              <td colSpan={5} className="hh-empty">
                暂无变更记录
              </td>
            </tr>
          ) : null}
          {entries?.map((entry, index) => (
            <tr key={`${entry.at}-${index}`}>
              <td style={{ whiteSpace: 'nowrap' }}>{shortStamp(chinaTimestamp(entry.at))}</td>
              <td>{entry.userName}</td>
              <td>{entry.subject}</td>
              <td>{OP_LABEL[entry.op]}</td>
              <td>
                {entry.op === 'create' ? (
                  <span className="muted">登记</span>
                ) : (
                  readable(entry).map((change) => (
                    <div key={change.field}>
                      {label(change.field, change.label)}：{show(change.field, change.before)} →{' '}
                      {show(change.field, change.after)}
                    </div>
                  ))
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
