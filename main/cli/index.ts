// `npm run cli -- [--db FILE] [--json] <command>`: the station's scripts and the county's IT use the same services
// as the app. Exit codes: 0 ok, 1 invalid input, 2 usage, 3 damaged or unusable database.
import path from 'node:path';
import { AppError } from '@shared/contract';
import { defaultDbPath } from '@core/paths';
import { runCheck } from './commands/check';
import { DEMO_USAGE, runDemo } from './commands/demo';
import { INIT_USAGE, runInit } from './commands/init';
import { PERSONS_LIST_USAGE, runPersonsList } from './commands/persons-list';
import { AUDIT_USAGE, runAudit } from './commands/audit';
import { BACKUP_USAGE, runBackup } from './commands/backup';
import { RESTORE_USAGE, runRestore } from './commands/restore';
import { VALIDATE_USAGE, runValidate } from './commands/validate';
import { EXPORT_USAGE, runExport } from './commands/export';
import { STATS_USAGE, runStats } from './commands/stats';
import { IMPORT_USAGE, runImport } from './commands/import';
import { CliError, EXIT, readAllStdin, type CliContext, type ExitCode } from './io';

type Command = { usage: string; run: (ctx: CliContext) => Promise<void> };

/** A command word with sub-commands (`persons list`); each usage line starts with the whole command. */
function withSubcommands(table: Record<string, Command>): Command {
  const lines = Object.values(table).map((command) => command.usage);
  return {
    usage: lines.join('\n  '),
    run: (ctx) => {
      const [word, ...args] = ctx.args;
      const command = word !== undefined && Object.hasOwn(table, word) ? table[word] : undefined;
      if (!command) throw new CliError(EXIT.usage, ['用法：', ...lines].join('\n  '));
      return command.run({ ...ctx, args });
    },
  };
}

const COMMANDS: Record<string, Command> = {
  init: { usage: INIT_USAGE, run: runInit },
  check: { usage: 'check    检查数据库（完整性、数据结构版本、关联）', run: runCheck },
  audit: { usage: AUDIT_USAGE, run: runAudit },
  backup: { usage: BACKUP_USAGE, run: runBackup },
  restore: { usage: RESTORE_USAGE, run: runRestore },
  validate: { usage: VALIDATE_USAGE, run: runValidate },
  export: { usage: EXPORT_USAGE, run: runExport },
  stats: { usage: STATS_USAGE, run: runStats },
  demo: { usage: DEMO_USAGE, run: runDemo },
  import: { usage: IMPORT_USAGE, run: runImport },
  persons: withSubcommands({ list: { usage: PERSONS_LIST_USAGE, run: runPersonsList } }),
};

function usage(): string {
  return [
    '用法：npm run cli -- [--db 数据库文件] [--json] <命令> [参数]',
    `  --db 默认为程序自己的数据库（${defaultDbPath()}），也可用环境变量 LABOUR_STATION_DB 指定`,
    '  --json 以 JSON 输出',
    '命令：',
    ...Object.values(COMMANDS).map((command) => `  ${command.usage}`),
    '退出码：0 成功，1 输入有误，2 用法错误，3 数据库损坏或不可用',
  ].join('\n');
}

/** Splits the global options (before or after the command word) from the command's own arguments. */
export function splitArgs(argv: string[]): {
  db?: string;
  json: boolean;
  help: boolean;
  command?: string;
  rest: string[];
} {
  const rest: string[] = [];
  let db: string | undefined;
  let json = false;
  let help = false;
  let command: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--db') db = argv[++i];
    else if (arg.startsWith('--db=')) db = arg.slice('--db='.length);
    else if (arg === '--json') json = true;
    else if ((arg === '--help' || arg === '-h') && command === undefined) help = true;
    else if (command === undefined && !arg.startsWith('-')) command = arg;
    else rest.push(arg);
  }
  return { ...(db !== undefined ? { db } : {}), json, help, ...(command ? { command } : {}), rest };
}

export type CliIo = { out: (text: string) => void; readStdin: () => Promise<string> };
const PROCESS_IO: CliIo = { out: (text) => console.log(text), readStdin: readAllStdin };

export async function main(argv: string[], io: CliIo = PROCESS_IO): Promise<ExitCode> {
  const { out } = io;
  const parsed = splitArgs(argv);
  if (parsed.help || !parsed.command) {
    out(usage());
    return parsed.help ? EXIT.ok : EXIT.usage;
  }
  const command = parsed.command.includes(' ') ? undefined : COMMANDS[parsed.command];
  if (!command) {
    console.error(`未知命令：${parsed.command}\n${usage()}`);
    return EXIT.usage;
  }
  const ctx: CliContext = {
    dbPath: path.resolve(parsed.db ?? defaultDbPath()),
    json: parsed.json,
    args: parsed.rest,
    out,
    readStdin: io.readStdin,
  };
  try {
    await command.run(ctx);
    return EXIT.ok;
  } catch (error) {
    return reportFailure(ctx, error);
  }
}

function reportFailure(ctx: CliContext, error: unknown): ExitCode {
  if (error instanceof CliError) {
    if (ctx.json)
      ctx.out(JSON.stringify({ ok: false, message: error.message, details: error.details ?? null }, null, 2));
    else console.error(error.message);
    return error.exitCode;
  }
  if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
    console.error(`参数有误：${error.message}`);
    return EXIT.usage;
  }
  if (error instanceof AppError) {
    console.error(error.message);
    return error.code === 'DB_DAMAGED' || error.code === 'DB_TOO_NEW' ? EXIT.damaged : EXIT.invalid;
  }
  console.error('程序内部错误：', error);
  return EXIT.invalid;
}

const isEntry = process.argv[1] !== undefined && /main[\\/]cli[\\/]index\.ts$/.test(process.argv[1]);
if (isEntry) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error);
      process.exit(EXIT.invalid);
    },
  );
}
