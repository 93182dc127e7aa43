import type { CodeTable } from '@shared/codes/index';
import type { IsoDate } from '@shared/domain/dates';
import type { CsvRow } from './csv-table';
import type { Indexes } from './indexes';
import { COLUMNS, type CsvFile } from './layout';
import type { ProblemList } from './report';
import {
  ANY_GUARDED_START,
  FORMULA_START,
  dateProblem,
  describeStart,
  idNumberProblem,
  parseTimestamp,
  timestampText,
} from './values';

/** = + - @ TAB CR ': the only first characters either leading-character rule can be about. */
const GUARDED_FIRST = new Set([61, 43, 45, 64, 9, 13, 39]);

/** What the table checks need beyond the row: the township and the quarter, when the manifest or file name told. */
export type CheckContext = {
  sink: ProblemList;
  townshipCode: string | null;
  period: { start: IsoDate; end: IsoDate } | null;
  /** 24:00 China time of the period's last day, epoch milliseconds. */
  periodEndMs: number | null;
  /** Runs a rule that needs a table read later, once every table has been read (see `RowChecker.failLater`). */
  defer: (check: (indexes: Indexes) => void) => void;
};

/**
 * The checks of one CSV row. A field gets at most one problem from the generic checks: once reported it counts as
 * unusable, so a rule that compares it with another field stays quiet instead of repeating the same mistake.
 */
export class RowChecker {
  /** the fields already reported; made on the first problem, as almost every row has none */
  private reported: Set<string> | null = null;
  readonly line: number;

  constructor(
    private readonly ctx: CheckContext,
    readonly file: CsvFile,
    private readonly row: CsvRow,
  ) {
    this.line = row.line;
    this.checkLeadingCharacters();
  }

  /** The value as written in the CSV. */
  raw(field: string): string {
    return this.row.values[field] ?? '';
  }

  /** A text field's value as the importer reads it: one leading `'` (the formula guard) dropped. */
  text(field: string): string {
    const value = this.raw(field);
    return value.startsWith("'") ? value.slice(1) : value;
  }

  filled(field: string): boolean {
    return this.raw(field) !== '';
  }

  /** Not empty and not already reported. */
  usable(field: string): boolean {
    return this.filled(field) && !this.reported?.has(field);
  }

  fail(field: string, check: string, text: string): void {
    (this.reported ??= new Set()).add(field);
    this.ctx.sink.add(this.file, this.line, field, `${this.file.replace('.csv', '')}.${field}.${check}`, text);
  }

  /**
   * A rule that needs a file read after this one (persons.csv comes before households.csv): its problem, if any, is
   * decided once every table has been read, and listed where it would have been found with all files at hand.
   * `decide` returns the problem's text, or null. Nothing else in a row looks at the field after such a rule, so the
   * field is not marked as reported in the meantime.
   */
  failLater(field: string, check: string, decide: (indexes: Indexes) => string | null): void {
    const fill = this.ctx.sink.reserve();
    const { file, line } = this;
    this.ctx.defer((indexes) => {
      const text = decide(indexes);
      if (text !== null) fill(file, line, field, `${file.replace('.csv', '')}.${field}.${check}`, text);
    });
  }

  /** Reports an empty field; `why` says when it is required (e.g. '登记状态为 2（已就业）时'). */
  required(field: string, why = ''): boolean {
    if (this.reported?.has(field)) return false;
    const empty = isTextField(this.file, field) ? this.text(field) === '' : !this.filled(field);
    if (empty) this.fail(field, 'required', `${why}必须填写`);
    return !empty;
  }

  /** An optional code: empty passes; anything else must be a code of the table. */
  code(field: string, table: CodeTable, tableName: string): boolean {
    if (!this.usable(field)) return false;
    const value = this.raw(field);
    if (table.some((entry) => entry.code === value)) return true;
    const codes = table.map((entry) => entry.code);
    const list = codes.length > 12 ? `${codes[0]!}–${codes[codes.length - 1]!}` : codes.join('、');
    this.fail(field, 'code', `“${value}”不是${tableName}的代码（应为 ${list}，填代码而不是名称）`);
    return false;
  }

  requiredCode(field: string, table: CodeTable, tableName: string, why = ''): boolean {
    return this.required(field, why) && this.code(field, table, tableName);
  }

  /** A valid date or null (empty, or reported as not a real date). */
  date(field: string): IsoDate | null {
    if (!this.usable(field)) return null;
    const problem = dateProblem(this.raw(field));
    if (problem) {
      this.fail(field, problem.check, problem.text);
      return null;
    }
    return this.raw(field);
  }

  /** A date that describes the state at the period end, so it cannot be later than that day. */
  dateUpToPeriodEnd(field: string): IsoDate | null {
    const date = this.date(field);
    const end = this.ctx.period?.end;
    if (date !== null && end !== undefined && date > end) {
      this.fail(field, 'after_period', `${date} 晚于报送期末 ${end}；包中各行是期末的状态，期末之后的变动不应出现`);
      return null;
    }
    return date;
  }

  /** GB 11643 ID number; true when valid. */
  idNumber(field: string): boolean {
    if (!this.required(field)) return false;
    const problem = idNumberProblem(this.raw(field));
    if (problem) this.fail(field, problem.check, problem.text);
    return problem === null;
  }

  /** `change` and `updated_at`, common to persons, households and members. */
  changeAndTimestamp(): void {
    const change = this.raw('change');
    if (this.required('change') && !['A', 'U', 'N', 'D'].includes(change)) {
      this.fail('change', 'code', `“${change}”不是变动标志，应为 A（新增）、U（变更）、N（无变化）或 D（删除）`);
    }
    if (!this.required('updated_at')) return;
    const at = parseTimestamp(this.raw('updated_at'));
    if (at === null) this.fail('updated_at', 'format', timestampText(this.raw('updated_at')));
    else if (this.ctx.periodEndMs !== null && at > this.ctx.periodEndMs) {
      this.fail(
        'updated_at',
        'after_period',
        `${this.raw('updated_at')} 晚于报送期末 24:00；期末之后的修改不应出现在本期包中`,
      );
    }
  }

  villageCode(field: string): void {
    if (!this.required(field)) return;
    const value = this.raw(field);
    if (!/^\d{12}$/.test(value)) this.fail(field, 'format', `村（社区）代码应为 12 位数字，现为“${value}”`);
    else if (this.ctx.townshipCode !== null && !value.startsWith(this.ctx.townshipCode)) {
      this.fail(field, 'township', `村（社区）代码 ${value} 不属于本乡镇（应以 ${this.ctx.townshipCode} 开头）`);
    }
  }

  /**
   * Text fields must carry the formula guard when they start with = + - @ TAB CR; code, date, number and ID fields
   * never start with any of those or with `'`, because the importer drops a `'` only from text fields.
   */
  private checkLeadingCharacters(): void {
    for (const column of COLUMNS[this.file]) {
      const value = this.raw(column.code);
      // most values start with a digit or a letter: one look at the first character instead of two patterns
      if (!GUARDED_FIRST.has(value.charCodeAt(0))) continue;
      if (column.kind === 'text') {
        if (FORMULA_START.test(value)) {
          this.fail(
            column.code,
            'formula_unescaped',
            `文字以 ${describeStart(value)} 开头，必须在前面再加一个英文单引号 '（防止表格软件当作公式执行）`,
          );
        }
      } else if (ANY_GUARDED_START.test(value) && !(column.kind === 'number' && /^-\d/.test(value))) {
        this.fail(
          column.code,
          'leading_char',
          `以 ${describeStart(value)} 开头；代码、日期、数字和证件号字段不得以 ' = + - @、制表符或回车开头（单引号只用于文字字段）`,
        );
      }
    }
  }
}

function isTextField(file: CsvFile, field: string): boolean {
  return COLUMNS[file].some((column) => column.code === field && column.kind === 'text');
}
