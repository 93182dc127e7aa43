// The assistance of one person, for the person page: the actions so far and a 登记援助 form. A placement ends in the
// offer to register the person as employed; `onPersonChanged` then lets the page reload the person (status, version).
// Usage: <PersonAssistancePanel personId={id} canWrite={canWrite} onSessionLost={onSessionLost} onPersonChanged={reload} />
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { FormAlert } from '@renderer/components/FormAlert';
import { hrefFor } from '@renderer/router';
import type { AssistanceRow, EmploymentOffer } from '@shared/contract';
import { ActionFields } from './ActionFields';
import { EmploymentOfferDialog } from './EmploymentOfferDialog';
import { resultLabel, typeLabel, yuanText } from './format';
import { useCaller } from './request';
import { useSaveAction } from './useSaveAction';
import './assistance.css';

type Props = {
  personId: number;
  canWrite: boolean;
  onSessionLost: () => void;
  onPersonChanged?: () => void;
};

export function PersonAssistancePanel({ personId, canWrite, onSessionLost, onPersonChanged }: Props) {
  const caller = useCaller(onSessionLost);
  const form = useSaveAction(caller);
  const [rows, setRows] = useState<AssistanceRow[] | null>(null);
  const [total, setTotal] = useState({ count: 0, amount: '0.00' });
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [offer, setOffer] = useState<EmploymentOffer | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const load = useCallback(async () => {
    const result = await caller('assistance:list', { personId, limit: 1000 });
    setRows(result.ok ? result.value.rows : []);
    if (result.ok) setTotal({ count: result.value.total, amount: result.value.totalAmount });
    setError(result.ok ? null : `援助记录暂时无法读取：${result.error.message}`);
  }, [caller, personId]);
  useEffect(() => {
    void load();
  }, [load]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const saved = await form.save({ personId });
    if (!saved) return;
    setOpen(false);
    setNotice('已登记援助。');
    setOffer(saved.employmentOffer);
    await load();
  };

  const afterOffer = (employed: boolean) => {
    if (employed && offer) setNotice(`${offer.name} 已登记为已就业（${offer.employedOn}）。`);
    setOffer(null);
    if (employed) onPersonChanged?.();
  };

  return (
    <div className="as-panel">
      <FormAlert message={error} tone="info" />
      <FormAlert message={notice} tone="success" />
      <table className="as-table" aria-label="援助记录">
        <thead>
          <tr>
            <th scope="col">日期</th>
            <th scope="col">类型</th>
            <th scope="col">内容</th>
            <th scope="col">单位、岗位</th>
            <th scope="col" className="as-num">
              金额（元）
            </th>
            <th scope="col">结果</th>
            <th scope="col">经办人</th>
          </tr>
        </thead>
        <tbody>
          {rows?.length === 0 ? (
            <tr>
              <td colSpan={7} className="as-empty">
                尚无援助记录
              </td>
            </tr>
          ) : null}
          {rows?.map((row) => (
            <tr key={row.id}>
              <td>{row.date}</td>
              <td>{typeLabel(row.type)}</td>
              <td>{row.content}</td>
              <td>{[row.employer, row.position].filter(Boolean).join(' ')}</td>
              <td className="as-num">{yuanText(row.amount)}</td>
              <td>{resultLabel(row.result)}</td>
              <td>{row.staffName}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted as-panel-total">
        共 {total.count} 次援助，金额合计 {yuanText(total.amount)} 元
      </p>
      {open ? (
        <form className="as-panel-form" noValidate onSubmit={(event) => void submit(event)}>
          <FormAlert message={form.message} />
          <ActionFields idPrefix={`as-p${personId}`} draft={form.draft} onChange={form.change} errors={form.errors} />
          <div className="actions">
            <button
              type="button"
              className="btn"
              onClick={() => {
                setOpen(false);
                form.reset();
              }}
            >
              取消
            </button>
            <button type="submit" className="btn btn-primary" disabled={form.busy}>
              保存援助记录
            </button>
          </div>
        </form>
      ) : (
        <div className="as-panel-buttons">
          {canWrite ? (
            <button
              type="button"
              className="btn btn-small"
              onClick={() => {
                setOpen(true);
                setNotice(null);
              }}
            >
              ＋ 登记援助
            </button>
          ) : null}
          <a
            className="btn btn-small as-link-btn"
            href={hrefFor(`/ledgers/print/assistance-card?personId=${personId}`)}
          >
            打印就业援助卡
          </a>
        </div>
      )}
      {offer ? <EmploymentOfferDialog offer={offer} caller={caller} onDone={afterOffer} /> : null}
    </div>
  );
}
