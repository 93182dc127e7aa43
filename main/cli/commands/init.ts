import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createCliSession } from '@core/session';
import { parseVillagesCsv } from '@core/io/villages-csv';
import type { SetupInput } from '@shared/contract';
import { CliError, EXIT, emit, type CliContext } from '../io';
import { openCoreForCli } from '../open';

export const INIT_USAGE =
  'init --county 县代码 --township 乡镇代码 --name 乡镇名称 [--villages 村社区.csv] [--head-user 登录名] [--head-name 姓名]（密码从标准输入读取）';

/** `init`: the setup wizard for scripts. The password comes from standard input, never from the command line. */
export async function runInit(ctx: CliContext): Promise<void> {
  const { values } = parseArgs({
    args: ctx.args,
    options: {
      county: { type: 'string' },
      township: { type: 'string' },
      name: { type: 'string' },
      villages: { type: 'string' },
      'head-user': { type: 'string', default: 'admin' },
      'head-name': { type: 'string', default: '站负责人' },
    },
    strict: true,
  });
  if (!values.county || !values.township || !values.name) throw new CliError(EXIT.usage, `用法：${INIT_USAGE}`);

  let villages: SetupInput['villages'] = [];
  if (values.villages) {
    const file = path.resolve(values.villages);
    if (!fs.existsSync(file)) throw new CliError(EXIT.invalid, `找不到村（社区）文件：${file}`);
    const parsed = parseVillagesCsv(fs.readFileSync(file));
    if (parsed.problems.length > 0) throw new CliError(EXIT.invalid, parsed.problems.join('\n'), parsed.problems);
    villages = parsed.villages;
  }
  const password = (await ctx.readStdin()).split(/\r?\n/)[0] ?? '';

  const existed = fs.existsSync(ctx.dbPath);
  const core = openCoreForCli(ctx.dbPath);
  let done = false;
  try {
    const result = await core.dispatch(createCliSession('命令行'), 'setup:complete', {
      countyCode: values.county,
      townshipCode: values.township,
      townshipName: values.name,
      villages,
      head: { username: values['head-user'], displayName: values['head-name'], password },
    } satisfies SetupInput);
    if (!result.ok) {
      const lines = Object.entries(result.error.fields ?? {}).map(([field, message]) => `  ${field}：${message}`);
      throw new CliError(EXIT.invalid, [result.error.message, ...lines].join('\n'), result.error);
    }
    emit(ctx, { ok: true, db: ctx.dbPath, ...(result.value as object) }, () => {
      return `已完成设置：${values.name}（${values.township}），村（社区）${villages.length} 个。数据库：${ctx.dbPath}`;
    });
    done = true;
  } finally {
    core.close();
    // a refused init leaves no trace: not even the empty database file it had to create to ask the services
    if (!done && !existed) removeDatabaseFiles(ctx.dbPath);
  }
}

function removeDatabaseFiles(dbPath: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal', '.audit-key']) fs.rmSync(dbPath + suffix, { force: true });
}
