import path from 'node:path';
import { AppError } from '@shared/contract';
import { openCore, type Core } from '@core/open-core';
import { sourceResourcesDir } from '@core/paths';
import { CliError, EXIT } from './io';

export const MIGRATIONS_DIR = path.join(sourceResourcesDir(), 'migrations');

/** Opens the database for a command; a damaged or too-new database is exit code 3. */
export function openCoreForCli(dbPath: string): Core {
  try {
    return openCore({ dbPath, migrationsDir: MIGRATIONS_DIR });
  } catch (error) {
    if (error instanceof AppError && (error.code === 'DB_DAMAGED' || error.code === 'DB_TOO_NEW')) {
      throw new CliError(EXIT.damaged, error.message);
    }
    throw error;
  }
}
