import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chinaTimestamp, type Quarter } from '@shared/domain/dates';
import { IndicatorCounter, type Indicator } from '@shared/domain/indicators';
import type { Store } from '../../context';
import { getTownship } from '../../services/township';
import { APP_VERSION, PRODUCT_NAME_ZH } from '../../version';
import { ChangeTracker, type RecordList } from './changes';
import { CsvFile } from './csv-file';
import {
  ASSISTANCE_FIELDS,
  HOUSEHOLD_FIELDS,
  INDICATOR_FIELDS,
  MEMBER_FIELDS,
  PERSON_FIELDS,
  type FieldSpec,
  type Row,
} from './fields';
import { LedgerWriter, type LedgerSheet } from './ledger-xlsx';
import { LineKeys } from './line-keys';
import { packagePeriod, producePackageRows } from './produce';
import { ZipBuilder } from './zip-writer';

export type BuildOptions = {
  year: number;
  quarter: Quarter;
  revision: number;
  operator: string;
  /** the accepted package the change flags compare with; null for the township's first package */
  previousPackageId: number | null;
  outDir: string;
};

export type BuiltPackage = {
  file: string;
  fileName: string;
  sha256: string;
  counts: Record<string, number>;
  indicators: Indicator[];
  /** every live row's record for package_records, the next package's change flags */
  records: RecordList;
  /** the record behind each data line of each CSV, so a problem can link to what to fix */
  lineKeys: Partial<Record<string, LineKeys>>;
};

export const PACKAGE_FILES = [
  'persons.csv',
  'households.csv',
  'household_members.csv',
  'assistance.csv',
  'indicators.csv',
  'ledger.xlsx',
] as const;

export function packageFileName(townshipCode: string, year: number, quarter: number, revision: number): string {
  return `${townshipCode}_${year}Q${quarter}${revision > 1 ? `_r${revision}` : ''}.zip`;
}

/** A CSV and its ledger sheet, fed the same rows. */
type Table = { add(row: Row): void; close(): { records: number; sha256: string } };
type PackageTable = Exclude<(typeof PACKAGE_FILES)[number], 'ledger.xlsx'>;

const TABLE_ORDER: [PackageTable, readonly FieldSpec[], string][] = [
  ['persons.csv', PERSON_FIELDS, '人员'],
  ['households.csv', HOUSEHOLD_FIELDS, '零就业家庭'],
  ['household_members.csv', MEMBER_FIELDS, '家庭成员'],
  ['assistance.csv', ASSISTANCE_FIELDS, '援助记录'],
  ['indicators.csv', INDICATOR_FIELDS, '指标'],
];

/**
 * Each CSV with its ledger sheet, opened strictly in the package's order: the ledger is written one sheet at a time,
 * and a table with no rows still gets its file and its sheet.
 */
class TableSequence {
  private index = -1;
  private current: Table | null = null;
  private readonly closed: Partial<Record<PackageTable, { records: number; sha256: string }>> = {};

  constructor(
    private readonly dir: string,
    private readonly ledger: LedgerWriter,
  ) {}

  to(file: PackageTable): Table {
    while (TABLE_ORDER[this.index]?.[0] !== file) this.advance();
    return this.current!;
  }

  private advance(): void {
    this.closeCurrent();
    this.index++;
    const [file, fields, sheet] = TABLE_ORDER[this.index]!;
    const csv = new CsvFile(path.join(this.dir, file), fields);
    const xlsx: LedgerSheet = this.ledger.sheet(sheet, fields);
    this.current = {
      add: (row) => {
        csv.add(row);
        xlsx.add(row);
      },
      close: () => {
        xlsx.done();
        return csv.close();
      },
    };
  }

  finish(): Record<PackageTable, { records: number; sha256: string }> {
    while (this.index < TABLE_ORDER.length - 1) this.advance();
    this.closeCurrent();
    return this.closed as Record<PackageTable, { records: number; sha256: string }>;
  }

  private closeCurrent(): void {
    if (this.current) this.closed[TABLE_ORDER[this.index]![0]] = this.current.close();
    this.current = null;
  }
}

/**
 * Builds the quarter's package as the county format says, from the state at the quarter's last day 24:00 China time.
 * Streams every table: rows go straight from the history to the files, so memory stays flat with 100,000 persons.
 */
export async function buildPackage(store: Store, options: BuildOptions): Promise<BuiltPackage> {
  const township = getTownship(store);
  if (!township) throw new Error('township not set up');
  const period = packagePeriod(options.year, options.quarter);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ls-package-'));
  try {
    const tracker = new ChangeTracker(store, options.previousPackageId);
    const counter = new IndicatorCounter(period);
    const ledgerDir = path.join(dir, 'ledger');
    fs.mkdirSync(ledgerDir);
    const ledger = new LedgerWriter(ledgerDir);
    const tables = new TableSequence(dir, ledger);
    const lineKeys: Partial<Record<PackageTable, LineKeys>> = {};
    const add = (file: PackageTable, row: Row, key: string | null | undefined) => {
      tables.to(file).add(row);
      (lineKeys[file] ??= new LineKeys()).push(key ? Number(key) : 0);
    };
    producePackageRows(store, period, tracker, {
      person: (row) => {
        add('persons.csv', row, row.person_id);
        counter.addPerson(row);
      },
      household: (row) => {
        add('households.csv', row, row.household_id);
        counter.addHousehold(row);
      },
      member: (row) => add('household_members.csv', row, row.household_id),
      action: (row) => {
        add('assistance.csv', row, row.action_id);
        counter.addAction(row);
      },
    });
    const indicators = counter.result();
    for (const indicator of indicators) add('indicators.csv', { ...indicator }, null);
    const closed = tables.finish();
    const generatedMs = store.now();
    // the CSVs are compressed on zlib's threads while the ledger's sheets are
    const zipDir = path.join(dir, 'zip');
    fs.mkdirSync(zipDir);
    const zip = new ZipBuilder(zipDir);
    for (const [name] of TABLE_ORDER) zip.add({ name, file: path.join(dir, name), level: 6 });
    const ledgerFile = path.join(dir, 'ledger.xlsx');
    const { sha256: ledgerSha256 } = await ledger.finish(ledgerFile, generatedMs, PRODUCT_NAME_ZH);
    // deflated already, so a second deflate at a higher level gains nothing
    zip.add({ name: 'ledger.xlsx', file: ledgerFile, level: 1 });

    const files = { ...closed, 'ledger.xlsx': { records: closed['persons.csv'].records, sha256: ledgerSha256 } };
    const manifest = {
      format: 'township-labour-exchange',
      version: '1.0',
      county_code: township.countyCode,
      township: { code: township.code, name: township.name },
      period: { year: period.year, quarter: period.quarter, start: period.start, end: period.end },
      revision: options.revision,
      generated_at: chinaTimestamp(generatedMs),
      generator: { name: PRODUCT_NAME_ZH, version: APP_VERSION },
      operator: options.operator,
      files: PACKAGE_FILES.map((name) => ({ name, records: files[name].records, sha256: files[name].sha256 })),
    };
    fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2), 'utf8');
    zip.add({ name: 'manifest.json', file: path.join(dir, 'manifest.json'), level: 6 });

    const fileName = packageFileName(township.code, options.year, options.quarter, options.revision);
    fs.mkdirSync(options.outDir, { recursive: true });
    const target = path.join(options.outDir, fileName);
    const sha256 = await writePackageZip(zip, target, generatedMs);
    return {
      file: target,
      fileName,
      sha256,
      counts: Object.fromEntries(PACKAGE_FILES.map((name) => [name, files[name].records])),
      indicators,
      records: tracker.current,
      lineKeys,
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Writes the ZIP (deflate, entries at the root) to a temporary name, syncs it, then renames: never a half package. */
async function writePackageZip(zip: ZipBuilder, target: string, modifiedMs: number): Promise<string> {
  const partial = `${target}.partial`;
  const { sha256 } = await zip.write(partial, ['manifest.json', ...PACKAGE_FILES], modifiedMs);
  const fd = fs.openSync(partial, 'r+');
  fs.fsyncSync(fd);
  fs.closeSync(fd);
  fs.renameSync(partial, target);
  return sha256;
}
