import { useEffect, useState } from 'react';
import type { ChannelOutput } from '@shared/contract';
import type { Caller } from './request';

export type Village = ChannelOutput<'villages:list'>[number];

/** The township's villages for the filters and the application form; a failure just leaves the list empty. */
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
