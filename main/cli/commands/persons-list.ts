import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { PERSON_STATUS, SEX, codeLabel } from '@shared/codes/index';
import { personListInput, type PersonListInput, type PersonRow } from '@shared/contract';
import { appendAudit } from '@core/services/audit';
import { getTownship } from '@core/services/township';
import { createCliSession } from '@core/session';
import { CliError, EXIT, emit, type CliContext } from '../io';
import { openCoreForCli } from '../open';
import { formatTable } from '../text-table';

export const PERSONS_LIST_USAGE =
  'persons list [--search 姓名/拼音首字母/身份证号片段] [--status 1|2|3] [--village 村代码] ' +
  '[--register all|unemployed|difficulty|disabled]  列出全部符合条件的人员（身份证号完整显示）';

/** The largest page persons:list serves; the command pages through all of them. */
const PAGE = 1000;

/**
 * `persons list`: every matching person, through persons:list as the UI asks for it. The CLI acts with the head's
 * rights, so ID numbers are shown in full — and, as for every view of full numbers, the use is in the audit log.
 */
export async function runPersonsList(ctx: CliContext): Promise<void> {
  const { values } = parseArgs({
    args: ctx.args,
    options: {
      search: { type: 'string' },
      status: { type: 'string' },
      village: { type: 'string' },
      register: { type: 'string', default: 'all' },
    },
    strict: true,
  });
  const filter = {
    register: values.register,
    ...(values.search !== undefined ? { search: values.search } : {}),
    ...(values.status !== undefined ? { status: values.status } : {}),
    ...(values.village !== undefined ? { villageCode: values.village } : {}),
  } as PersonListInput;
  const checked = personListInput.safeParse(filter);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    const option = { villageCode: 'village' }[String(issue?.path[0])] ?? String(issue?.path[0] ?? '');
    throw new CliError(EXIT.invalid, `--${option}：${issue?.message ?? '输入有误'}`, checked.error.issues);
  }
  if (!fs.existsSync(ctx.dbPath)) throw new CliError(EXIT.damaged, `找不到数据库文件：${ctx.dbPath}`);

  const core = openCoreForCli(ctx.dbPath);
  try {
    if (!getTownship(core.store)) throw new CliError(EXIT.invalid, '本机尚未完成首次设置，没有人员可列出。');
    const session = createCliSession('命令行');
    const rows: PersonRow[] = [];
    // one read transaction: pages of a register being edited in the app still add up to one consistent list
    core.store.sqlite.exec('BEGIN');
    try {
      for (;;) {
        const page = await core.dispatch(session, 'persons:list', {
          ...filter,
          sort: { field: 'id', dir: 'asc' },
          offset: rows.length,
          limit: PAGE,
        });
        if (!page.ok) throw new CliError(EXIT.invalid, page.error.message, page.error);
        const value = page.value as { rows: PersonRow[]; total: number };
        rows.push(...value.rows);
        if (value.rows.length === 0 || rows.length >= value.total) break;
      }
    } finally {
      core.store.sqlite.exec('COMMIT');
    }
    appendAudit(
      core.store,
      { userId: null, userName: session.cliOperator ?? '命令行', source: 'cli' },
      {
        action: 'cli.persons-list',
        detail: { filter, count: rows.length },
      },
    );
    emit(ctx, rows, () => (rows.length === 0 ? '没有符合条件的人员。' : `${personTable(rows)}\n共 ${rows.length} 人`));
  } finally {
    core.close();
  }
}

function personTable(rows: readonly PersonRow[]): string {
  return formatTable([
    ['编号', '姓名', '身份证号', '性别', '年龄', '村（社区）', '状态', '登记日期'],
    ...rows.map((row) => [
      String(row.id),
      row.name,
      row.idNumber,
      codeLabel(SEX, row.sex) ?? row.sex,
      row.age === null ? '' : String(row.age),
      row.villageName ?? row.villageCode ?? '',
      codeLabel(PERSON_STATUS, row.status) ?? row.status,
      row.registeredOn ?? '',
    ]),
  ]);
}
