// 登记新人员 starts with the ID number: the server checks it (GB 11643 check digit, real birth date), derives sex,
// birth date and age, upgrades a 15-digit number, and says whether the person is already registered.
import { useCallback, useRef, useState } from 'react';
import type { ChannelOutput } from '@shared/contract';
import type { Caller } from '@renderer/components/useCaller';

export type IdFacts = ChannelOutput<'persons:lookup'>;

export type IdLookup =
  | { state: 'idle' }
  | { state: 'checking'; typed: string }
  | { state: 'ok'; typed: string; facts: IdFacts }
  | { state: 'error'; typed: string; message: string };

export function useIdLookup(caller: Caller) {
  const [lookup, setLookup] = useState<IdLookup>({ state: 'idle' });
  // Enter checks the number and moves the cursor on, whose blur would check it again: one request per text.
  const last = useRef<{ text: string; outcome: Promise<IdLookup> } | null>(null);

  const check = useCallback(
    (typed: string): Promise<IdLookup> => {
      const text = typed.trim();
      if (last.current?.text === text) return last.current.outcome;
      if (text === '') {
        const empty: IdLookup = { state: 'error', typed: text, message: '请输入身份证号码' };
        setLookup(empty);
        return Promise.resolve(empty);
      }
      setLookup({ state: 'checking', typed: text });
      const outcome = caller('persons:lookup', { idNumber: text }).then((result): IdLookup => {
        const next: IdLookup = result.ok
          ? { state: 'ok', typed: text, facts: result.value }
          : { state: 'error', typed: text, message: result.error.fields?.idNumber ?? result.error.message };
        // a slower answer for text the clerk has since changed must not overwrite the newer one
        if (last.current?.text === text) setLookup(next);
        return next;
      });
      last.current = { text, outcome };
      return outcome;
    },
    [caller],
  );

  return { lookup, check };
}
