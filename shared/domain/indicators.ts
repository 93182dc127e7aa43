// The quarter's figures I01–I14 of the county format (section 3, indicators.csv), computed from the same rows the
// package carries. One code path: the package, the statistics screen and `cli stats` all count with this, so the
// numbers the county recomputes are the numbers the station saw.

import type { IsoDate } from './dates';
import { fenToYuan, yuanToFen } from './money';

export type IndicatorCode =
  `I${'01' | '02' | '03' | '04' | '05' | '06' | '07' | '08' | '09' | '10' | '11' | '12' | '13' | '14'}`;

export const INDICATOR_NAMES: Record<IndicatorCode, string> = {
  I01: '本季度新增失业登记人数',
  I02: '本季度失业人员实现就业人数',
  I03: '本季度就业困难人员实现就业人数',
  I04: '期末登记失业人数',
  I05: '期末就业困难人员人数',
  I06: '本季度新认定零就业家庭户数',
  I07: '本季度零就业家庭清零户数',
  I08: '期末零就业家庭户数',
  I09: '超期未清零户数',
  I10: '本季度援助人次',
  I11: '本季度公益性岗位安置人数',
  I12: '本季度残疾人实现就业人数',
  I13: '本季度职业培训人次',
  I14: '本季度发放补贴金额（元）',
};

export const INDICATOR_CODES = Object.keys(INDICATOR_NAMES) as IndicatorCode[];

export type ExtraCode = 'X01' | 'X02';
export const EXTRA_NAMES: Record<ExtraCode, string> = {
  X01: '本季度创业担保贷款笔数',
  X02: '本季度创业担保贷款金额（元）',
};

/** A CSV value: empty string, null or absent all mean "no value". */
type Cell = string | null | undefined;

/** The fields of persons.csv an indicator reads. */
export type IndicatorPerson = {
  person_id?: Cell;
  registered_on?: Cell;
  status?: Cell;
  employed_on?: Cell;
  difficulty?: Cell;
  disability_cert?: Cell;
  change?: Cell;
};
export type IndicatorHousehold = {
  household_id?: Cell;
  identified_on?: Cell;
  status?: Cell;
  cleared_on?: Cell;
  deadline?: Cell;
  change?: Cell;
};
export type IndicatorAction = { action_id?: Cell; person_id?: Cell; type?: Cell; result?: Cell; amount?: Cell };
export type Period = { start: IsoDate; end: IsoDate };
export type Indicator = { code: IndicatorCode; name: string; value: string };

/** What a counter has counted, without the records behind each number: small enough to keep per quarter. */
export type CounterState = {
  counts: Record<IndicatorCode, number>;
  placed: number;
  subsidyFen: number;
  loans: number;
  loanFen: number;
};

const inPeriod = (date: Cell, period: Period) => !!date && date >= period.start && date <= period.end;
const has = (value: Cell): value is string => !!value;

/**
 * Counts row by row, so a package of 200,000 actions is counted while it streams. With `trackKeys` it also keeps
 * the records behind each number (person, household or action ids), for the statistics screen's drill-down.
 */
export class IndicatorCounter {
  private readonly counts = new Map<IndicatorCode, number>(INDICATOR_CODES.map((code) => [code, 0]));
  private readonly placed = new Set<string>();
  private subsidyFen = 0;
  private loans = 0;
  private loanFen = 0;
  /** persons placed in public-welfare posts counted before a restore (their ids are not kept) */
  private placedBefore = 0;
  readonly keys = new Map<IndicatorCode | ExtraCode, string[]>();

  constructor(
    private readonly period: Period,
    private readonly trackKeys = false,
  ) {}

  /** A counter holding kept figures: it answers result() and extras(); its `keys` are empty. */
  static fromState(period: Period, state: CounterState): IndicatorCounter {
    const counter = new IndicatorCounter(period);
    for (const code of INDICATOR_CODES) counter.counts.set(code, state.counts[code] ?? 0);
    counter.placedBefore = state.placed;
    counter.subsidyFen = state.subsidyFen;
    counter.loans = state.loans;
    counter.loanFen = state.loanFen;
    return counter;
  }

  state(): CounterState {
    return {
      counts: Object.fromEntries(INDICATOR_CODES.map((code) => [code, this.counts.get(code) ?? 0])) as Record<
        IndicatorCode,
        number
      >,
      placed: this.placedBefore + this.placed.size,
      subsidyFen: this.subsidyFen,
      loans: this.loans,
      loanFen: this.loanFen,
    };
  }

  private bump(code: IndicatorCode, key?: Cell): void {
    this.counts.set(code, (this.counts.get(code) ?? 0) + 1);
    this.keep(code, key);
  }

  private keep(code: IndicatorCode | ExtraCode, key: Cell): void {
    if (!this.trackKeys || !key) return;
    const list = this.keys.get(code) ?? [];
    list.push(key);
    this.keys.set(code, list);
  }

  addPerson(row: IndicatorPerson): void {
    if (row.change === 'D') return;
    const key = row.person_id;
    if (inPeriod(row.registered_on, this.period)) this.bump('I01', key);
    const employedNow = row.status === '2' && inPeriod(row.employed_on, this.period) && has(row.registered_on);
    if (employedNow) {
      this.bump('I02', key);
      if (has(row.difficulty)) this.bump('I03', key);
      if (has(row.disability_cert)) this.bump('I12', key);
    }
    if (row.status === '1') {
      this.bump('I04', key);
      if (has(row.difficulty)) this.bump('I05', key);
    }
  }

  addHousehold(row: IndicatorHousehold): void {
    if (row.change === 'D') return;
    const key = row.household_id;
    if (inPeriod(row.identified_on, this.period)) this.bump('I06', key);
    if (row.status === '3' && inPeriod(row.cleared_on, this.period)) this.bump('I07', key);
    if (row.status === '1' || row.status === '2') {
      this.bump('I08', key);
      if (has(row.deadline) && row.deadline < this.period.end) this.bump('I09', key);
    }
  }

  addAction(row: IndicatorAction): void {
    const key = row.action_id;
    this.bump('I10', key);
    if (row.type === '06' && row.result === '1' && has(row.person_id) && !this.placed.has(row.person_id)) {
      this.placed.add(row.person_id);
      this.keep('I11', row.person_id);
    }
    if (row.type === '03' || row.type === '04') this.bump('I13', key);
    if ((row.type === '07' || row.type === '08' || row.type === '10') && has(row.amount)) {
      this.subsidyFen += yuanToFen(row.amount) ?? 0;
      this.keep('I14', key);
    }
    if (row.type === '05') {
      this.loans++;
      this.loanFen += yuanToFen(row.amount) ?? 0;
      this.keep('X01', key);
      this.keep('X02', key);
    }
  }

  /** Figures the county's reports ask for beyond the package: guaranteed loans, count and amount. */
  extras(): { code: ExtraCode; name: string; value: string }[] {
    return [
      { code: 'X01', name: EXTRA_NAMES.X01, value: String(this.loans) },
      { code: 'X02', name: EXTRA_NAMES.X02, value: fenToYuan(this.loanFen) },
    ];
  }

  result(): Indicator[] {
    return INDICATOR_CODES.map((code) => {
      const value =
        code === 'I11'
          ? String(this.placedBefore + this.placed.size)
          : code === 'I14'
            ? fenToYuan(this.subsidyFen)
            : String(this.counts.get(code) ?? 0);
      return { code, name: INDICATOR_NAMES[code], value };
    });
  }
}
