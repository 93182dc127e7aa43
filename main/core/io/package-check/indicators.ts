import type { IsoDate } from '@shared/domain/dates';
import type { CsvRow, CsvTable } from './csv-table';
import { INDICATORS, type CsvFile } from './layout';
import { RowChecker, type CheckContext } from './row-checker';
import { fenToYuan, moneyToFen } from './values';

// indicators.csv is recomputed from the rows, by the definitions of section 3, independently of our exporter's
// counter: a figure the county would compute differently is caught here, not at the county. The rows are counted as
// they are read, so no table has to be held.

type Period = { start: IsoDate; end: IsoDate };
type Values = Readonly<Record<string, string>>;
type SourceFile = 'persons.csv' | 'households.csv' | 'assistance.csv';

// dates are compared as text, which orders valid YYYY-MM-DD correctly; a malformed date is simply not inside
const isDate = (date: string | undefined): date is string => date !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(date);
const inPeriod = (date: string | undefined, p: Period): boolean => isDate(date) && date >= p.start && date <= p.end;
const open = (v: Values): boolean => v.status === '1' || v.status === '2';
const employed = (v: Values, p: Period): boolean =>
  v.status === '2' && inPeriod(v.employed_on, p) && (v.registered_on ?? '') !== '';

/** The indicators that count rows of one file; I11 (distinct persons) and I14 (a sum) are kept apart below. */
const COUNTS: { code: string; file: SourceFile; test: (v: Values, p: Period) => boolean }[] = [
  { code: 'I01', file: 'persons.csv', test: (v, p) => inPeriod(v.registered_on, p) },
  { code: 'I02', file: 'persons.csv', test: employed },
  { code: 'I03', file: 'persons.csv', test: (v, p) => employed(v, p) && (v.difficulty ?? '') !== '' },
  { code: 'I04', file: 'persons.csv', test: (v) => v.status === '1' },
  { code: 'I05', file: 'persons.csv', test: (v) => v.status === '1' && (v.difficulty ?? '') !== '' },
  { code: 'I06', file: 'households.csv', test: (v, p) => inPeriod(v.identified_on, p) },
  { code: 'I07', file: 'households.csv', test: (v, p) => v.status === '3' && inPeriod(v.cleared_on, p) },
  { code: 'I08', file: 'households.csv', test: open },
  { code: 'I09', file: 'households.csv', test: (v, p) => open(v) && isDate(v.deadline) && v.deadline < p.end },
  { code: 'I10', file: 'assistance.csv', test: () => true },
  { code: 'I12', file: 'persons.csv', test: (v, p) => employed(v, p) && (v.disability_cert ?? '') !== '' },
  { code: 'I13', file: 'assistance.csv', test: (v) => v.type === '03' || v.type === '04' },
];
export const INDICATOR_SOURCES: readonly string[] = ['persons.csv', 'households.csv', 'assistance.csv'];

/** The indicators of one source table, counted row by row. Rows with change D count for none. */
export class IndicatorTally {
  private readonly counts: { code: string; test: (v: Values, p: Period) => boolean; n: number }[];
  private readonly placed = new Set<string>();
  /** sum of types 07, 08, 10 in fen; null once one of them is not a valid amount (reported elsewhere) */
  private fen: number | null = 0;

  constructor(
    readonly file: CsvFile,
    private readonly period: Period,
  ) {
    this.counts = COUNTS.filter((c) => c.file === file).map((c) => ({ ...c, n: 0 }));
  }

  add(v: Values): void {
    if (this.file !== 'assistance.csv' && v.change === 'D') return;
    for (const count of this.counts) if (count.test(v, this.period)) count.n += 1;
    if (this.file !== 'assistance.csv') return;
    if (v.type === '06' && v.result === '1' && v.person_id) this.placed.add(v.person_id);
    if (this.fen !== null && ['07', '08', '10'].includes(v.type ?? '')) {
      const amount = moneyToFen(v.amount ?? '');
      this.fen = amount === null ? null : this.fen + amount;
    }
  }

  values(): Map<string, string | null> {
    const values = new Map(this.counts.map((count): [string, string | null] => [count.code, String(count.n)]));
    if (this.file === 'assistance.csv') {
      values.set('I11', String(this.placed.size));
      values.set('I14', this.fen === null ? null : fenToYuan(this.fen));
    }
    return values;
  }
}

/** Each indicator's value as text, or null when it cannot be recomputed (its source file was unreadable). */
export function recountIndicators(tallies: readonly IndicatorTally[]): Map<string, string | null> {
  const found = new Map(tallies.flatMap((tally) => [...tally.values()]));
  return new Map(INDICATORS.map(({ code }) => [code, found.get(code) ?? null]));
}

/** The same from tables read whole (small packages and tests). */
export function recomputeIndicators(
  tables: Record<string, CsvTable | undefined>,
  period: Period,
): Map<string, string | null> {
  const tallies = INDICATOR_SOURCES.flatMap((file) => {
    const table = tables[file];
    if (!table?.readable) return [];
    const tally = new IndicatorTally(table.file, period);
    for (const row of table.rows) tally.add(row.values);
    return [tally];
  });
  return recountIndicators(tallies);
}

/** indicators.csv: I01–I14 in order with their names, each value well formed and equal to the recomputed one. */
export function checkIndicators(
  rows: readonly CsvRow[],
  ctx: CheckContext,
  expected: Map<string, string | null> | null,
): void {
  const file = 'indicators.csv';
  const seen = new Set<string>();
  rows.forEach((row, index) => {
    const r = new RowChecker(ctx, file, row);
    const code = r.raw('code');
    const definition = INDICATORS.find((indicator) => indicator.code === code);
    const wanted = INDICATORS[index];
    if (!definition) {
      r.fail('code', 'unknown', `“${code}”不是指标代码；indicators.csv 应恰好依次为 I01 至 I14`);
      return;
    }
    if (seen.has(code)) {
      r.fail('code', 'duplicate', `指标 ${code} 重复出现`);
      return;
    }
    seen.add(code);
    if (wanted?.code !== code) {
      r.fail(
        'code',
        'order',
        `第 ${index + 1} 个指标应为 ${wanted?.code ?? '（无，I14 之后不应再有行）'}，现为 ${code}`,
      );
    }
    if (r.text('name') !== definition.name) {
      r.fail('name', 'mismatch', `指标 ${code} 的名称应为“${definition.name}”，现为“${r.text('name')}”`);
    }
    const value = r.raw('value');
    const pattern = code === 'I14' ? /^(0|[1-9]\d*)\.\d{2}$/ : /^(0|[1-9]\d*)$/;
    if (!r.usable('value')) {
      if (!r.filled('value')) r.fail('value', 'required', `指标 ${code} 的数值必须填写`);
      return;
    }
    if (!pattern.test(value)) {
      const shape = code === 'I14' ? '保留两位小数的金额，如 4451.25 或 0.00' : '不带小数的非负整数';
      r.fail('value', 'format', `指标 ${code} 的数值应为${shape}，现为“${value}”`);
      return;
    }
    const recomputed = expected?.get(code) ?? null;
    if (recomputed !== null && recomputed !== value) {
      r.fail(
        'value',
        'mismatch',
        `指标 ${code}（${definition.name}）填报为 ${value}，按本包各表数据重新计算为 ${recomputed}，县里将拒收不一致的指标`,
      );
    }
  });
  const missing = INDICATORS.filter((indicator) => !seen.has(indicator.code)).map((indicator) => indicator.code);
  if (missing.length > 0) {
    ctx.sink.add(
      file,
      null,
      'code',
      'indicators.code.missing',
      `缺少指标 ${missing.join('、')}；应恰好依次为 I01 至 I14`,
    );
  }
}
