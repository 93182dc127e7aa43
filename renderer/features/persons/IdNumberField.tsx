// The first field of 登记新人员, with what the number tells: 性别, 出生日期, 年龄 (read-only, never typed).
import type { KeyboardEvent, Ref } from 'react';
import { TextField } from '@renderer/components/TextField';
import { sexLabel } from './format';
import type { IdLookup } from './useIdLookup';

type IdNumberFieldProps = {
  value: string;
  lookup: IdLookup;
  /** A server field message (e.g. after save) that wins over the lookup's. */
  error: string | undefined;
  onChange: (value: string) => void;
  onCheck: (viaEnter: boolean) => void;
  inputRef: Ref<HTMLInputElement>;
};

export function IdNumberField({ value, lookup, error, onChange, onCheck, inputRef }: IdNumberFieldProps) {
  const facts = lookup.state === 'ok' ? lookup.facts : null;
  const shownError = error ?? (lookup.state === 'error' ? lookup.message : undefined);
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
    // the form's "Enter moves on" waits for the check: the next fields open only for a valid number
    event.preventDefault();
    onCheck(true);
  };
  return (
    <div className="ps-id-row">
      <div className="ps-id-input">
        <TextField
          id="ps-idNumber"
          label="公民身份号码"
          required
          autoFocus
          autoComplete="off"
          spellCheck={false}
          maxLength={24}
          value={value}
          error={shownError}
          hint="18 位身份证号，15 位旧号码会自动升为 18 位；输入后按回车"
          inputRef={inputRef}
          onChange={onChange}
          onBlur={() => onCheck(false)}
          onKeyDown={onKeyDown}
        />
      </div>
      <dl className="ps-derived" aria-label="由身份证号得出" aria-live="polite">
        <div>
          <dt>性别</dt>
          <dd>{facts ? sexLabel(facts.sex) : '—'}</dd>
        </div>
        <div>
          <dt>出生日期</dt>
          <dd>{facts?.birthDate ?? '—'}</dd>
        </div>
        <div>
          <dt>年龄</dt>
          <dd>{facts && facts.age !== null ? `${facts.age} 周岁` : '—'}</dd>
        </div>
      </dl>
      {lookup.state === 'checking' ? <p className="muted ps-id-status">正在核对……</p> : null}
    </div>
  );
}
