import { createHash } from 'node:crypto';
import { assistanceChecker } from './assistance';
import { CsvTableReader, type CsvRow, type CsvTableResult } from './csv-table';
import { householdsChecker, membersChecker } from './households';
import { NO_INDEXES, tableIndexer, type Indexes } from './indexes';
import { IndicatorTally, INDICATOR_SOURCES, checkIndicators, recountIndicators } from './indicators';
import { CSV_FILES, type CsvFile } from './layout';
import { personsChecker } from './persons';
import { ProblemList } from './report';
import type { CheckContext } from './row-checker';
import type { PackageZip } from './zip-entries';

// The five CSVs are read once each, in the format's order, as a stream of rows, so that no table is ever held whole.
// Each row is checked as it is read, against the indexes of the tables read before; the two rules that need a later
// table (a person's household, a household's member count) are decided at the end. What a table tells (its problems,
// its index, its share of the indicators) counts only once the whole file has been read and decoded: a package whose
// persons.csv turns out not to be UTF-8 halfway is reported as such, not row by row up to there.

type Checker = (ctx: CheckContext, indexes: Indexes, own: Partial<Indexes>) => (row: CsvRow) => void;

const CHECKERS: Partial<Record<CsvFile, Checker>> = {
  'persons.csv': personsChecker,
  'households.csv': householdsChecker,
  'household_members.csv': membersChecker,
  'assistance.csv': assistanceChecker,
};

/**
 * Checks the CSVs of the package; `sha256` gets each file's. Returns, for each CSV that could be read from the ZIP,
 * whether it was readable and its data rows.
 */
export async function checkTables(
  zip: PackageZip,
  ctx: CheckContext,
  sha256: Map<string, string>,
): Promise<Partial<Record<CsvFile, CsvTableResult>>> {
  const tables: Partial<Record<CsvFile, CsvTableResult>> = {};
  const indexes: Indexes = { ...NO_INDEXES };
  const tallies: IndicatorTally[] = [];
  const deferred: ((indexes: Indexes) => void)[] = [];
  for (const file of CSV_FILES) {
    if (!zip.has(file)) continue;
    const found = new ProblemList();
    const later: ((indexes: Indexes) => void)[] = [];
    const rowCtx: CheckContext = { ...ctx, sink: found, defer: (check) => later.push(check) };
    const indexer = tableIndexer(file);
    const tally = ctx.period && INDICATOR_SOURCES.includes(file) ? new IndicatorTally(file, ctx.period) : null;
    const indicatorRows: CsvRow[] = [];
    const check = CHECKERS[file]?.(rowCtx, indexes, indexer.own) ?? ((row: CsvRow) => indicatorRows.push(row));
    const reader = new CsvTableReader(file, (row) => {
      indexer.add(row);
      tally?.add(row.values);
      check(row);
    });
    const hash = createHash('sha256');
    const read = await zip.stream(file, (chunk) => {
      hash.update(chunk);
      reader.push(chunk);
    });
    if (!read) continue;
    sha256.set(file, hash.digest('hex'));
    const table = reader.end(ctx.sink);
    tables[file] = table;
    if (!table.readable) continue;
    if (file === 'indicators.csv') {
      checkIndicators(indicatorRows, rowCtx, ctx.period ? recountIndicators(tallies) : null);
    }
    ctx.sink.take(found);
    deferred.push(...later);
    indexer.commitTo(indexes);
    if (tally) tallies.push(tally);
  }
  for (const decide of deferred) decide(indexes);
  return tables;
}
