// Sends one write of the person page (save, employ, cancel, recognise…): checks the input with the contract's own
// schema first, then shows the server's answer — field messages next to the fields, a stale version as a conflict
// the clerk must resolve by reloading (never by overwriting another clerk's work).
import { useState } from 'react';
import { issuesToFieldErrors, type FieldErrors } from '@renderer/components/fieldErrors';
import { channels, type ChannelInput, type ChannelName, type ChannelOutput } from '@shared/contract';
import type { Caller } from '@renderer/components/useCaller';

export type ActionState = {
  errors: FieldErrors;
  message: string | null;
  /** the record changed since it was opened */
  conflict: boolean;
  busy: boolean;
};

export function useAction<C extends ChannelName>(caller: Caller, channel: C) {
  const [state, setState] = useState<ActionState>({ errors: {}, message: null, conflict: false, busy: false });

  const run = async (input: unknown): Promise<ChannelOutput<C> | null> => {
    if (state.busy) return null;
    const parsed = channels[channel].input.safeParse(input);
    if (!parsed.success) {
      setState({
        errors: issuesToFieldErrors(parsed.error.issues),
        message: '请按红色提示修改。',
        conflict: false,
        busy: false,
      });
      return null;
    }
    setState((old) => ({ ...old, busy: true }));
    // the schema's output (trimmed, '' → null) is a valid input of the same schema
    const result = await caller(channel, parsed.data as ChannelInput<C>);
    if (result.ok) {
      setState({ errors: {}, message: null, conflict: false, busy: false });
      return result.value;
    }
    const { code, message, fields } = result.error;
    setState({ errors: fields ?? {}, message, conflict: code === 'CONFLICT' && !fields, busy: false });
    return null;
  };

  // Editing a field clears its message; once nothing is left to fix, the summary on top goes too.
  const clearField = (field: string) =>
    setState((old) => {
      const errors = Object.fromEntries(Object.entries(old.errors).filter(([key]) => key !== field));
      const settled = Object.keys(errors).length === 0 && !old.conflict;
      return { ...old, errors, message: settled ? null : old.message };
    });

  return { ...state, run, clearField };
}
