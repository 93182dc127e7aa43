import path from 'node:path';
import { AppError } from '@shared/contract';
import { createCliSession } from '@core/session';
import { openStation, type Station } from '@core/station';
import { restoreBackup } from '@core/services/backups/restore';
import { getTownship } from '@core/services/township';
import { CliError, EXIT, emit, type CliContext } from '../io';
import { MIGRATIONS_DIR } from '../open';
import { CLI_ACTOR } from './backup';

export const RESTORE_USAGE = 'restore 备份文件    校验后恢复（原数据库先另存为备份；备份未通过校验时退出码 1）';

/** `restore FILE`: works on a healthy database and on a damaged one (then the damaged file is moved aside, kept). */
export async function runRestore(ctx: CliContext): Promise<void> {
  const [file, ...extra] = ctx.args;
  if (!file || extra.length > 0) throw new CliError(EXIT.usage, `用法：${RESTORE_USAGE}`);
  const source = path.resolve(file);
  let station: Station;
  try {
    station = openStation({ dbPath: ctx.dbPath, migrationsDir: MIGRATIONS_DIR });
  } catch (error) {
    if (error instanceof AppError && error.code === 'DB_TOO_NEW') throw new CliError(EXIT.damaged, error.message);
    throw error;
  }
  try {
    if (station.core) {
      const store = station.core.store;
      const outcome = restoreBackup(store, CLI_ACTOR, source, { keepCurrent: getTownship(store) !== null });
      emit(ctx, outcome, () => outcome.message);
      return;
    }
    const result = await station.dispatch(createCliSession('命令行'), 'recovery:restore', { file: source });
    if (!result.ok) throw new CliError(EXIT.invalid, result.error.message, result.error);
    emit(ctx, result.value, () => (result.value as { message: string }).message);
  } finally {
    station.close();
  }
}
