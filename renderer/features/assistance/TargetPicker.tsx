// 援助对象: a person of the registers or a zero-employment household, found by name, pinyin initials (zs → 张三) or
// part of the ID number. Picking a result fixes the target; 更换 starts over. Nobody is ever typed in here.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { HOUSEHOLD_STAGE, PERSON_STATUS, codeLabel } from '@shared/codes/index';
import type { Caller } from './request';

export type Target = { kind: 'person' | 'household'; id: number; name: string; detail: string };
type Kind = Target['kind'];

type TargetPickerProps = {
  id: string;
  caller: Caller;
  target: Target | null;
  onChange: (target: Target | null) => void;
  error?: string | undefined;
  /** households may be assisted too, except in the person search of a ledger */
  allowHouseholds?: boolean;
  label?: string;
};

async function search(caller: Caller, kind: Kind, text: string): Promise<Target[] | string> {
  if (kind === 'person') {
    const result = await caller('persons:list', { register: 'all', search: text, limit: 8 });
    if (!result.ok) return result.error.message;
    return result.value.rows.map((p) => ({
      kind,
      id: p.id,
      name: p.name,
      detail: [p.idNumber, p.villageName ?? '', codeLabel(PERSON_STATUS, p.status) ?? ''].filter(Boolean).join(' · '),
    }));
  }
  const result = await caller('households:list', { search: text, limit: 8 });
  if (!result.ok) return result.error.message;
  return result.value.rows.map((h) => ({
    kind,
    id: h.id,
    name: `${h.headName}户`,
    detail: [h.headIdNumber, h.villageName ?? '', codeLabel(HOUSEHOLD_STAGE, h.stage) ?? '']
      .filter(Boolean)
      .join(' · '),
  }));
}

export function TargetPicker(props: TargetPickerProps) {
  const { id, caller, target, onChange, error, allowHouseholds = true, label = '援助对象' } = props;
  const [kind, setKind] = useState<Kind>('person');
  const [text, setText] = useState('');
  const [results, setResults] = useState<Target[] | string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const listId = `${id}-results`;

  useEffect(() => {
    const typed = text.trim();
    if (typed === '') {
      setResults(null);
      return;
    }
    let current = true;
    // wait for a pause in typing, so `zs` asks the server once, not once per letter
    const timer = window.setTimeout(() => {
      void search(caller, kind, typed).then((found) => {
        if (current) setResults(found);
      });
    }, 250);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [caller, kind, text]);

  const pick = (chosen: Target) => {
    onChange(chosen);
    setText('');
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') setText('');
    // ↓ from the box goes to the first result, as in the search boxes clerks know
    if (event.key === 'ArrowDown' && event.target === inputRef.current) {
      event.preventDefault();
      document.querySelector<HTMLButtonElement>(`#${listId} button`)?.focus();
    }
  };

  if (target) {
    return (
      <div className="field as-target">
        <div className="field-label">
          <span className="side-label">{label}</span>
        </div>
        <div className="as-target-chosen" aria-label={`已选${label}`}>
          <strong>{target.name}</strong>
          <span className="muted">{target.detail}</span>
          <button type="button" className="btn btn-small" onClick={() => onChange(null)}>
            更换
          </button>
        </div>
      </div>
    );
  }

  const placeholder = kind === 'person' ? '姓名、拼音首字母或身份证号' : '户主姓名、拼音首字母或身份证号';
  return (
    <div className="field as-target" onKeyDown={onKeyDown}>
      <div className="field-label">
        <label htmlFor={id}>{label}</label>
        <span className="required" aria-hidden="true">
          *
        </span>
        {allowHouseholds ? (
          <span className="as-kind" role="radiogroup" aria-label="对象类别">
            {(['person', 'household'] as const).map((value) => (
              <label key={value} className="as-check">
                <input type="radio" name={`${id}-kind`} checked={kind === value} onChange={() => setKind(value)} />
                {value === 'person' ? '人员' : '零就业家庭'}
              </label>
            ))}
          </span>
        ) : null}
      </div>
      <input
        id={id}
        ref={inputRef}
        className="input"
        type="search"
        autoComplete="off"
        placeholder={placeholder}
        value={text}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        aria-controls={results ? listId : undefined}
        onChange={(event) => setText(event.target.value)}
      />
      {error ? (
        <div id={`${id}-error`} className="field-error">
          {error}
        </div>
      ) : null}
      {results !== null ? (
        <ul id={listId} className="as-results" aria-label="查找结果">
          {typeof results === 'string' ? <li className="as-empty">{results}</li> : null}
          {Array.isArray(results) && results.length === 0 ? <li className="as-empty">没有找到</li> : null}
          {Array.isArray(results)
            ? results.map((found) => (
                <li key={found.id}>
                  <button type="button" onClick={() => pick(found)}>
                    <strong>{found.name}</strong>
                    <span className="muted">{found.detail}</span>
                  </button>
                </li>
              ))
            : null}
        </ul>
      ) : null}
    </div>
  );
}
