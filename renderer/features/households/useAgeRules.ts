import { useEffect, useState } from 'react';
import { DEFAULT_AGE_RULES, type AgeRules } from '@shared/domain/working-age';
import type { Caller } from './request';

/** The county's working-age rules for the age preview; the defaults stand in until (or unless) settings answer. */
export function useAgeRules(caller: Caller): AgeRules {
  const [rules, setRules] = useState<AgeRules>(DEFAULT_AGE_RULES);
  useEffect(() => {
    let current = true;
    const load = async () => {
      const result = await caller('settings:get', {});
      if (current && result.ok) setRules(result.value.ageRules);
    };
    void load();
    return () => {
      current = false;
    };
  }, [caller]);
  return rules;
}
