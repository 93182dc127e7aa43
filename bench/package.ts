// The quarterly package and its figures at full size: 100,000 persons, 5,000 households, 200,000 assistance actions.
// The export runs in a child process so its peak memory is measured alone (budget: 10 s, 500 MB); the quarter's
// indicators go through stats:quarter, the same code path as indicators.csv (bench/statistics.ts; budget: 300 ms).

import { spawnSync } from 'node:child_process';
import { previousQuarter, quarterOf, todayInChina } from '@shared/domain/dates';
import { generateDemo } from '@core/services/demo/index';
import { openBenchStation } from './station';
import { statisticsFigures } from './statistics';
import type { BenchSuite, Figure } from './types';

export const packageSuite: BenchSuite = {
  name: 'package',
  title: '季度报送与统计',
  run: async ({ persons, log }) => {
    const station = await openBenchStation();
    try {
      const households = Math.round(persons / 20);
      const actions = persons * 2;
      log(`生成 ${persons} 人、${households} 户、${actions} 条援助记录……`);
      generateDemo(station.core.store, { persons, households, actions, seed: 'bench-package' });
      const now = quarterOf(todayInChina(Date.now()));
      const last = previousQuarter(now.year, now.quarter);
      const figures: Figure[] = [];

      figures.push(...(await statisticsFigures(station, last, persons, log)));

      station.core.store.sqlite.pragma('wal_checkpoint(TRUNCATE)');
      log(`生成 ${last.year}Q${last.quarter} 报送包（子进程）……`);
      const child = spawnSync(
        process.execPath,
        ['--import', 'tsx', 'bench/package-child.ts', station.dbPath, `${last.year}Q${last.quarter}`],
        {
          encoding: 'utf8',
          maxBuffer: 16 * 1024 * 1024,
        },
      );
      if (child.status !== 0) throw new Error(`报送包生成失败：${child.stderr}`);
      const made = JSON.parse(child.stdout.trim().split('\n').pop()!) as {
        ms: number;
        maxRssMb: number;
        counts: Record<string, number>;
      };
      const rows = `${made.counts['persons.csv']} 人，${made.counts['households.csv']} 户，${made.counts['assistance.csv']} 条援助`;
      figures.push(
        {
          name: 'package.export-time',
          label: `生成并校验报送包（${rows}）`,
          value: Math.round(made.ms / 100) / 10,
          unit: 's',
          budget: 10,
        },
        {
          name: 'package.export-peak-memory',
          label: '生成报送包时进程内存峰值',
          value: Math.round(made.maxRssMb),
          unit: 'MB',
          budget: 500,
        },
      );
      return figures;
    } finally {
      station.close();
    }
  },
};
