import type { ReactNode } from 'react';

type FieldFrameProps = {
  id: string;
  label: string;
  required?: boolean | undefined;
  error?: string | undefined;
  hint?: string | undefined;
  /** the control, labelled by `id` and described by `describedBy(id, error, hint)` */
  children: ReactNode;
};

/** The ids a control's aria-describedby names: its error first, then its hint. */
export function describedBy(id: string, error?: string, hint?: string): string | undefined {
  return [error ? `${id}-error` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ') || undefined;
}

/**
 * A field's label (with the required star), its control, and the error and hint right under it — the frame of
 * TextField and SelectField. The star stays outside the <label> so the field's accessible name is just its label;
 * `required` on the control tells assistive technology.
 */
export function FieldFrame({ id, label, required, error, hint, children }: FieldFrameProps) {
  return (
    <div className="field">
      <div className="field-label">
        <label htmlFor={id}>{label}</label>
        {required ? (
          <span className="required" aria-hidden="true">
            *
          </span>
        ) : null}
      </div>
      {children}
      {error ? (
        <div id={`${id}-error`} className="field-error">
          {error}
        </div>
      ) : null}
      {hint ? (
        <div id={`${id}-hint`} className="field-hint">
          {hint}
        </div>
      ) : null}
    </div>
  );
}
