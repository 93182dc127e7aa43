// The names of the records behind the problems: a clerk knows 张三, not "persons.csv 第 5 行". The check reports only
// the record's id, so the names are looked up here — for the first few dozen, which is what a clerk works through
// before checking again.
import { useEffect, useState } from 'react';
import type { PackageProblem } from '@shared/contract';
import type { Caller } from '@renderer/components/useCaller';

const LOOKED_UP = 50;

type Link = NonNullable<PackageProblem['link']>;
const keyOf = (link: Link) => `${link.kind}:${link.id}`;

export function recordKey(link: PackageProblem['link']): string | null {
  return link ? keyOf(link) : null;
}

export function useRecordNames(caller: Caller, problems: readonly PackageProblem[]): Map<string, string> {
  const [names, setNames] = useState<Map<string, string>>(new Map());
  useEffect(() => {
    let current = true;
    const links = new Map<string, Link>();
    for (const problem of problems) {
      if (problem.link && problem.link.kind !== 'assistance' && links.size < LOOKED_UP) {
        links.set(keyOf(problem.link), problem.link);
      }
    }
    const load = async () => {
      const found = new Map<string, string>();
      for (const [key, link] of links) {
        if (link.kind === 'person') {
          const result = await caller('persons:get', { id: link.id });
          if (result.ok) found.set(key, result.value.name);
        } else {
          const result = await caller('households:get', { id: link.id });
          if (result.ok) found.set(key, `${result.value.headName}户`);
        }
      }
      if (current) setNames(found);
    };
    void load();
    return () => {
      current = false;
    };
  }, [caller, problems]);
  return names;
}
