import { beforeAll, describe, expect, it } from 'vitest';
import { generateDemo } from '@core/services/demo/index';
import { CHANGED_AFTER_SQL, CORRECTIONS_AFTER_SQL } from '@core/io/package/snapshot';
import { listQuery } from '@core/services/persons/query';
import { personListInput, type PersonListInput } from '@shared/contract';
import { matchesPinyin } from '@shared/domain/pinyin';
import { makeSetUpCore, testClock, type TestCore } from '../helpers/core';

// The register views hold 100,000 persons within 50 ms only while each filter keeps its index (see
// docs/benchmarks.md). The planner runs without ANALYZE statistics, as in the stations, so the plans here are the
// plans there; a lost or renamed index, or a query rewritten so the planner no longer takes it, fails here.

let core: TestCore;

beforeAll(async () => {
  core = await makeSetUpCore({ now: testClock().now });
  generateDemo(core.store, { persons: 400, seed: 'plans' });
});

function plans(input: PersonListInput): { count: string; page: string } {
  const query = listQuery(personListInput.parse(input), '2026-10-22');
  const explain = (sql: string, params: unknown[]) =>
    (core.store.sqlite.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[])
      .map((row) => row.detail)
      .join('\n');
  return { count: explain(query.countSql, query.params), page: explain(query.pageSql, query.pageParams) };
}

describe('query plans of the persons register', () => {
  it.each<[string, PersonListInput, string]>([
    ['village', { villageCode: '431025100201' }, 'USING INDEX persons_village_idx (village_code=?)'],
    ['status', { status: '2' }, 'USING INDEX persons_status_idx (status=?)'],
    ['follow-up due', { followUpDue: true }, 'USING INDEX persons_status_idx (status=?)'],
    ['pinyin initials', { search: 'zs' }, 'USING INDEX persons_initials_idx (name_initials>? AND name_initials<?)'],
    ['name fragment', { search: '建' }, 'USING COVERING INDEX persons_name_idx'],
    ['ID number fragment', { search: '031512' }, 'USING INDEX persons_id_number_unique'],
  ])('%s uses its index for the count and the page', (_label, input, index) => {
    const { count, page } = plans(input);
    expect(count).toContain(index);
    expect(page).toContain(index);
  });

  it('counts the whole register from the partial ID index alone', () => {
    expect(plans({}).count).toContain('SCAN p USING INDEX persons_id_number_unique');
  });

  it('never walks the partial ID index to look up persons one by one for other filters', () => {
    // `+p.deleted_at IS NULL` in query.ts: without it the planner reads the difficulty register through
    // persons_id_number_unique, one random lookup per person, ten times slower than a plain scan
    for (const input of [
      { register: 'difficulty' },
      { register: 'disabled' },
      { search: '建' },
      { status: '1' },
    ] as const) {
      const { count, page } = plans(input);
      expect(`${count}\n${page}`).not.toMatch(/SCAN p USING INDEX persons_id_number_unique/);
    }
  });

  it('finds by initials or spelling exactly the names matching as prefixes', async () => {
    const rows = core.store.sqlite
      .prepare('SELECT id, name, name_initials AS initials, name_pinyin AS full FROM persons')
      .all() as {
      id: number;
      name: string;
      initials: string;
      full: string;
    }[];
    for (const query of ['z', 'zs', 'zh', 'zhang', 'wj', 'li', 'shanl', 'ch', 'ou', 'xy']) {
      const expected = rows
        .filter((row) => row.initials.startsWith(query) || row.full.startsWith(query))
        .map((row) => row.id);
      const found = await core.must('persons:list', { search: query, limit: 1000 });
      expect(
        found.rows.map((row) => row.id).sort((a, b) => a - b),
        query,
      ).toEqual(expected.sort((a, b) => a - b));
      for (const row of found.rows) expect(matchesPinyin(query, row.name), `${query} ${row.name}`).toBe(true);
    }
  });
});

describe('query plans of the state at a quarter end', () => {
  const explain = (sql: string, params: unknown[]) =>
    (core.store.sqlite.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[])
      .map((row) => row.detail)
      .join('\n');

  it('finds the records changed after the moment from the history index alone', () => {
    expect(explain(CHANGED_AFTER_SQL, ['person', 0])).toContain(
      'USING COVERING INDEX change_log_entity_at_idx (entity=? AND at>?)',
    );
  });

  it('reads the corrections made since from their own index, not the whole later history', () => {
    expect(explain(CORRECTIONS_AFTER_SQL, ['person', 0])).toContain('USING INDEX change_log_corrections_idx (at>?)');
  });
});
