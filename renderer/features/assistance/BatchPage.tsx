// 批量登记 (援助月 door-to-door): the same action for many persons of one village, written all together or not at
// all. Everyone listed is ticked at first, because the clerk usually visited the whole list and unticks the absent.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { FormAlert } from '@renderer/components/FormAlert';
import { focusFirstInvalid, type FieldErrors } from '@renderer/components/fieldErrors';
import { hrefFor } from '@renderer/router';
import { PERSON_STATUS } from '@shared/codes/index';
import { checkDraft, emptyDraft, type ActionDraft } from './actionDraft';
import { ActionFields } from './ActionFields';
import { PersonChecklist } from './PersonChecklist';
import type { Caller } from './request';
import { BATCH_LIMIT, useVillagePersons } from './useVillagePersons';
import { useVillages, villageOptionLabel } from './useVillages';

type Done = { batchId: string; created: number };

export function BatchPage({ caller }: { caller: Caller }) {
  const villages = useVillages(caller);
  const [villageCode, setVillageCode] = useState('');
  const [status, setStatus] = useState('1');
  const persons = useVillagePersons(caller, villageCode, status);
  const [ticked, setTicked] = useState<ReadonlySet<number>>(new Set());
  const [draft, setDraft] = useState<ActionDraft>(emptyDraft);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [done, setDone] = useState<Done | null>(null);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const rows = persons && 'rows' in persons ? persons.rows : null;

  useEffect(() => setTicked(new Set(rows?.map((row) => row.id) ?? [])), [rows]);

  const change = (patch: Partial<ActionDraft>) => setDraft((before) => ({ ...before, ...patch }));
  // another village or status is another list: what was said about the last one no longer applies
  const chooseList = (patch: { villageCode?: string; status?: string }) => {
    if (patch.villageCode !== undefined) setVillageCode(patch.villageCode);
    if (patch.status !== undefined) setStatus(patch.status);
    setMessage(null);
    setDone(null);
    setErrors(({ personIds: _, ...rest }) => rest);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    const checked = checkDraft(draft);
    const chosen = rows?.filter((row) => ticked.has(row.id)).map((row) => row.id) ?? [];
    const listProblem: FieldErrors = chosen.length === 0 ? { personIds: '请至少勾选一名人员' } : {};
    if (!checked.ok || chosen.length === 0) {
      setErrors({ ...listProblem, ...(checked.ok ? {} : checked.errors) });
      setMessage('请按红色提示修改后再提交');
      window.setTimeout(() => focusFirstInvalid(formRef.current), 0);
      return;
    }
    setBusy(true);
    const result = await caller('assistance:batch', { ...checked.fields, personIds: chosen });
    setBusy(false);
    if (!result.ok) {
      // all or nothing: nothing was written, the server says why
      setErrors(result.error.fields ?? {});
      setMessage(result.error.message);
      return;
    }
    setErrors({});
    setMessage(null);
    setDone(result.value);
    setDraft((before) => ({ ...emptyDraft(), date: before.date }));
  };

  return (
    <form ref={formRef} className="as-form" noValidate onSubmit={(event) => void submit(event)}>
      {done ? (
        <div className="alert alert-success as-done" role="status">
          已为 {done.created} 人登记。
          <a href={hrefFor(`/assistance?batch=${encodeURIComponent(done.batchId)}`)}>查看本次登记的记录</a>
        </div>
      ) : null}
      <FormAlert message={message} />
      <h2 className="as-step">1. 选择村（社区）和人员</h2>
      <div className="as-toolbar">
        <label className="as-inline">
          <span>村（社区）</span>
          <select
            className="input"
            value={villageCode}
            aria-label="村（社区）"
            onChange={(event) => chooseList({ villageCode: event.target.value })}
          >
            <option value="">（请选择）</option>
            {villages.map((village) => (
              <option key={village.code} value={village.code}>
                {villageOptionLabel(village)}
              </option>
            ))}
          </select>
        </label>
        <label className="as-inline">
          <span>状态</span>
          <select className="input" value={status} onChange={(event) => chooseList({ status: event.target.value })}>
            <option value="">全部状态</option>
            {PERSON_STATUS.map((entry) => (
              <option key={entry.code} value={entry.code}>
                {entry.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      {persons && 'error' in persons ? <FormAlert message={persons.error} /> : null}
      {!villageCode ? <p className="muted">先选择村（社区），列出该村的人员。</p> : null}
      {villageCode && persons === null ? <p className="muted">正在加载……</p> : null}
      {rows ? (
        <PersonChecklist
          rows={rows}
          total={persons && 'total' in persons ? persons.total : rows.length}
          limit={BATCH_LIMIT}
          ticked={ticked}
          onTicked={setTicked}
          error={errors.personIds}
        />
      ) : null}
      <h2 className="as-step">2. 填写援助内容（对所选人员相同）</h2>
      <ActionFields idPrefix="as-batch" draft={draft} onChange={change} errors={errors} />
      <div className="actions">
        <span className="as-selected" role="status">
          已选 {ticked.size} 人
        </span>
        <button type="submit" className="btn btn-primary" disabled={busy || ticked.size === 0}>
          提交
        </button>
      </div>
    </form>
  );
}
