// The importer as a writer for the kill -9 drill (tests/drills/kill-drill.ts): imports a generated register of
// `--rows` persons (notes = the tag, IDs from `--offset`) through commitImport, printing `begin TAG` as the import's
// transaction starts and `committed TAG` after it returns, then waits to be killed. Run with `node --import tsx`.
//
//   node --import tsx tests/drills/import-child.ts --db FILE --tag T [--rows 300] [--offset 0]
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openCore } from '@core/open-core';
import { sourceResourcesDir } from '@core/paths';
import { commitImport } from '@core/services/import/run';
import { generatedLedger } from '../helpers/import-fixtures';

const { values } = parseArgs({
  options: {
    db: { type: 'string' },
    tag: { type: 'string', default: 'drill' },
    rows: { type: 'string', default: '300' },
    offset: { type: 'string', default: '0' },
  },
  strict: true,
});
if (!values.db) {
  console.error('--db is required');
  process.exit(2);
}
const tag = values.tag;
const bytes = await generatedLedger(Number(values.rows), { offset: Number(values.offset), notes: tag });
const core = openCore({ dbPath: values.db, migrationsDir: path.join(sourceResourcesDir(), 'migrations') });
const outcome = await commitImport(
  core.store,
  { userId: null, userName: '断电演练', source: 'import' },
  { fileName: `${tag}.xlsx`, bytes, mode: 'all-or-nothing' },
  // the 'write' phase is reported just before the immediate transaction begins
  (phase) => {
    if (phase === 'write') process.stdout.write(`begin ${tag}\n`);
  },
);
if (!outcome.committed) {
  console.error(`import refused: ${JSON.stringify(outcome.report.lines.find((l) => l.outcome === 'refused'))}`);
  process.exit(1);
}
process.stdout.write(`committed ${tag}\n`);
// linger until the drill kills us
setInterval(() => undefined, 60_000);
