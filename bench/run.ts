// `npm run bench [-- --only persons[,…]] [--persons N] [--json]`: the performance figures of the app against their
// budgets. Prints a table (or with --json a JSON array of {name, value, unit, budget}); exits 1 when a figure is
// over its budget, 2 on a usage error.
import os from 'node:os';
import { parseArgs } from 'node:util';
import { formatTable } from '../main/cli/text-table';
import { BENCH_SUITES } from './suites';
import { overBudget, type Figure } from './types';

const USAGE = '用法：npm run bench -- [--only 组名[,组名]] [--persons 人数] [--json]';

function figureTable(figures: readonly Figure[]): string {
  const rows = [
    ['指标', '名称', '数值', '单位', '预算', '结果'],
    ...figures.map((f) => [
      f.label,
      f.name,
      String(f.value),
      f.unit,
      f.budget === null ? '—' : `≤ ${f.budget}`,
      f.budget === null ? '' : overBudget(f) ? '超出' : '达标',
    ]),
  ];
  return formatTable(rows);
}

async function main(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        only: { type: 'string' },
        persons: { type: 'string', default: '100000' },
        json: { type: 'boolean', default: false },
      },
      strict: true,
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const persons = Number(values.persons);
  if (!Number.isInteger(persons) || persons < 1) {
    console.error(`人数应为正整数：${values.persons}\n${USAGE}`);
    return 2;
  }
  const wanted = values.only
    ?.split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  const unknown = wanted?.filter((name) => !BENCH_SUITES.some((suite) => suite.name === name)) ?? [];
  if (unknown.length > 0) {
    console.error(`没有这个测试组：${unknown.join('、')}。可选：${BENCH_SUITES.map((s) => s.name).join('、')}`);
    return 2;
  }
  const suites = BENCH_SUITES.filter((suite) => !wanted || wanted.includes(suite.name));
  // figures are wall-clock times: a busy machine inflates them, so the load is on record next to them
  const load = () =>
    os
      .loadavg()
      .map((n) => n.toFixed(2))
      .join(' ');
  console.error(
    `机器：${os.cpus()[0]?.model ?? '?'} × ${os.availableParallelism()}，Node ${process.version}，负载 ${load()}`,
  );
  const figures: Figure[] = [];
  for (const suite of suites) {
    console.error(`== ${suite.title}（${suite.name}）`);
    figures.push(...(await suite.run({ persons, log: (line) => console.error(`  ${line}`) })));
  }
  console.error(`结束时负载 ${load()}`);
  if (values.json) {
    console.log(
      JSON.stringify(
        figures.map(({ name, value, unit, budget }) => ({ name, value, unit, budget })),
        null,
        2,
      ),
    );
  } else {
    console.log(figureTable(figures));
  }
  const over = figures.filter(overBudget);
  if (over.length > 0)
    console.error(`超出预算：${over.map((f) => `${f.name} ${f.value}${f.unit} > ${f.budget}${f.unit}`).join('；')}`);
  return over.length > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
