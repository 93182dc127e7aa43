// 援助记录 given to the household, and a small 登记援助 form. The full assistance screens belong to the assistance area;
// this keeps what a clerk needs while looking at one household.
import { useCallback, useEffect, useState } from 'react';
import { FormAlert } from '@renderer/components/FormAlert';
import { TextField } from '@renderer/components/TextField';
import {
  ASSISTANCE_RESULT,
  ASSISTANCE_TYPE,
  codeLabel,
  isCode,
  type AssistanceResultCode,
  type AssistanceTypeCode,
} from '@shared/codes/index';
import type { AssistanceRow, HouseholdDetail } from '@shared/contract';
import { todayDate } from './format';
import { InlineForm } from './InlineForm';
import type { Caller } from './request';

type Props = { household: HouseholdDetail; caller: Caller; onChanged: () => void };
type Draft = {
  type: AssistanceTypeCode | '';
  date: string;
  content: string;
  employer: string;
  amount: string;
  result: AssistanceResultCode | '';
};

const emptyDraft = (): Draft => ({ type: '', date: todayDate(), content: '', employer: '', amount: '', result: '' });

export function AssistanceSection({ household, caller, onChanged }: Props) {
  const [rows, setRows] = useState<AssistanceRow[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState<Draft>(emptyDraft);

  const load = useCallback(async () => {
    const result = await caller('assistance:list', { householdId: household.id, limit: 500 });
    setRows(result.ok ? result.value.rows : []);
    setError(result.ok ? null : `援助记录暂时无法读取：${result.error.message}`);
  }, [caller, household.id]);
  useEffect(() => {
    void load();
  }, [load]);

  const set = (patch: Partial<Draft>) => setDraft((before) => ({ ...before, ...patch }));
  const save = async () => {
    if (!draft.type || !draft.result) {
      const fields: Record<string, string> = {};
      if (!draft.type) fields.type = '请选择援助类型';
      if (!draft.result) fields.result = '请选择援助结果';
      return { code: 'INVALID_INPUT' as const, message: '请按红色提示修改后再保存', fields };
    }
    const result = await caller('assistance:create', {
      householdId: household.id,
      type: draft.type,
      date: draft.date,
      content: draft.content,
      employer: draft.employer.trim() || undefined,
      amount: draft.amount,
      result: draft.result,
    });
    if (!result.ok) return result.error;
    setOpen(false);
    setDraft(emptyDraft());
    await load();
    // the first assistance moves a recognised household to 援助中 on the server
    onChanged();
    return null;
  };

  const select = (
    id: string,
    label: string,
    value: string,
    table: typeof ASSISTANCE_TYPE | typeof ASSISTANCE_RESULT,
    error: string | undefined,
    onChange: (v: string) => void,
  ) => (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        className="input"
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => onChange(event.target.value)}
      >
        <option value="">请选择</option>
        {table.map((entry) => (
          <option key={entry.code} value={entry.code}>
            {entry.name}
          </option>
        ))}
      </select>
      {error ? (
        <div id={`${id}-error`} className="field-error">
          {error}
        </div>
      ) : null}
    </div>
  );

  return (
    <div>
      <FormAlert message={error} tone="info" />
      <table className="hh-table" aria-label="援助记录">
        <thead>
          <tr>
            <th scope="col">日期</th>
            <th scope="col">援助类型</th>
            <th scope="col">援助内容</th>
            <th scope="col">单位、岗位</th>
            <th scope="col">金额（元）</th>
            <th scope="col">结果</th>
            <th scope="col">经办人</th>
          </tr>
        </thead>
        <tbody>
          {rows?.length === 0 ? (
            <tr>
              <td colSpan={7} className="hh-empty">
                尚无援助记录
              </td>
            </tr>
          ) : null}
          {rows?.map((row) => (
            <tr key={row.id}>
              <td>{row.date}</td>
              <td>{codeLabel(ASSISTANCE_TYPE, row.type) ?? row.type}</td>
              <td>{row.content}</td>
              <td>{[row.employer, row.position].filter(Boolean).join(' ')}</td>
              <td className="num">{row.amount ?? ''}</td>
              <td>{codeLabel(ASSISTANCE_RESULT, row.result) ?? row.result}</td>
              <td>{row.staffName}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {open ? (
        <InlineForm label="登记援助" submitLabel="保存援助记录" onCancel={() => setOpen(false)} onSubmit={save}>
          {(errors) => (
            <>
              {select('hh-assist-type', '援助类型', draft.type, ASSISTANCE_TYPE, errors.type, (v) =>
                set({ type: isCode(ASSISTANCE_TYPE, v) ? v : '' }),
              )}
              <TextField
                id="hh-assist-date"
                label="日期"
                type="date"
                required
                max={todayDate()}
                value={draft.date}
                onChange={(date) => set({ date })}
                error={errors.date}
              />
              <TextField
                id="hh-assist-content"
                label="援助内容"
                required
                value={draft.content}
                onChange={(content) => set({ content })}
                error={errors.content}
                style={{ width: 260 }}
              />
              <TextField
                id="hh-assist-employer"
                label="单位"
                value={draft.employer}
                onChange={(employer) => set({ employer })}
                error={errors.employer}
              />
              <TextField
                id="hh-assist-amount"
                label="金额（元）"
                inputMode="decimal"
                value={draft.amount}
                onChange={(amount) => set({ amount })}
                error={errors.amount}
                style={{ width: 110 }}
              />
              {select('hh-assist-result', '结果', draft.result, ASSISTANCE_RESULT, errors.result, (v) =>
                set({ result: isCode(ASSISTANCE_RESULT, v) ? v : '' }),
              )}
            </>
          )}
        </InlineForm>
      ) : household.stage === 'revoked' ? null : (
        <button type="button" className="btn btn-small" style={{ marginTop: 8 }} onClick={() => setOpen(true)}>
          ＋ 登记援助
        </button>
      )}
    </div>
  );
}
