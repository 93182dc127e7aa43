// The county's check of a quarterly package, independent of our database: what the county's own importer does with
// the ZIP a township sends (county-exchange-format.md, format 1.0). Every deviation is a problem, because the county
// rejects the whole package on any of them; `ok` is true only when there is none.

import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { BlobReader, Uint8ArrayReader, type Reader } from '@zip.js/zip.js';
import { endOfDayChinaMs, quarterRange, type Quarter } from '@shared/domain/dates';
import { checkFileName } from './file-name';
import { LEDGER, MANIFEST, type CsvFile } from './layout';
import { checkLedger } from './ledger';
import { checkListedFiles, readManifest } from './manifest';
import { ProblemList, type PackageReport } from './report';
import type { CheckContext } from './row-checker';
import { checkTables } from './tables';
import { openPackageZip } from './zip-entries';

export type { PackageProblem, PackageReport } from './report';
export { recomputeIndicators } from './indicators';

export type CheckPackageOptions = {
  /** The package's file name as sent; when given, it must follow the naming rule and agree with the manifest. */
  fileName?: string;
};

/** Checks a package held in memory. */
export async function checkPackage(zipBytes: Uint8Array, options: CheckPackageOptions = {}): Promise<PackageReport> {
  return checkZip(new Uint8ArrayReader(zipBytes), options);
}

/**
 * Checks a package file, reading it piece by piece: memory stays bounded by the look-ups across tables (a few fields
 * per person), not by the size of the package.
 */
export async function checkPackageFile(file: string, options: CheckPackageOptions = {}): Promise<PackageReport> {
  return checkZip(new BlobReader(await fs.openAsBlob(file)), options);
}

async function checkZip(source: Reader<unknown>, options: CheckPackageOptions): Promise<PackageReport> {
  const sink = new ProblemList();
  const counts: Record<string, number> = {};
  const zipName =
    options.fileName === undefined ? '压缩包' : (options.fileName.split(/[\\/]/).pop() ?? options.fileName);
  const zip = await openPackageZip(source, zipName, sink);
  if (zip === null) return finish(sink, counts, null);
  try {
    const manifestBytes = await zip.bytes(MANIFEST);
    const manifest = manifestBytes === null ? null : readManifest(manifestBytes, sink);
    const named =
      options.fileName === undefined ? null : checkFileName(options.fileName, manifest?.facts ?? null, sink);

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
      defer: () => {
        throw new Error('rules that look at later tables run inside checkTables');
      },
    };

    const sha256 = new Map<string, string>();
    // a table that could not be read is reported as such; its rows are not guessed at
    const tables = await checkTables(zip, ctx, sha256);
    const csvRows: Partial<Record<CsvFile, number | null>> = {};
    for (const [file, table] of Object.entries(tables)) {
      csvRows[file as CsvFile] = table.dataRows;
      if (table.dataRows !== null) counts[file] = table.dataRows;
    }

    const ledgerBytes = await zip.bytes(LEDGER);
    if (ledgerBytes !== null) {
      sha256.set(LEDGER, createHash('sha256').update(ledgerBytes).digest('hex'));
      const rows = await checkLedger(ledgerBytes, csvRows, sink);
      if (rows !== null) counts[LEDGER] = rows;
    }
    if (facts?.files) checkListedFiles(facts.files, sha256, counts, sink);
    return finish(sink, counts, manifest?.value ?? null);
  } finally {
    await zip.close();
  }
}

function finish(sink: ProblemList, counts: Record<string, number>, manifest: unknown): PackageReport {
  const problems = sink.sorted();
  return { ok: problems.length === 0, problems, counts, manifest };
}
