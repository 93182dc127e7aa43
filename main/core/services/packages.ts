import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { and, desc, eq, lt, or } from 'drizzle-orm';
import {
  AppError,
  type ChannelArgs,
  type ChannelOutput,
  type PackageEntry,
  type PackageProblem,
} from '@shared/contract';
import type { Quarter } from '@shared/domain/dates';
import { exportedPackages, users } from '../db/schema';
import type { Actor, Store } from '../context';
import { buildPackage, packageFileName, type BuiltPackage } from '../io/package/build';
import { checkPackageFile } from '../io/package-check';
import { appendAudit } from './audit';
import { getTownship } from './township';

type PackageRow = typeof exportedPackages.$inferSelect;

/**
 * The accepted package the change flags compare with: the last one the county accepted for an earlier quarter
 * (a corrected re-submission of a quarter replaces that quarter, so it compares with what came before it).
 */
function previousAccepted(store: Store, year: number, quarter: number): PackageRow | null {
  return (
    store.db
      .select()
      .from(exportedPackages)
      .where(
        and(
          eq(exportedPackages.status, 'accepted'),
          or(
            lt(exportedPackages.year, year),
            and(eq(exportedPackages.year, year), lt(exportedPackages.quarter, quarter)),
          ),
        ),
      )
      .orderBy(desc(exportedPackages.year), desc(exportedPackages.quarter), desc(exportedPackages.revision))
      .get() ?? null
  );
}

function nextRevision(store: Store, year: number, quarter: number): number {
  const last = store.db
    .select({ revision: exportedPackages.revision })
    .from(exportedPackages)
    .where(and(eq(exportedPackages.year, year), eq(exportedPackages.quarter, quarter)))
    .orderBy(desc(exportedPackages.revision))
    .get();
  return (last?.revision ?? 0) + 1;
}

type LinkKind = NonNullable<PackageProblem['link']>['kind'];
const LINK_KIND: Record<string, LinkKind> = {
  'persons.csv': 'person',
  'households.csv': 'household',
  'household_members.csv': 'household',
  'assistance.csv': 'assistance',
};

/** Runs the county's own check on a freshly built package and points each problem at the record to fix. */
async function buildAndCheck(
  store: Store,
  input: { year: number; quarter: Quarter },
  operator: string,
  outDir: string,
) {
  const revision = nextRevision(store, input.year, input.quarter);
  const previous = previousAccepted(store, input.year, input.quarter);
  const built = await buildPackage(store, {
    ...input,
    revision,
    operator,
    previousPackageId: previous?.id ?? null,
    outDir,
  });
  const report = await checkPackageFile(built.file, { fileName: built.fileName });
  const problems: PackageProblem[] = report.problems.map((problem) => ({
    ...problem,
    link: linkFor(built, problem.file, problem.line),
  }));
  return { built, revision, previous, problems };
}

function linkFor(built: BuiltPackage, file: string, line: number | null): PackageProblem['link'] {
  const kind = LINK_KIND[file];
  const id = line === null ? null : (built.lineKeys[file]?.at(line) ?? null);
  return kind && id !== null ? { kind, id } : null;
}

export async function preflight(
  store: Store,
  input: ChannelArgs<'packages:preflight'>,
): Promise<ChannelOutput<'packages:preflight'>> {
  const township = getTownship(store);
  if (!township) throw new AppError('NOT_SETUP', '请先完成首次设置');
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'ls-preflight-'));
  try {
    const { built, revision, previous, problems } = await buildAndCheck(store, input, '预检', scratch);
    return {
      problems,
      counts: built.counts,
      indicators: built.indicators,
      revision,
      fileName: packageFileName(township.code, input.year, input.quarter, revision),
      comparedWith: previous ? previous.fileName : null,
    };
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

/** Builds, checks (refusing any package the county would reject), keeps and records the quarter's package. */
export async function exportPackage(store: Store, actor: Actor, input: ChannelArgs<'packages:export'>) {
  const outDir = path.join(store.dataDir, 'exports');
  const operator = input.operator || actor.userName;
  const { built, revision, problems } = await buildAndCheck(store, input, operator, outDir);
  if (problems.length > 0) {
    fs.rmSync(built.file, { force: true });
    throw new AppError(
      'CONFLICT',
      `预检发现 ${problems.length} 个问题，县局会退回此报送包，请先修正。第一个问题：${problems[0]!.message}`,
    );
  }
  const id = store.sqlite
    .transaction(() => {
      const row = store.db
        .insert(exportedPackages)
        .values({
          year: input.year,
          quarter: input.quarter,
          revision,
          fileName: built.fileName,
          sha256: built.sha256,
          counts: JSON.stringify(built.counts),
          status: 'made',
          operator,
          madeBy: actor.userId,
          madeAt: store.now(),
        })
        .returning()
        .get();
      insertRecords(store, row.id, built.records);
      appendAudit(store, actor, {
        action: 'packages.export',
        target: 'package',
        targetId: row.id,
        detail: { fileName: built.fileName, counts: built.counts },
      });
      return row.id;
    })
    .immediate();
  return { ...entryOf(store, id), path: built.file, base64: fs.readFileSync(built.file).toString('base64') };
}

/** Rows per INSERT: one statement per 200 rows instead of 100,000 single-row ones (4 × 200 parameters). */
const RECORDS_PER_INSERT = 200;

function insertRecords(
  store: Store,
  packageId: number,
  records: Iterable<{ kind: string; key: string; hash: string }>,
) {
  const sql = (rows: number) =>
    `INSERT INTO package_records (package_id, kind, record_key, row_hash) VALUES ${Array(rows).fill('(?, ?, ?, ?)').join(', ')}`;
  const full = store.sqlite.prepare(sql(RECORDS_PER_INSERT));
  let batch: (string | number)[] = [];
  for (const { kind, key, hash } of records) {
    batch.push(packageId, kind, key, hash);
    if (batch.length === RECORDS_PER_INSERT * 4) {
      full.run(batch);
      batch = [];
    }
  }
  if (batch.length > 0) store.sqlite.prepare(sql(batch.length / 4)).run(batch);
}

export function listPackages(store: Store): PackageEntry[] {
  return store.db
    .select({ id: exportedPackages.id })
    .from(exportedPackages)
    .orderBy(desc(exportedPackages.year), desc(exportedPackages.quarter), desc(exportedPackages.revision))
    .all()
    .map((row) => entryOf(store, row.id));
}

export function markPackage(store: Store, actor: Actor, input: ChannelArgs<'packages:mark'>): PackageEntry {
  const row = store.db.select().from(exportedPackages).where(eq(exportedPackages.id, input.id)).get();
  if (!row) throw new AppError('NOT_FOUND', '找不到该报送包');
  store.sqlite
    .transaction(() => {
      store.db
        .update(exportedPackages)
        .set({ status: input.status, decidedAt: store.now(), decidedBy: actor.userId, note: input.note || null })
        .where(eq(exportedPackages.id, input.id))
        .run();
      appendAudit(store, actor, {
        action: `packages.${input.status}`,
        target: 'package',
        targetId: input.id,
        detail: { before: row.status },
      });
    })
    .immediate();
  return entryOf(store, input.id);
}

function entryOf(store: Store, id: number): PackageEntry {
  const row = store.db
    .select({ p: exportedPackages, madeByName: users.displayName })
    .from(exportedPackages)
    .leftJoin(users, eq(users.id, exportedPackages.madeBy))
    .where(eq(exportedPackages.id, id))
    .get()!;
  const { p } = row;
  return {
    id: p.id,
    year: p.year,
    quarter: p.quarter,
    revision: p.revision,
    fileName: p.fileName,
    sha256: p.sha256,
    counts: JSON.parse(p.counts) as Record<string, number>,
    status: p.status,
    operator: p.operator,
    madeAt: p.madeAt,
    madeByName: row.madeByName ?? null,
    decidedAt: p.decidedAt,
    note: p.note,
  };
}
