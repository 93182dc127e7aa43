import { useEffect, useState } from 'react';
import type { ChannelOutput } from '@shared/contract';
import type { Caller } from '@renderer/components/useCaller';

export type Village = ChannelOutput<'villages:list'>[number];

/** The township's villages for filters and forms; a failure leaves the list empty (the form still works). */
export function useVillages(caller: Caller): Village[] {
  const [villages, setVillages] = useState<Village[]>([]);
  useEffect(() => {
    let current = true;
    const load = async () => {
      const result = await caller('villages:list', {});
      if (current && result.ok) setVillages(result.value);
    };
    void load();
    return () => {
      current = false;
    };
  }, [caller]);
  return villages;
}
