import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { isValidIsoDate } from '@shared/domain/dates';
import { createCliSession } from '@core/session';
import { getTownship } from '@core/services/township';
import { DEMO_HEAD_PASSWORD, DEMO_MAX_PERSONS, DEMO_SETUP, generateDemo } from '@core/services/demo/index';
import { CliError, EXIT, emit, type CliContext } from '../io';
import { openCoreForCli } from '../open';

export const DEMO_USAGE =
  'demo --persons 人数 [--seed 种子] [--today YYYY-MM-DD] [--init]  生成演示数据（--init：本机未设置时先建示范镇）';

/**
 * `demo`: fills the township with synthetic persons (the same seed gives the same persons). Meant for training,
 * screenshots and benchmarks — never for a station's real database, which is why it does not set up a township
 * unless asked to with `--init`.
 */
export async function runDemo(ctx: CliContext): Promise<void> {
  const { values } = parseArgs({
    args: ctx.args,
    options: {
      persons: { type: 'string' },
      seed: { type: 'string', default: '1' },
      today: { type: 'string' },
      init: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.persons === undefined) throw new CliError(EXIT.usage, `用法：${DEMO_USAGE}`);
  const persons = Number(values.persons);
  if (!/^\d+$/.test(values.persons) || persons < 1 || persons > DEMO_MAX_PERSONS) {
    throw new CliError(EXIT.invalid, `人数应为 1 到 ${DEMO_MAX_PERSONS} 之间的整数，现为“${values.persons}”`);
  }
  const today = values.today;
  if (today !== undefined && !isValidIsoDate(today)) {
    throw new CliError(EXIT.invalid, `日期应为有效的 YYYY-MM-DD，现为“${String(today)}”`);
  }

  const existed = fs.existsSync(ctx.dbPath);
  const core = openCoreForCli(ctx.dbPath);
  let done = false;
  try {
    const lines: string[] = [];
    let initialised = false;
    if (!getTownship(core.store)) {
      if (!values.init) {
        throw new CliError(
          EXIT.invalid,
          '本机尚未完成首次设置，不能生成演示数据。请先运行 init，或加 --init 建立演示用的示范镇。',
        );
      }
      const setup = await core.dispatch(createCliSession('命令行'), 'setup:complete', DEMO_SETUP);
      if (!setup.ok) throw new CliError(EXIT.invalid, setup.error.message, setup.error);
      initialised = true;
      lines.push(
        `已建立演示乡镇：${DEMO_SETUP.townshipName}（${DEMO_SETUP.townshipCode}），村（社区）${DEMO_SETUP.villages.length} 个`,
        `负责人登录名 ${DEMO_SETUP.head.username}，密码 ${DEMO_HEAD_PASSWORD}`,
      );
    } else if (values.init) {
      lines.push('本机已完成首次设置，忽略 --init，演示数据加入现有乡镇。');
    }
    const result = generateDemo(core.store, { persons, seed: values.seed, today });
    const counts = result.counts.map((c) => `${c.label} ${c.count}`).join('，');
    lines.push(
      `已生成演示数据（种子 ${result.seed}，截至 ${result.today}）：${counts}，变更记录 ${result.historyEntries} 条，` +
        `用时 ${(result.ms / 1000).toFixed(1)} 秒`,
    );
    emit(
      ctx,
      {
        ok: true,
        db: ctx.dbPath,
        ...(initialised ? { head: { username: DEMO_SETUP.head.username, password: DEMO_HEAD_PASSWORD } } : {}),
        ...result,
      },
      () => lines.join('\n'),
    );
    done = true;
  } finally {
    core.close();
    // a refused run on a new path leaves no empty database behind (as `init` does)
    if (!done && !existed) {
      for (const suffix of ['', '-wal', '-shm', '-journal', '.audit-key'])
        fs.rmSync(ctx.dbPath + suffix, { force: true });
    }
  }
}
