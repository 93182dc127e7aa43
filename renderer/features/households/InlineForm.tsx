// A small form that opens under the action buttons (公示, 认定, 清零, 撤销, 登记援助…). It shows the server's message on
// top and hands the field messages to its fields; Escape closes it, Enter submits it.
import { useState, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';
import { FormAlert } from '@renderer/components/FormAlert';
import type { FieldErrors } from '@renderer/components/fieldErrors';
import type { RpcError } from '@shared/contract';

type InlineFormProps = {
  label: string;
  submitLabel: string;
  /** resolves to the error to show, or null when done (the owner closes the form or moves on) */
  onSubmit: () => Promise<RpcError | null>;
  onCancel: () => void;
  /** shown under the server's message, e.g. a link that helps fix it */
  extra?: (error: RpcError) => ReactNode;
  children: (errors: FieldErrors) => ReactNode;
};

export function InlineForm({ label, submitLabel, onSubmit, onCancel, extra, children }: InlineFormProps) {
  const [error, setError] = useState<RpcError | null>(null);
  const [saving, setSaving] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    const problem = await onSubmit();
    setSaving(false);
    setError(problem);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') onCancel();
  };

  return (
    <form aria-label={label} onSubmit={(event) => void submit(event)} onKeyDown={onKeyDown}>
      <div className="hh-inline-form">
        {children(error?.fields ?? {})}
        <div className="hh-form-buttons">
          <button type="submit" className="btn btn-primary" disabled={saving}>
            {submitLabel}
          </button>
          <button type="button" className="btn" onClick={onCancel}>
            取消
          </button>
        </div>
      </div>
      {error ? (
        <div style={{ marginTop: 8 }}>
          <FormAlert message={error.message} />
          {extra?.(error)}
        </div>
      ) : null}
    </form>
  );
}
