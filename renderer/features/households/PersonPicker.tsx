// 添加已登记人员: a search box over the person registers (name, pinyin initials or part of the ID number); picking a
// result adds that record as a member, so the same person is never typed twice.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { PersonRow } from '@shared/contract';
import { personStatusLabel } from './format';
import type { Caller } from './request';

type PersonPickerProps = {
  id: string;
  caller: Caller;
  /** person ids already in the household: shown, but cannot be picked again */
  taken: ReadonlySet<number>;
  onPick: (person: PersonRow) => void;
};

export function PersonPicker({ id, caller, taken, onPick }: PersonPickerProps) {
  const [search, setSearch] = useState('');
  const [results, setResults] = useState<PersonRow[] | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const listId = `${id}-results`;

  useEffect(() => {
    const text = search.trim();
    if (text === '') {
      setResults(null);
      return;
    }
    let current = true;
    const timer = window.setTimeout(() => {
      const load = async () => {
        const result = await caller('persons:list', { search: text, limit: 8 });
        if (!current) return;
        setResults(result.ok ? result.value.rows : []);
        setMessage(result.ok ? null : result.error.message);
      };
      void load();
    }, 250);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [caller, search]);

  const pick = (person: PersonRow) => {
    onPick(person);
    setSearch('');
    inputRef.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      setSearch('');
      inputRef.current?.focus();
    }
    // Down arrow from the box goes to the first result, as in the search boxes clerks know
    if (event.key === 'ArrowDown' && event.target === inputRef.current) {
      event.preventDefault();
      document.querySelector<HTMLButtonElement>(`#${listId} button:not(:disabled)`)?.focus();
    }
  };

  return (
    <div className="hh-picker" onKeyDown={onKeyDown}>
      <div className="field">
        <label htmlFor={id}>添加已登记人员</label>
        <input
          id={id}
          ref={inputRef}
          className="input"
          type="search"
          autoComplete="off"
          placeholder="输入姓名、拼音首字母或身份证号"
          value={search}
          aria-controls={results ? listId : undefined}
          onChange={(event) => setSearch(event.target.value)}
        />
      </div>
      {results ? (
        <ul id={listId} className="hh-picker-results" aria-label="查找结果">
          {message ? <li className="hh-empty">{message}</li> : null}
          {results.length === 0 && !message ? (
            <li className="hh-empty">人员登记中没有找到，可用“手工录入成员”</li>
          ) : null}
          {results.map((person) => (
            <li key={person.id}>
              <button type="button" disabled={taken.has(person.id)} onClick={() => pick(person)}>
                <strong>{person.name}</strong>
                <span>{person.idNumber}</span>
                <span className="muted">{person.villageName ?? ''}</span>
                <span className="muted">{taken.has(person.id) ? '已加入' : personStatusLabel(person.status)}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
