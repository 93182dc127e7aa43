// The persons of one village for 批量登记, read in pages of 1,000 (the list channel's limit) up to the 2,000 a batch
// may hold. Masked ID numbers are enough to tell two people of the same name apart at the door.
import { useEffect, useState } from 'react';
import { PERSON_STATUS, isCode } from '@shared/codes/index';
import type { PersonRow } from '@shared/contract';
import type { Caller } from './request';

export const BATCH_LIMIT = 2000;
const PAGE = 1000;

export type VillagePersons = { rows: PersonRow[]; total: number } | { error: string } | null;

export function useVillagePersons(caller: Caller, villageCode: string, status: string): VillagePersons {
  const [state, setState] = useState<VillagePersons>(null);
  useEffect(() => {
    setState(null);
    if (!villageCode) return;
    let current = true;
    const load = async () => {
      const rows: PersonRow[] = [];
      let total = 0;
      for (let offset = 0; offset < BATCH_LIMIT; offset += PAGE) {
        const result = await caller('persons:list', {
          register: 'all',
          villageCode,
          ...(isCode(PERSON_STATUS, status) ? { status } : {}),
          sort: { field: 'name', dir: 'asc' },
          offset,
          limit: PAGE,
        });
        if (!current) return;
        if (!result.ok) {
          setState({ error: result.error.message });
          return;
        }
        rows.push(...result.value.rows);
        total = result.value.total;
        if (rows.length >= total) break;
      }
      setState({ rows, total });
    };
    void load();
    return () => {
      current = false;
    };
  }, [caller, villageCode, status]);
  return state;
}
