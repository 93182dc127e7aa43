// 登记援助: one action for one person or household. A placement (结果 已就业) ends in the offer to register the person
// as employed. `?personId=` or `?householdId=` opens the form with the target already chosen (from a person's page or
// the quota list).
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { FormAlert } from '@renderer/components/FormAlert';
import { focusFirstInvalid } from '@renderer/components/fieldErrors';
import { hrefFor } from '@renderer/router';
import type { EmploymentOffer } from '@shared/contract';
import { ActionFields } from './ActionFields';
import { EmploymentOfferDialog } from './EmploymentOfferDialog';
import { typeLabel } from './format';
import type { Caller } from './request';
import { TargetPicker, type Target } from './TargetPicker';
import { useSaveAction } from './useSaveAction';

type Props = { caller: Caller; personId: number | null; householdId: number | null };

function useInitialTarget(caller: Caller, personId: number | null, householdId: number | null) {
  const [target, setTarget] = useState<Target | null>(null);
  useEffect(() => {
    let current = true;
    const load = async () => {
      if (personId) {
        const result = await caller('persons:get', { id: personId });
        if (current && result.ok)
          setTarget({ kind: 'person', id: personId, name: result.value.name, detail: result.value.idNumber });
      } else if (householdId) {
        const result = await caller('households:get', { id: householdId });
        if (current && result.ok)
          setTarget({ kind: 'household', id: householdId, name: `${result.value.headName}户`, detail: '' });
      }
    };
    void load();
    return () => {
      current = false;
    };
  }, [caller, personId, householdId]);
  return [target, setTarget] as const;
}

export function NewActionPage({ caller, personId, householdId }: Props) {
  const [target, setTarget] = useInitialTarget(caller, personId, householdId);
  const form = useSaveAction(caller);
  const [done, setDone] = useState<string | null>(null);
  const [offer, setOffer] = useState<EmploymentOffer | null>(null);
  const formRef = useRef<HTMLFormElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    const typeText = form.draft.type ? typeLabel(form.draft.type) : '';
    const saved = await form.save(
      target ? (target.kind === 'person' ? { personId: target.id } : { householdId: target.id }) : null,
    );
    if (!saved) {
      window.setTimeout(() => focusFirstInvalid(formRef.current), 0);
      return;
    }
    setDone(`已登记援助：${target?.name ?? ''} · ${typeText}`);
    setOffer(saved.employmentOffer);
  };

  const afterOffer = (employed: boolean) => {
    if (employed && offer) setDone(`${offer.name} 已登记为已就业（${offer.employedOn}）。`);
    setOffer(null);
  };

  // the dialog stays outside the <form>: Enter in one of its fields must not send the action form again
  return (
    <>
      <form ref={formRef} className="as-form" noValidate onSubmit={(event) => void submit(event)}>
        <FormAlert message={done} tone="success" />
        <FormAlert message={form.message} />
        <TargetPicker
          id="as-target"
          caller={caller}
          target={target}
          onChange={setTarget}
          error={form.errors.personId}
        />
        <ActionFields idPrefix="as-new" draft={form.draft} onChange={form.change} errors={form.errors} />
        <div className="actions">
          <a className="btn as-link-btn" href={hrefFor('/assistance')}>
            返回援助记录
          </a>
          <button type="submit" className="btn btn-primary" disabled={form.busy}>
            保存援助记录
          </button>
        </div>
      </form>
      {offer ? <EmploymentOfferDialog offer={offer} caller={caller} onDone={afterOffer} /> : null}
    </>
  );
}
