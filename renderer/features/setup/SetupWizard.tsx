// First start on a new PC: township, villages, the station head, review. Nothing is written until the last step;
// the server checks everything again and its field messages are shown in the same places as ours.
import { useRef, useState, type FormEvent } from 'react';
import { call } from '@renderer/api/client';
import { FormAlert } from '@renderer/components/FormAlert';
import { focusFirstInvalid, hasErrors, type FieldErrors } from '@renderer/components/fieldErrors';
import {
  emptyDraft,
  prepareInput,
  stepOfField,
  toDraftPaths,
  validateStep,
  type SetupDraft,
  type StepIndex,
  type VillageRow,
} from './setupDraft';
import { RestoreOffer } from './RestoreOffer';
import { StepHead } from './StepHead';
import { StepReview } from './StepReview';
import { StepTownship } from './StepTownship';
import { StepVillages } from './StepVillages';
import { WizardSteps } from './WizardSteps';
import './setup.css';

type SetupWizardProps = { onDone: () => void; onRestoreFromBackup?: () => void };

function withoutKeys(errors: FieldErrors, drop: (path: string) => boolean): FieldErrors {
  return Object.fromEntries(Object.entries(errors).filter(([path]) => !drop(path)));
}

export function SetupWizard({ onDone, onRestoreFromBackup }: SetupWizardProps) {
  const [draft, setDraft] = useState<SetupDraft>(emptyDraft);
  const [step, setStep] = useState<StepIndex>(0);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  const showErrors = (next: FieldErrors) => {
    setErrors(next);
    // Wait for the error state to render, then put the cursor in the first field to fix.
    requestAnimationFrame(() => focusFirstInvalid(formRef.current));
  };

  // Editing a field clears its own message; the rest stay until the next check.
  const change = (patch: Partial<SetupDraft>, field: string) => {
    setDraft((old) => ({ ...old, ...patch }));
    setErrors((old) => withoutKeys(old, (path) => path === field));
  };

  const changeRows = (villages: VillageRow[], touched: string) => {
    setDraft((old) => ({ ...old, villages }));
    // Adding or removing rows renumbers them, so old row messages would point at the wrong rows.
    setErrors((old) =>
      withoutKeys(old, (path) => (touched === 'villages' ? stepOfField(path) === 1 : path === touched)),
    );
  };

  const goTo = (next: StepIndex) => {
    setFormError(null);
    setErrors({});
    setStep(next);
  };

  const finish = async () => {
    setSaving(true);
    setFormError(null);
    const { input, rowIndex } = prepareInput(draft);
    const result = await call('setup:complete', input);
    setSaving(false);
    if (result.ok) {
      onDone();
      return;
    }
    if (result.error.code === 'ALREADY_SETUP') {
      onDone();
      return;
    }
    const fields = toDraftPaths(result.error.fields ?? {}, rowIndex);
    setFormError(result.error.message);
    if (hasErrors(fields)) {
      const first = Math.min(...Object.keys(fields).map(stepOfField)) as StepIndex;
      setStep(first);
      showErrors(fields);
    }
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    if (step === 3) {
      void finish();
      return;
    }
    const problems = validateStep(draft, step);
    if (hasErrors(problems)) {
      setFormError('请按红色提示修改后再继续。');
      showErrors(problems);
      return;
    }
    goTo((step + 1) as StepIndex);
  };

  return (
    <div className="page-with-band">
      <div className="brand-band">劳动保障站实名制台账 · 首次设置</div>
      <main className="wizard">
        <WizardSteps current={step} />
        <form ref={formRef} className="card wizard-card" noValidate onSubmit={onSubmit}>
          <FormAlert message={formError} />
          {step === 0 && onRestoreFromBackup ? <RestoreOffer onRestore={onRestoreFromBackup} /> : null}
          {step === 0 ? <StepTownship draft={draft} errors={errors} onChange={change} /> : null}
          {step === 1 ? <StepVillages draft={draft} errors={errors} onRowsChange={changeRows} /> : null}
          {step === 2 ? <StepHead draft={draft} errors={errors} onChange={change} /> : null}
          {step === 3 ? <StepReview draft={draft} onEdit={goTo} /> : null}
          <div className="actions">
            <span className="muted">第 {step + 1} 步，共 4 步</span>
            <span className="spacer" />
            {step > 0 ? (
              <button type="button" className="btn" onClick={() => goTo((step - 1) as StepIndex)}>
                上一步
              </button>
            ) : null}
            {/* A new key at the last step remounts the button so autoFocus puts the cursor on 完成设置. */}
            <button
              key={step === 3 ? 'finish' : 'next'}
              type="submit"
              className="btn btn-primary"
              disabled={saving}
              autoFocus={step === 3}
            >
              {step === 3 ? (saving ? '正在保存……' : '完成设置') : '下一步'}
            </button>
          </div>
        </form>
      </main>
    </div>
  );
}
