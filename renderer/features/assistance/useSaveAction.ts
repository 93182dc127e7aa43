// Saving one action from a form: the contract's check first, then assistance:create, with the server's field errors
// mapped back onto the fields. Shared by 登记援助 and the panel on a person's page.
import { useState } from 'react';
import type { FieldErrors } from '@renderer/components/fieldErrors';
import type { EmploymentOffer } from '@shared/contract';
import { checkDraft, emptyDraft, type ActionDraft } from './actionDraft';
import type { Caller } from './request';

export type SaveTarget = { personId: number } | { householdId: number } | null;
export type Saved = { id: number; employmentOffer: EmploymentOffer | null };

export function useSaveAction(caller: Caller) {
  const [draft, setDraft] = useState<ActionDraft>(emptyDraft);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const change = (patch: Partial<ActionDraft>) => {
    setDraft((before) => ({ ...before, ...patch }));
    // an edited field's old message no longer applies, and the banner goes with the last of them
    const touched = Object.keys(patch).filter((key) => key in errors);
    if (touched.length === 0) return;
    const next = { ...errors };
    for (const key of touched) delete next[key];
    setErrors(next);
    if (Object.keys(next).length === 0) setMessage(null);
  };

  /** Null when nothing was saved (the errors and message say why). */
  const save = async (target: SaveTarget): Promise<Saved | null> => {
    const checked = checkDraft(draft);
    const targetErrors: FieldErrors = target ? {} : { personId: '请选择援助对象（人员或家庭）' };
    if (!checked.ok || !target) {
      setErrors({ ...targetErrors, ...(checked.ok ? {} : checked.errors) });
      setMessage('请按红色提示修改后再保存');
      return null;
    }
    setBusy(true);
    const result = await caller('assistance:create', { ...checked.fields, ...target });
    setBusy(false);
    if (!result.ok) {
      const fields = result.error.fields ?? {};
      // a household target's problems are reported on personId; there is one target box for both
      if (fields.householdId) fields.personId = fields.householdId;
      setErrors(fields);
      setMessage(result.error.message);
      return null;
    }
    setErrors({});
    setMessage(null);
    // the next action usually shares the date; the rest starts empty
    setDraft((before) => ({ ...emptyDraft(), date: before.date }));
    return { id: result.value.id, employmentOffer: result.value.employmentOffer };
  };

  const reset = () => {
    setDraft(emptyDraft());
    setErrors({});
    setMessage(null);
  };

  return { draft, change, errors, message, busy, save, reset };
}
