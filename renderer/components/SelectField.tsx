import type { Ref, SelectHTMLAttributes } from 'react';
import { describedBy, FieldFrame } from './FieldFrame';

export type SelectOption = { readonly code: string; readonly name: string };

type SelectFieldProps = {
  id: string;
  label: string;
  value: string;
  options: readonly SelectOption[];
  onChange: (value: string) => void;
  /** The text of the empty choice; null when a value is always required and there is no empty choice. */
  emptyLabel?: string | null;
  error?: string | undefined;
  hint?: string | undefined;
  required?: boolean;
  selectRef?: Ref<HTMLSelectElement>;
} & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'value' | 'onChange'>;

/** A labelled drop-down over a code table; shows labels, keeps codes. Errors sit under it like TextField's. */
export function SelectField({
  id,
  label,
  value,
  options,
  onChange,
  emptyLabel = '（请选择）',
  error,
  hint,
  required,
  selectRef,
  ...rest
}: SelectFieldProps) {
  // A stored code that is no longer in the table is shown as itself rather than silently dropped.
  const unknown = value !== '' && !options.some((option) => option.code === value);
  return (
    <FieldFrame id={id} label={label} required={required} error={error} hint={hint}>
      <select
        {...rest}
        id={id}
        ref={selectRef}
        className="input"
        value={value}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        onChange={(event) => onChange(event.target.value)}
      >
        {emptyLabel !== null ? <option value="">{emptyLabel}</option> : null}
        {unknown ? <option value={value}>{`未知代码 ${value}`}</option> : null}
        {options.map((option) => (
          <option key={option.code} value={option.code}>
            {option.name}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}
