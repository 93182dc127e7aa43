// 登记新人员: the ID number first. A number already in the register opens that person's record instead — one
// person is one record. Then the rest of the paper form; Enter moves on, Ctrl+S or 保存 saves.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { FormAlert } from '@renderer/components/FormAlert';
import { focusFirstInvalid, type FieldErrors } from '@renderer/components/fieldErrors';
import { hrefFor, navigate } from '@renderer/router';
import { channels } from '@shared/contract';
import { setFlash } from './flash';
import { moveOnEnter, useSaveShortcut } from './formKeys';
import { personPath } from './format';
import { IdNumberField } from './IdNumberField';
import { PersonFields } from './PersonFields';
import { checkDraft, emptyDraft, fieldsOf, type DraftPatch, type PersonDraft } from './personDraft';
import type { Caller } from '@renderer/components/useCaller';
import { useIdLookup, type IdLookup } from './useIdLookup';
import { useVillages } from './useVillages';

type NewPersonPageProps = { caller: Caller };

export function NewPersonPage({ caller }: NewPersonPageProps) {
  const [draft, setDraft] = useState<PersonDraft>(emptyDraft);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const idRef = useRef<HTMLInputElement>(null);
  const villages = useVillages(caller);
  const { lookup, check } = useIdLookup(caller);

  // What the lookup said about the number now in the box; a number being edited counts as not checked.
  const current: IdLookup =
    lookup.state !== 'idle' && lookup.typed === draft.idNumber.trim() ? lookup : { state: 'idle' };
  const checked = current.state === 'ok' ? current.facts : null;
  const focusNameNext = useRef(false);

  useEffect(() => {
    if (!checked || !focusNameNext.current) return;
    focusNameNext.current = false;
    document.getElementById('ps-name')?.focus();
  }, [checked]);

  // Bumped with each set of errors: after that render, the cursor goes to the first field to fix.
  const [errorRound, setErrorRound] = useState(0);
  useEffect(() => {
    if (errorRound > 0) focusFirstInvalid(formRef.current);
  }, [errorRound]);

  const showErrors = (next: FieldErrors, message: string) => {
    setErrors(next);
    setFormError(message);
    setErrorRound((round) => round + 1);
  };

  // Editing a field clears its message; once nothing is left to fix, the summary on top goes too.
  const change = (patch: DraftPatch, field: keyof PersonDraft) => {
    setDraft((old) => ({ ...old, ...patch }));
    const rest = Object.fromEntries(Object.entries(errors).filter(([key]) => key !== field));
    setErrors(rest);
    if (Object.keys(rest).length === 0) setFormError(null);
  };

  /** The ID check; an existing person is opened at once, so nobody can type a second record for them. */
  const checkId = async (viaEnter: boolean): Promise<IdLookup> => {
    const typed = draft.idNumber.trim();
    const outcome = await check(typed);
    if (outcome.state !== 'ok') return outcome;
    const { existing } = outcome.facts;
    if (existing) {
      const path = personPath(existing.id);
      setFlash(path, `该人员已登记（${existing.name}），已为您打开其记录`);
      navigate(path);
      return outcome;
    }
    setErrors((old) => Object.fromEntries(Object.entries(old).filter(([key]) => key !== 'idNumber')));
    // Enter, or a Tab that could only reach the buttons while the fields were closed, continues at 姓名 — once the
    // fields are enabled, which happens on the render after this answer (see the effect below).
    const onButtons = formRef.current?.querySelector('.actions')?.contains(document.activeElement) === true;
    if (viaEnter || onButtons) focusNameNext.current = true;
    // :disabled, not .disabled: the field is disabled through its <fieldset>, which .disabled does not reflect
    const name = document.getElementById('ps-name');
    if (focusNameNext.current && name && !name.matches(':disabled')) {
      focusNameNext.current = false;
      name.focus();
    }
    return outcome;
  };

  const save = async () => {
    if (saving) return;
    const outcome = checked ? null : await checkId(false);
    if (outcome && outcome.state !== 'ok') {
      idRef.current?.focus();
      return;
    }
    if (outcome?.state === 'ok' && outcome.facts.existing) return;
    const holderId = outcome?.state === 'ok' ? outcome.facts.idNumber : (checked?.idNumber ?? null);
    const input = checkDraft(channels['persons:create'].input, fieldsOf(draft), draft, holderId);
    if (!input.ok) {
      showErrors(input.errors, '请按红色提示修改后再保存。');
      return;
    }
    setSaving(true);
    const result = await caller('persons:create', input.value);
    setSaving(false);
    if (result.ok) {
      const path = personPath(result.value.id);
      setFlash(path, [`已登记：${draft.name.trim()}`, result.value.note].filter(Boolean).join('。'));
      navigate(path);
      return;
    }
    showErrors(result.error.fields ?? {}, result.error.message);
  };

  useSaveShortcut(() => void save());

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void save();
  };

  return (
    <section className="card ps-card" aria-labelledby="ps-new-title">
      <div className="ps-head">
        <h1 id="ps-new-title" className="page-title">
          登记新人员
        </h1>
        <span className="spacer" />
        <a className="btn" href={hrefFor('/persons')}>
          返回名册
        </a>
      </div>
      <form ref={formRef} noValidate onSubmit={onSubmit} onKeyDown={moveOnEnter} aria-labelledby="ps-new-title">
        <FormAlert message={formError} />
        <IdNumberField
          value={draft.idNumber}
          lookup={current}
          error={errors.idNumber}
          inputRef={idRef}
          onChange={(idNumber) => change({ idNumber }, 'idNumber')}
          onCheck={(viaEnter) => void checkId(viaEnter)}
        />
        {checked?.note ? <FormAlert tone="info" message={checked.note} /> : null}
        <fieldset className="ps-fieldset" disabled={!checked} aria-describedby={checked ? undefined : 'ps-gate'}>
          {checked ? null : (
            <p id="ps-gate" className="muted ps-gate">
              先输入身份证号并按回车核对，核对无误后再填写以下各项。
            </p>
          )}
          <PersonFields
            draft={draft}
            errors={errors}
            onChange={change}
            villages={villages}
            holderId={checked?.idNumber ?? null}
          />
        </fieldset>
        <div className="actions">
          <span className="muted">回车到下一项，Ctrl+S 保存</span>
          <span className="spacer" />
          <a className="btn" href={hrefFor('/persons')}>
            取消
          </a>
          <button type="submit" className="btn btn-primary" disabled={saving}>
            {saving ? '正在保存……' : '保存'}
          </button>
        </div>
      </form>
    </section>
  );
}
