import { parseQuarter, type Quarter } from '@shared/domain/dates';
import { CliError, EXIT } from '../io';

/** `--quarter 2026Q3` → { year, quarter }; a wrong shape is a usage error. */
export function quarterArg(text: string | undefined, usage: string): { year: number; quarter: Quarter } {
  const parsed = text ? parseQuarter(text) : null;
  if (!parsed) throw new CliError(EXIT.usage, `季度应写成 2026Q3 的形式\n用法：${usage}`);
  return parsed;
}
