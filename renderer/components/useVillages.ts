import { useEffect, useState } from 'react';
import type { ChannelOutput } from '@shared/contract';
import type { Caller } from './useCaller';

export type Village = ChannelOutput<'villages:list'>[number];

/** The township's villages for filters and forms; a failure leaves the list empty (the page still works). */
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

/** A village's name in a drop-down: retired villages stay selectable for old records, and say so. */
export const villageOptionLabel = (village: Village) => (village.active ? village.name : `${village.name}（已停用）`);
