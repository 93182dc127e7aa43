// 导入台账 at scale: a generated 50,000-row register (.xlsx) imported into an empty township, against the time
// exceljs's streaming reader takes just to read the same file in the same run. The import reads the file with that
// same reader (in a worker), so the ratio is what checking, mapping and writing cost on top; budget: under 2×.
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { commitImport } from '@core/services/import/run';
import { generatedLedger } from '../tests/helpers/import-fixtures';
import { openBenchStation } from './station';
import type { BenchSuite, Figure } from './types';

const ROWS = 50_000;
const RATIO_BUDGET = 2;

/** Reads every row of every sheet and touches each value, as any reader must, and nothing more. */
async function streamingReadMs(bytes: Buffer): Promise<{ ms: number; rows: number }> {
  const started = performance.now();
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([bytes]), {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  let rows = 0;
  let cells = 0;
  for await (const sheet of reader) {
    for await (const row of sheet) {
      rows += 1;
      cells += (row.values as unknown[]).length;
    }
  }
  if (cells === 0) throw new Error('读不到任何单元格');
  return { ms: performance.now() - started, rows };
}

const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

export async function runImportBench(options: { rows?: number; log?: (line: string) => void } = {}): Promise<Figure[]> {
  const rows = options.rows ?? ROWS;
  const log = options.log ?? (() => undefined);
  log(`生成 ${rows} 行的台账……`);
  const bytes = await generatedLedger(rows);
  log('exceljs 流式读取……');
  const read = await streamingReadMs(bytes);
  const station = await openBenchStation();
  try {
    log('导入……');
    const started = performance.now();
    const outcome = await commitImport(
      station.core.store,
      { userId: null, userName: '性能测试', source: 'import' },
      { fileName: 'bench.xlsx', bytes, mode: 'all-or-nothing' },
    );
    const importMs = performance.now() - started;
    if (!outcome.committed || outcome.imported !== rows) {
      throw new Error(`导入结果不对：新增 ${outcome.imported}，拒绝 ${outcome.refused}（应新增 ${rows}）`);
    }
    const label = `${rows.toLocaleString('en-US')} 行台账`;
    return [
      {
        name: 'import.file-size',
        label: `${label}文件大小`,
        value: round(bytes.byteLength / 1e6, 1),
        unit: 'MB',
        budget: null,
      },
      {
        name: 'import.streaming-read',
        label: `${label}·exceljs 流式读取`,
        value: round(read.ms / 1000),
        unit: 's',
        budget: null,
      },
      {
        name: 'import.commit',
        label: `${label}·导入（读取、检查、写入）`,
        value: round(importMs / 1000),
        unit: 's',
        budget: null,
      },
      {
        name: 'import.ratio',
        label: '导入用时 ÷ 流式读取用时',
        value: round(importMs / read.ms),
        unit: '×',
        budget: RATIO_BUDGET,
      },
    ];
  } finally {
    station.close();
  }
}

export const importSuite: BenchSuite = {
  name: 'import',
  title: '导入台账',
  run: ({ log }) => runImportBench({ log }),
};
