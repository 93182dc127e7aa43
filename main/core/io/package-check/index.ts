// The county's check of a quarterly package, independent of our database: what the county's own importer does with
// the ZIP a township sends (county-exchange-format.md, format 1.0). Every deviation is a problem, because the county
// rejects the whole package on any of them; `ok` is true only when there is none.

import { endOfDayChinaMs, quarterRange, type Quarter } from '@shared/domain/dates';
import { checkAssistance } from './assistance';
import { readCsvTable, type CsvTable } from './csv-table';
import { checkFileName } from './file-name';
import { checkHouseholds, checkMembers } from './households';
import { buildIndexes } from './indexes';
import { checkIndicators } from './indicators';
import { CSV_FILES, LEDGER, MANIFEST, type CsvFile } from './layout';
import { checkLedger } from './ledger';
import { checkListedFiles, readManifest } from './manifest';
import { checkPersons } from './persons';
import { ProblemList, type PackageReport } from './report';
import type { CheckContext } from './row-checker';
import { readZipEntries } from './zip-entries';

export type { PackageProblem, PackageReport } from './report';
export { recomputeIndicators } from './indicators';

export type CheckPackageOptions = {
  /** The package's file name as sent; when given, it must follow the naming rule and agree with the manifest. */
  fileName?: string;
};

export async function checkPackage(zipBytes: Uint8Array, options: CheckPackageOptions = {}): Promise<PackageReport> {
  const sink = new ProblemList();
  const counts: Record<string, number> = {};
  const zipName =
    options.fileName === undefined ? '压缩包' : (options.fileName.split(/[\\/]/).pop() ?? options.fileName);
  const entries = await readZipEntries(zipBytes, zipName, sink);
  if (entries === null) return finish(sink, counts, null);

  const manifestBytes = entries.get(MANIFEST);
  const manifest = manifestBytes === undefined ? null : readManifest(manifestBytes, sink);
  const named = options.fileName === undefined ? null : checkFileName(options.fileName, manifest?.facts ?? null, sink);

  // the quarter and township come from the manifest; the file name stands in when the manifest cannot tell
  const facts = manifest?.facts;
  const year = facts?.year ?? named?.year ?? null;
  const quarter = (facts?.quarter ?? named?.quarter ?? null) as Quarter | null;
  const period = year !== null && quarter !== null ? quarterRange(year, quarter) : null;
  const ctx: CheckContext = {
    sink,
    townshipCode: facts?.townshipCode ?? named?.townshipCode ?? null,
    period,
    periodEndMs: period === null ? null : endOfDayChinaMs(period.end),
  };

  const tables: Partial<Record<CsvFile, CsvTable>> = {};
  for (const file of CSV_FILES) {
    const bytes = entries.get(file);
    if (bytes === undefined) continue;
    const table = readCsvTable(file, bytes, sink);
    tables[file] = table;
    if (table.dataRows !== null) counts[file] = table.dataRows;
  }
  const indexes = buildIndexes(tables);
  // a table that could not be read has already been reported; its rows are not guessed at
  const readable = (file: CsvFile): CsvTable | null => (tables[file]?.readable ? tables[file] : null);
  const persons = readable('persons.csv');
  const households = readable('households.csv');
  const members = readable('household_members.csv');
  const assistance = readable('assistance.csv');
  const indicators = readable('indicators.csv');
  if (persons) checkPersons(persons, ctx, indexes);
  if (households) checkHouseholds(households, ctx, indexes);
  if (members) checkMembers(members, ctx, indexes);
  if (assistance) checkAssistance(assistance, ctx, indexes);
  if (indicators) checkIndicators(indicators, ctx, tables);

  const ledgerBytes = entries.get(LEDGER);
  if (ledgerBytes !== undefined) {
    const rows = await checkLedger(ledgerBytes, tables, sink);
    if (rows !== null) counts[LEDGER] = rows;
  }
  if (facts?.files) checkListedFiles(facts.files, entries, counts, sink);
  return finish(sink, counts, manifest?.value ?? null);
}

function finish(sink: ProblemList, counts: Record<string, number>, manifest: unknown): PackageReport {
  const problems = sink.sorted();
  return { ok: problems.length === 0, problems, counts, manifest };
}
