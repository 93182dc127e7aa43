// The API client as the area pages use it: a session that timed out (idle log-out) sends the clerk back to the
// log-in page from wherever the call was made, instead of each page checking for it.
import { useCallback } from 'react';
import { call } from '@renderer/api/client';
import { leaveSessionNotice } from './sessionNotice';
import type { ChannelInput, ChannelName, ChannelOutput, RpcResult } from '@shared/contract';

export type Caller = <C extends ChannelName>(
  channel: C,
  input: ChannelInput<C>,
) => Promise<RpcResult<ChannelOutput<C>>>;

export function useCaller(onSessionLost: () => void): Caller {
  return useCallback(
    async <C extends ChannelName>(channel: C, input: ChannelInput<C>) => {
      const result = await call(channel, input);
      if (!result.ok && (result.error.code === 'UNAUTHENTICATED' || result.error.code === 'DB_DAMAGED')) {
        // the log-in page says why (e.g. the idle log-out); a damaged database makes App show the recovery page
        if (result.error.code === 'UNAUTHENTICATED') leaveSessionNotice(result.error.message);
        onSessionLost();
      }
      return result;
    },
    [onSessionLost],
  );
}
