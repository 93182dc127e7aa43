// A date typed the way clerks type dates in Excel — 2024.3.5, 2024/3/5, 20240305, 2024年3月5日, full-width digits —
// and turned into 2024-03-05 when the cursor leaves the field. Chosen over <input type="date">, whose mm/dd/yyyy
// segments follow the Windows locale and cannot take a pasted date from a spreadsheet.
import { useState } from 'react';
import { normaliseDate } from '@shared/domain/date-normalise';
import { TextField } from './TextField';

type DateFieldProps = {
  id: string;
  label: string;
  /** YYYY-MM-DD once normalised; whatever the clerk typed until then. */
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  hint?: string | undefined;
  required?: boolean;
  disabled?: boolean;
};

export function DateField({ id, label, value, onChange, error, hint, required, disabled }: DateFieldProps) {
  const [problem, setProblem] = useState<string | null>(null);
  const settle = () => {
    if (value.trim() === '') {
      setProblem(null);
      return;
    }
    const result = normaliseDate(value);
    if (result.ok) {
      setProblem(null);
      if (result.date !== value) onChange(result.date);
    } else setProblem(result.message);
  };
  return (
    <TextField
      id={id}
      label={label}
      value={value}
      required={required}
      disabled={disabled}
      autoComplete="off"
      inputMode="numeric"
      placeholder="如 2024-03-05"
      maxLength={20}
      error={error ?? problem ?? undefined}
      hint={hint}
      onChange={(next) => {
        setProblem(null);
        onChange(next);
      }}
      onBlur={settle}
    />
  );
}
