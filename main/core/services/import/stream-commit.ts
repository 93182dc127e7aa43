// The import written while the worker is still reading the file: one immediate transaction in which this thread
// takes the rows as they come (blocking, so that nothing else uses the connection in between), decides them and
// writes the accepted ones. The outcome is the one commitPlan reaches on the whole file: the same planner decides
// each row; a row depends on the register only through the person with its ID number, who is never one this import
// wrote (a repeated number is refused before it is looked up); and the transaction holds nothing but the import's
// writes, so a refusal in all-or-nothing mode rolls it back whole. When the rows cannot be taken this way (the worker
// went quiet, a later sheet turned out to be the register, the sheet has no header, the villages, the age rules or the
// date changed since the worker started), everything is rolled back and the caller imports the file read whole.
import type { SheetRow } from '@core/io/import/cells';
import type { ReadResult } from '@core/io/import/read-file';
import { ImportFileError } from '@core/io/import/limits';
import type { ImportStream, StreamEvent } from '@core/io/import/stream-parse';
import type { Actor, Store } from '../../context';
import { finishCommit, importerOf, notCommitted, rowWriter, type CommitMeta, type CommitOutcome } from './commit';
import type { PlannedRow, PlanOptions } from './plan';
import { createPlanner, type Planner } from './planner';
import type { RowReading } from './read-row';
import type { ReaderSetup, SheetReading } from './sheet-reader';

/** Silence from the worker after which the rows are no longer awaited with the thread blocked. */
const STALL_MS = 5000;

/**
 * What arrived before the transaction began: the sheet that leads and its first rows, or the whole file's result.
 * Later rows are not kept once planned (a 50,000-row sheet held in memory cost more in garbage collection than its
 * reading); when the import falls back, the file is read again.
 */
export type Opening = {
  sheet: string | null;
  rows: SheetRow[];
  readings: RowReading[];
  unread: boolean;
  result: ReadResult | null;
  reading?: SheetReading | undefined;
};

export const newOpening = (): Opening => ({ sheet: null, rows: [], readings: [], unread: false, result: null });

/** Whether the transaction can begin: the first rows (or the whole file) are here. */
export const opened = (first: Opening): boolean =>
  first.result !== null || first.unread || first.rows.length > 0 || first.readings.length > 0;

export function noteEvent(first: Opening, event: StreamEvent): void {
  if (event.type === 'lead') Object.assign(first, { sheet: event.sheet, rows: [], readings: [], unread: false });
  else if (event.type === 'rows') first.rows.push(...event.rows);
  else if (event.type === 'readings') first.readings.push(...event.readings);
  else if (event.type === 'unread') first.unread = true;
  else Object.assign(first, { result: event.result, reading: event.reading });
}

class FallBack extends Error {}
class Refused extends Error {
  constructor(readonly outcome: CommitOutcome) {
    super('refused');
  }
}

/** The outcome, or null: nothing was written and the file is to be imported read whole. */
export function commitStreamed(
  store: Store,
  actor: Actor,
  stream: ImportStream,
  opening: Opening,
  options: PlanOptions & { setup: ReaderSetup },
  meta: CommitMeta,
): CommitOutcome | null {
  const importer = importerOf(actor);
  try {
    return store.sqlite
      .transaction((): CommitOutcome => writeAsRead(store, importer, stream, opening, options, meta))
      .immediate();
  } catch (error) {
    if (error instanceof Refused) return error.outcome;
    // a sheet without a header is reported as the whole file's plan reports it, after any problem of the file
    if (error instanceof FallBack || (error instanceof ImportFileError && error.code === 'file.no_header')) return null;
    throw error;
  }
}

function writeAsRead(
  store: Store,
  importer: Actor,
  stream: ImportStream,
  opening: Opening,
  options: PlanOptions & { setup: ReaderSetup },
  meta: CommitMeta,
): CommitOutcome {
  let sheet = opening.sheet;
  if (sheet === null) throw new FallBack();
  let planner: Planner = createPlanner(store, options, sheet);
  // the worker read the rows with what the register said when it started: the same, or the file is read again
  if (!sameSetup(planner.setup, options.setup)) throw new FallBack();
  const writer = rowWriter(store, importer, meta);
  // in all-or-nothing mode writing stops at the first refused row, and the rollback undoes the rest at the end
  let writing = true;
  const take = (rows: readonly PlannedRow[]) => {
    for (const row of rows) {
      if (row.kind === 'refused' && meta.mode === 'all-or-nothing') writing = false;
      if (writing) writer.write(row);
    }
  };
  if (opening.unread) throw new FallBack();
  take(planner.add(opening.rows));
  take(planner.decide(opening.readings));
  stream.decided(opening.readings.length);
  let done: { result: ReadResult; reading?: SheetReading | undefined } | null = opening.result
    ? { result: opening.result, reading: opening.reading }
    : null;
  while (!done) {
    const event = stream.nextSync(STALL_MS);
    if (!event || event.type === 'unread') throw new FallBack();
    if (event.type === 'lead') {
      // a later sheet looks more like the register: start again on it, unless rows of the first are written
      if (planner.started()) throw new FallBack();
      sheet = event.sheet;
      planner = createPlanner(store, options, sheet);
    } else if (event.type === 'rows') take(planner.add(event.rows));
    else if (event.type === 'readings') {
      take(planner.decide(event.readings));
      stream.decided(event.readings.length);
    } else done = event;
  }
  // rows read here (a file read in this thread) end here; the worker's reader has ended its own
  if (!done.reading) take(planner.end());
  if (done.result.sheet !== sheet) throw new FallBack();
  const analysis = planner.analysis(done.result, done.reading);
  if (meta.mode === 'all-or-nothing' && analysis.report.refused > 0) throw new Refused(notCommitted(analysis.report));
  return finishCommit(store, importer, analysis, meta, writer);
}

function sameSetup(a: ReaderSetup, b: ReaderSetup): boolean {
  const read = (setup: ReaderSetup) => JSON.stringify([setup.today, setup.ageRules, setup.villages]);
  return read(a) === read(b);
}
