// imports:progress answers while an analyse or commit is under way (core reads the file in a worker), so the bar is
// fed by polling it every 300 ms for exactly as long as the tracked call is pending.
import { useCallback, useRef, useState } from 'react';
import type { ChannelOutput } from '@shared/contract';
import type { Caller } from '@renderer/components/useCaller';

export type ImportProgressState = ChannelOutput<'imports:progress'>;

const POLL_MS = 300;
const STARTING: ImportProgressState = { active: true, phase: 'read', rows: 0 };

const pause = (ms: number) => new Promise<void>((resolve) => window.setTimeout(resolve, ms));

export function useImportProgress(caller: Caller) {
  const [progress, setProgress] = useState<ImportProgressState | null>(null);
  // several tracked calls can overlap (two quick corrections); the bar goes only when the last one ends
  const pending = useRef(0);

  const track = useCallback(
    async <T>(work: () => Promise<T>): Promise<T> => {
      pending.current += 1;
      setProgress(STARTING);
      let running = true;
      const poll = async () => {
        while (running) {
          await pause(POLL_MS);
          if (!running) return;
          const result = await caller('imports:progress', {});
          // an inactive answer is the previous import's last state: keep the bar where it is
          if (running && result.ok && result.value.active) setProgress(result.value);
        }
      };
      void poll();
      try {
        return await work();
      } finally {
        running = false;
        pending.current -= 1;
        if (pending.current === 0) setProgress(null);
      }
    },
    [caller],
  );

  return { progress, track };
}
