// Persons register at 100,000 persons: demo generation (informational) and the list/search queries the register
// screen runs, through core.dispatch as the logged-in head — validation, rights and row mapping included.

import type { ChannelInput } from '@shared/contract';
import { DEMO_SETUP, generateDemo } from '@core/services/demo/index';
import { latencyFigures, timeRepeated } from './measure';
import { databaseSizeMb, openBenchStation } from './station';
import type { BenchSuite, Figure } from './types';

/** What a clerk waits for after typing in the search box or picking a filter. */
const QUERY_BUDGET_MS = 50;

export const personsSuite: BenchSuite = {
  name: 'persons',
  title: '人员名册',
  run: async ({ persons, log }) => {
    const station = await openBenchStation();
    try {
      log(`生成 ${persons} 名演示人员……`);
      const demo = generateDemo(station.core.store, { persons, seed: 'bench' });
      const figures: Figure[] = [
        {
          name: 'persons.demo-generate',
          // every generator of the demo runs (households and assistance build on the persons)
          label: `生成演示数据（${demo.counts.map((c) => `${c.label} ${c.count}`).join('，')}）`,
          value: round(demo.ms / 1000),
          unit: 's',
          budget: null,
        },
        { name: 'persons.db-size', label: '数据库大小', value: databaseSizeMb(station), unit: 'MB', budget: null },
      ];
      // a fragment of a real person's number (birth month, day and sequence), as a clerk types from a card
      const sample = station.core.store.sqlite
        .prepare('SELECT id_number FROM persons ORDER BY id LIMIT 1 OFFSET ?')
        .pluck()
        .get(Math.floor(persons / 2)) as string;
      const queries: [string, string, ChannelInput<'persons:list'>][] = [
        ['persons.list-all', '全部（首页）', {}],
        ['persons.list-village', '按村（社区）', { villageCode: DEMO_SETUP.villages[4]!.code }],
        ['persons.list-status', '按状态（已就业）', { status: '2' }],
        ['persons.search-name', '姓名汉字片段“建”', { search: '建' }],
        ['persons.search-initials', '拼音首字母 zj', { search: 'zj' }],
        ['persons.search-id', '身份证号片段', { search: sample.slice(10, 16) }],
        ['persons.list-follow-up', '待回访', { followUpDue: true }],
        ['persons.list-difficulty', '就业困难人员名册', { register: 'difficulty' }],
      ];
      for (const [name, label, input] of queries) {
        log(`测量 ${label}……`);
        const task = async () => {
          const result = await station.core.dispatch(station.session, 'persons:list', input);
          if (!result.ok) throw new Error(`${label}：${result.error.message}`);
        };
        figures.push(...latencyFigures(name, `人员名册·${label}`, await timeRepeated(task), QUERY_BUDGET_MS));
      }
      return figures;
    } finally {
      station.close();
    }
  },
};

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
