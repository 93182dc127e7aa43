// The import written while the worker reads the file (stream-commit.ts) against the import of the file read whole
// (commitPlan): the same outcome and the same register, row for row, history included — on messy registers, in both
// modes, with corrections, on a re-import, across several batches of rows, and when a later sheet is the register.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { getTableColumns } from 'drizzle-orm';
import { persons } from '@core/db/schema';
import { parseImportFile } from '@core/io/import/run-parse';
import { openImportStream } from '@core/io/import/stream-parse';
import { commitPlan } from '@core/services/import/commit';
import { readerSetup } from '@core/services/import/planner';
import { commitImport, type ImportRequest } from '@core/services/import/run';
import { commitStreamed, newOpening, noteEvent, opened } from '@core/services/import/stream-commit';
import type { Actor } from '@core/context';
import type { ImportMode } from '@shared/contract';
import { makeSetUpCore, testClock, type TestCore } from '../helpers/core';
import { EXISTING_PERSON, gbCsvLedger, generatedLedger, messyLedger } from '../helpers/import-fixtures';
import { makeId } from '../helpers/ids';

const ACTOR: Actor = { userId: null, userName: '导入测试', source: 'ui' };

type Case = { request: ImportRequest & { mode: ImportMode }; before?: (core: TestCore) => Promise<void> };

async function station(before?: Case['before']): Promise<TestCore> {
  const core = await makeSetUpCore({ now: testClock().now });
  await core.must('persons:create', EXISTING_PERSON);
  await before?.(core);
  return core;
}

/** What an import leaves behind: the persons, their history, and the audit entry's detail. */
function register(core: TestCore) {
  const all = (sql: string) => core.store.sqlite.prepare(sql).all();
  return {
    persons: all('SELECT * FROM persons ORDER BY id'),
    history: all('SELECT * FROM change_log ORDER BY id'),
    audit: all("SELECT detail FROM audit_log WHERE action = 'import.persons' ORDER BY id"),
  };
}

async function both({ request, before }: Case) {
  const streamed = await station(before);
  const whole = await station(before);
  const outcome = await commitImport(streamed.store, ACTOR, request);
  const table = await parseImportFile(request.bytes, { fileName: request.fileName, headerRow: request.headerRow });
  const expected = commitPlan(whole.store, ACTOR, table, request, { fileName: request.fileName, mode: request.mode });
  expect(outcome).toEqual(expected);
  expect(register(streamed)).toEqual(register(whole));
  return outcome;
}

/** A name of Han characters only, different for each i below 100. */
const nameOf = (surname: string, i: number) =>
  `${surname}${'一二三四五六七八九十'[i % 10]}${'甲乙丙丁戊己庚辛壬癸'[Math.floor(i / 10) % 10]}`;

/**
 * Two sheets that both look like registers: the second names more fields, so it is the one imported — after rows of
 * the first were already decided (and, the first being complete, written).
 */
async function twoRegisters(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const first = workbook.addWorksheet('旧表');
  first.addRow(['姓名', '身份证号码', '失业登记日期']);
  for (let i = 0; i < 80; i += 1)
    first.addRow([nameOf('张', i), makeId('19800101', String(101 + 2 * i)), '2024-03-05']);
  const second = workbook.addWorksheet('新表');
  second.addRow(['姓名', '身份证号码', '村', '失业登记日期']);
  for (let i = 0; i < 80; i += 1) {
    second.addRow([nameOf('李', i), makeId('19810101', String(101 + 2 * i)), '东山村', '2024-03-05']);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A long sheet of notes (no header) before the register. */
async function notesFirst(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const notes = workbook.addWorksheet('填表说明');
  for (let i = 1; i <= 40; i += 1) notes.addRow([`${i}. 身份证号码须为 18 位，日期写成 2024-03-05。`]);
  const sheet = workbook.addWorksheet('台账');
  sheet.addRow(['姓名', '身份证号码', '村', '失业登记日期']);
  for (let i = 0; i < 80; i += 1)
    sheet.addRow([nameOf('王', i), makeId('19820101', String(101 + 2 * i)), '西河村', '2024-03-05']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('import while reading', () => {
  it('a messy register, only the good rows, with the clerk’s corrections', async () => {
    const bytes = await messyLedger();
    const outcome = await both({
      request: {
        fileName: '台账.xlsx',
        bytes,
        mode: 'good-rows-only',
        villageMap: { 北坡村: '431025100202' },
        mapping: { '3': 'ignore' },
        overwriteFields: ['address'],
      },
    });
    expect(outcome).toMatchObject({ committed: true, updated: 1 });
  });

  it('all or nothing: a refused row leaves everything as it was', async () => {
    const outcome = await both({
      request: { fileName: '台账.xlsx', bytes: await messyLedger(), mode: 'all-or-nothing' },
    });
    expect(outcome).toMatchObject({ committed: false, imported: 0 });
  });

  it('a GB18030 CSV', async () => {
    await both({ request: { fileName: '花名册.csv', bytes: gbCsvLedger().bytes, mode: 'good-rows-only' } });
  });

  it('many batches of rows, then the same file again with notes (updates) and one more person', async () => {
    const bytes = await generatedLedger(900);
    const outcome = await both({ request: { fileName: 'a.xlsx', bytes, mode: 'all-or-nothing' } });
    expect(outcome).toMatchObject({ committed: true, imported: 900 });
    const again = await generatedLedger(901, { notes: '再次导入', offset: 0 });
    const before = async (core: TestCore) => {
      await commitImport(core.store, ACTOR, { fileName: 'a.xlsx', bytes, mode: 'all-or-nothing' });
    };
    const update = await both({ before, request: { fileName: 'b.xlsx', bytes: again, mode: 'good-rows-only' } });
    expect(update).toMatchObject({ committed: true, imported: 1, updated: 900 });
  });

  it('a later sheet that looks more like the register than one already written from', async () => {
    const outcome = await both({
      request: { fileName: 'a.xlsx', bytes: await twoRegisters(), mode: 'good-rows-only' },
    });
    expect(outcome).toMatchObject({ committed: true, imported: 80 });
    expect(outcome.report.lines[0]?.name).toBe('李一甲');
  });

  it('a long sheet of notes before the register', async () => {
    const outcome = await both({ request: { fileName: 'a.xlsx', bytes: await notesFirst(), mode: 'all-or-nothing' } });
    expect(outcome).toMatchObject({ committed: true, imported: 80 });
  });

  it('writes as the worker reads, and the history keeps each person as stored', async () => {
    const core = await station();
    const bytes = await generatedLedger(450);
    const request = { fileName: 'a.xlsx', bytes, mode: 'all-or-nothing' as const };
    const setup = readerSetup(core.store, {});
    const stream = await openImportStream(bytes, { fileName: 'a.xlsx' }, setup);
    try {
      const first = newOpening();
      while (!opened(first)) noteEvent(first, await stream.next());
      const outcome = commitStreamed(core.store, ACTOR, stream, first, { ...request, setup }, request);
      expect(outcome).toMatchObject({ committed: true, imported: 450 });
    } finally {
      stream.close();
    }
    const stored = core.store.db.select().from(persons).all();
    const history = core.store.sqlite
      .prepare("SELECT entity_id AS id, after FROM change_log WHERE source = 'import' ORDER BY id")
      .all() as { id: number; after: string }[];
    expect(history).toHaveLength(450);
    for (const entry of history) {
      const row = stored.find((person) => person.id === entry.id);
      // the same text a drizzle insert's returned row gives: the same values in the table's column order
      expect(entry.after).toBe(JSON.stringify(row));
    }
    expect(Object.keys(JSON.parse(history[0]!.after) as object)).toEqual(Object.keys(getTableColumns(persons)));
  });

  it('reads the file whole again when the date or the villages changed since the worker started', async () => {
    const core = await station();
    const bytes = await generatedLedger(30);
    const request = { fileName: 'a.xlsx', bytes, mode: 'all-or-nothing' as const };
    const setup = { ...readerSetup(core.store, {}), today: '2000-01-01' };
    const stream = await openImportStream(bytes, { fileName: 'a.xlsx' }, setup);
    const before = register(core);
    try {
      const first = newOpening();
      while (!opened(first)) noteEvent(first, await stream.next());
      expect(commitStreamed(core.store, ACTOR, stream, first, { ...request, setup }, request)).toBeNull();
    } finally {
      stream.close();
    }
    expect(register(core)).toEqual(before);
  });
});
