import type { InputHTMLAttributes, Ref } from 'react';
import { describedBy, FieldFrame } from './FieldFrame';

type TextFieldProps = {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  hint?: string | undefined;
  required?: boolean;
  inputRef?: Ref<HTMLInputElement>;
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange'>;

/** A labelled input whose error sits right under it, tied to it for screen readers (aria-describedby). */
export function TextField({ id, label, value, onChange, error, hint, required, inputRef, ...rest }: TextFieldProps) {
  return (
    <FieldFrame id={id} label={label} required={required} error={error} hint={hint}>
      <input
        {...rest}
        id={id}
        ref={inputRef}
        className="input"
        value={value}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        onChange={(event) => onChange(event.target.value)}
      />
    </FieldFrame>
  );
}
