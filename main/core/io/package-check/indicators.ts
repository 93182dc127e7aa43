import type { IsoDate } from '@shared/domain/dates';
import type { CsvRow, CsvTable } from './csv-table';
import { INDICATORS } from './layout';
import { RowChecker, type CheckContext } from './row-checker';
import { fenToYuan, moneyToFen } from './values';

// indicators.csv is recomputed from the rows, by the definitions of section 3, independently of our exporter's
// counter: a figure the county would compute differently is caught here, not at the county.

type Period = { start: IsoDate; end: IsoDate };
type Values = Readonly<Record<string, string>>;

/** Each indicator's value as text, or null when it cannot be recomputed (its source file was unreadable). */
export function recomputeIndicators(
  tables: Record<string, CsvTable | undefined>,
  period: Period,
): Map<string, string | null> {
  const live = (file: string): Values[] | null => {
    const table = tables[file];
    return table?.readable ? table.rows.map((row) => row.values).filter((v) => v.change !== 'D') : null;
  };
  const persons = live('persons.csv');
  const households = live('households.csv');
  const actions = tables['assistance.csv']?.readable ? tables['assistance.csv'].rows.map((row) => row.values) : null;
  // dates are compared as text, which orders valid YYYY-MM-DD correctly; a malformed date is simply not inside
  const isDate = (date: string | undefined): date is string => date !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(date);
  const inPeriod = (date: string | undefined): boolean => isDate(date) && date >= period.start && date <= period.end;
  const open = (v: Values): boolean => v.status === '1' || v.status === '2';
  const count = (rows: Values[] | null, test: (v: Values) => boolean): string | null =>
    rows === null ? null : String(rows.filter(test).length);

  const employed = (v: Values): boolean =>
    v.status === '2' && inPeriod(v.employed_on) && (v.registered_on ?? '') !== '';
  const values = new Map<string, string | null>([
    ['I01', count(persons, (v) => inPeriod(v.registered_on))],
    ['I02', count(persons, employed)],
    ['I03', count(persons, (v) => employed(v) && (v.difficulty ?? '') !== '')],
    ['I04', count(persons, (v) => v.status === '1')],
    ['I05', count(persons, (v) => v.status === '1' && (v.difficulty ?? '') !== '')],
    ['I06', count(households, (v) => inPeriod(v.identified_on))],
    ['I07', count(households, (v) => v.status === '3' && inPeriod(v.cleared_on))],
    ['I08', count(households, open)],
    ['I09', count(households, (v) => open(v) && isDate(v.deadline) && v.deadline < period.end)],
    ['I10', actions === null ? null : String(actions.length)],
    [
      'I11',
      actions === null
        ? null
        : String(
            new Set(actions.filter((v) => v.type === '06' && v.result === '1' && v.person_id).map((v) => v.person_id))
              .size,
          ),
    ],
    ['I12', count(persons, (v) => employed(v) && (v.disability_cert ?? '') !== '')],
    ['I13', count(actions, (v) => v.type === '03' || v.type === '04')],
    ['I14', subsidies(actions)],
  ]);
  return values;
}

/** Sum of amounts of types 07, 08, 10 in fen; null when one of them is not a valid amount (reported elsewhere). */
function subsidies(actions: Values[] | null): string | null {
  if (actions === null) return null;
  let fen = 0;
  for (const v of actions) {
    if (!['07', '08', '10'].includes(v.type ?? '')) continue;
    const amount = moneyToFen(v.amount ?? '');
    if (amount === null) return null;
    fen += amount;
  }
  return fenToYuan(fen);
}

/** indicators.csv: I01–I14 in order with their names, each value well formed and equal to the recomputed one. */
export function checkIndicators(
  table: CsvTable,
  ctx: CheckContext,
  tables: Record<string, CsvTable | undefined>,
): void {
  const expected = ctx.period ? recomputeIndicators(tables, ctx.period) : null;
  const seen = new Set<string>();
  table.rows.forEach((row: CsvRow, index) => {
    const r = new RowChecker(ctx, table.file, row);
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
      table.file,
      null,
      'code',
      'indicators.code.missing',
      `缺少指标 ${missing.join('、')}；应恰好依次为 I01 至 I14`,
    );
  }
}
