// 基本信息 of a saved person: the same fields as 登记新人员, saved with the version the clerk opened. If another
// clerk saved in between, the save is refused with who and when, and the clerk reloads — nothing is overwritten.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { FormAlert } from '@renderer/components/FormAlert';
import { focusFirstInvalid, type FieldErrors } from '@renderer/components/fieldErrors';
import { channels, type PersonDetail } from '@shared/contract';
import { ConflictAlert } from './ConflictAlert';
import { moveOnEnter, useSaveShortcut } from './formKeys';
import { PersonFields } from './PersonFields';
import { checkDraft, draftFromDetail, fieldsOf, type DraftPatch, type PersonDraft } from './personDraft';
import type { Caller } from '@renderer/components/useCaller';
import type { Village } from './useVillages';

const CERT_HIDDEN = '您无权查看完整证号：请按残疾人证重新输入完整的 20 位证号后再保存（留空保存会清除证号）';

type EditTabProps = {
  person: PersonDetail;
  caller: Caller;
  villages: Village[];
  canWrite: boolean;
  onSaved: (notice: string) => void;
  onReload: () => void;
  onDirty: (dirty: boolean) => void;
  /** start with 更正 ticked and say why (opened from a pre-flight problem of the quarterly package) */
  correctionMode?: boolean;
};

export function EditTab({
  person,
  caller,
  villages,
  canWrite,
  onSaved,
  onReload,
  onDirty,
  correctionMode = false,
}: EditTabProps) {
  const [initial] = useState(() => draftFromDetail(person));
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<{ text: string; conflict: boolean } | null>(null);
  const [saving, setSaving] = useState(false);
  const [correction, setCorrection] = useState(correctionMode);
  const formRef = useRef<HTMLFormElement>(null);
  const dirty = JSON.stringify(draft) !== JSON.stringify(initial);
  const certHidden = person.idMasked && person.disabilityCert !== null;

  useEffect(() => onDirty(dirty), [dirty, onDirty]);

  // Editing a field clears its message; once nothing is left to fix, the summary on top goes too (a conflict stays).
  const change = (patch: DraftPatch, field: keyof PersonDraft) => {
    setDraft((old) => ({ ...old, ...patch }));
    const rest = Object.fromEntries(Object.entries(errors).filter(([key]) => key !== field));
    setErrors(rest);
    if (Object.keys(rest).length === 0 && !message?.conflict) setMessage(null);
  };

  // Bumped with each refusal: after that render, the cursor goes to 重新加载 or to the first field to fix.
  const [failRound, setFailRound] = useState(0);
  useEffect(() => {
    if (failRound === 0) return;
    const reload = formRef.current?.querySelector<HTMLButtonElement>('.ps-conflict button');
    if (reload) reload.focus();
    else focusFirstInvalid(formRef.current);
  }, [failRound]);

  const fail = (next: FieldErrors, text: string, conflict = false) => {
    setErrors(next);
    setMessage({ text, conflict });
    setFailRound((round) => round + 1);
  };

  const save = async () => {
    if (saving || !canWrite) return;
    const { idNumber: _id, ...fields } = fieldsOf(draft);
    const input = { ...fields, id: person.id, version: person.version, ...(correction ? { correction: true } : {}) };
    const checked = checkDraft(
      channels['persons:update'].input,
      input,
      draft,
      person.idMasked ? null : person.idNumber,
    );
    const problems = checked.ok ? {} : checked.errors;
    if (certHidden && draft.disabilityCert.trim() === '') problems.disabilityCert ??= CERT_HIDDEN;
    if (!checked.ok || Object.keys(problems).length > 0) {
      fail(problems, '请按红色提示修改后再保存。');
      return;
    }
    setSaving(true);
    const result = await caller('persons:update', checked.value);
    setSaving(false);
    if (result.ok) {
      onSaved(`已保存 ${draft.name.trim()} 的基本信息`);
      return;
    }
    const { code, fields: serverFields, message: text } = result.error;
    fail(serverFields ?? {}, text, code === 'CONFLICT' && !serverFields);
  };

  useSaveShortcut(() => void save(), canWrite);

  const discard = () => {
    setDraft(initial);
    setCorrection(false);
    setErrors({});
    setMessage(null);
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void save();
  };

  return (
    <form ref={formRef} noValidate onSubmit={onSubmit} onKeyDown={moveOnEnter} aria-label="基本信息">
      {message?.conflict ? <ConflictAlert message={message.text} onReload={onReload} /> : null}
      {message && !message.conflict ? <FormAlert message={message.text} /> : null}
      <fieldset className="ps-fieldset" disabled={!canWrite}>
        <PersonFields
          draft={draft}
          errors={errors}
          onChange={change}
          villages={villages}
          holderId={person.idMasked ? null : person.idNumber}
          certHidden={certHidden}
          registeredOnLocked={
            person.status === '1' ? undefined : '已就业或已注销，登记日期不能修改；再次失业请用右侧“重新登记”'
          }
        />
      </fieldset>
      {canWrite && correction ? (
        <FormAlert
          tone="info"
          message="更正模式：保存后将同时更正已过去季度的报送数据（用于改正录入错误，而不是登记新的变化）。"
        />
      ) : null}
      {canWrite ? (
        <div className="actions">
          <span className="muted">
            {person.updatedByName ? `最后修改：${person.updatedByName}。` : ''}回车到下一项，Ctrl+S 保存
          </span>
          <span className="spacer" />
          <label
            className="ps-check"
            title="勾选：改正原来录错的内容，以往季度的报送数据也按改正后的值；不勾选：情况有了变化（如换了电话）"
          >
            <input type="checkbox" checked={correction} onChange={(event) => setCorrection(event.target.checked)} />
            更正录入错误
          </label>
          <button type="button" className="btn" disabled={!dirty || saving} onClick={discard}>
            放弃修改
          </button>
          <button type="submit" className="btn btn-primary" disabled={saving}>
            {saving ? '正在保存……' : '保存'}
          </button>
        </div>
      ) : (
        <p className="muted">您是只读用户，只能查看。</p>
      )}
    </form>
  );
}
