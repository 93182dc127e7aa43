// A small, valid county exchange package (format 1.0) written by hand: township 431025100, 2026 Q3. Every value is
// literal, including the indicators, which were counted by hand from the rows below; nothing here calls the
// exporter or the validator, so it can check both. Options let a test break exactly one thing.

import { createHash } from 'node:crypto';
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { TextReader, Uint8ArrayReader, Uint8ArrayWriter, ZipWriter } from '@zip.js/zip.js';

export const FIXTURE_FILE_NAME = '431025100_2026Q3.zip';

export type TableName = 'persons' | 'households' | 'members' | 'assistance' | 'indicators';
export type Tables = Record<TableName, string[][]>;

const split = (text: string): string[] => text.split(',');

export const FIELDS: Record<TableName, string[]> = {
  persons: split(
    'person_id,id_number,name,sex,birth_date,ethnicity,education,hukou_type,village_code,address,phone,registered_on,' +
      'status,employed_on,employment_type,cancelled_on,cancel_reason,difficulty,difficulty_on,disability_cert,' +
      'disability_category,disability_grade,household_id,change,updated_at',
  ),
  households: split(
    'household_id,head_id_number,head_name,village_code,address,members,identified_on,deadline,status,cleared_on,' +
      'cleared_by,change,updated_at',
  ),
  members: split(
    'household_id,id_number,name,relation,working_age,labour_capacity,employed,person_id,change,updated_at',
  ),
  assistance: split('action_id,person_id,household_id,type,date,content,employer,position,amount,result,staff'),
  indicators: split('code,name,value'),
};

const LABELS: Record<TableName, string[]> = {
  persons: split(
    '人员编号,公民身份号码,姓名,性别,出生日期,民族,文化程度,户口性质,户籍所在村（社区）,现居住地址,联系电话,失业登记日期,' +
      '登记状态,实现就业日期,就业形式,注销日期,注销原因,就业困难人员类别,认定日期,残疾人证号,残疾类别,残疾等级,所属零就业家庭,' +
      '变动标志,最后变更时间',
  ),
  households: split(
    '家庭编号,户主身份号码,户主姓名,村（社区）,家庭住址,家庭人口数,认定日期,清零时限,状态,清零日期,实现就业的成员,变动标志,最后变更时间',
  ),
  members: split(
    '家庭编号,成员身份号码,姓名,与户主关系,法定劳动年龄内,劳动能力,是否就业,人员编号,变动标志,最后变更时间',
  ),
  assistance: split('援助编号,援助对象,家庭编号,援助类型,援助日期,援助内容,推荐/安置单位,岗位,金额（元）,结果,经办人'),
  indicators: split('指标代码,指标名称,数值'),
};

export const FILE_OF: Record<TableName, string> = {
  persons: 'persons.csv',
  households: 'households.csv',
  members: 'household_members.csv',
  assistance: 'assistance.csv',
  indicators: 'indicators.csv',
};
const SHEET_OF: Record<TableName, string> = {
  persons: '人员',
  households: '零就业家庭',
  members: '家庭成员',
  assistance: '援助记录',
  indicators: '指标',
};
export const SHEET_ORDER = ['人员', '零就业家庭', '家庭成员', '援助记录', '指标'];
const TABLE_ORDER: TableName[] = ['persons', 'households', 'members', 'assistance', 'indicators'];

const E = '';
const T = (day: string, time = '10:00:00'): string => `${day}T${time}+08:00`;

/** The rows as they stand in the CSVs (values already formula-escaped where the format wants it). */
export function validTables(): Tables {
  // prettier-ignore
  return {
    persons: [
      ['1001', '431025198503150110', '张伟', '1', '1985-03-15', '01', '60', '2', '431025100201', '东山村"老街",12号', '13812345678', '2026-07-15', '1', E, E, E, E, E, E, E, E, E, E, 'A', T('2026-07-15')],
      ['1002', '43102519790622022X', '李秀英', '2', '1979-06-22', '01', '70', '2', '431025100202', '西河村3组', '0731-4567890', '2026-03-10', '2', '2026-08-01', '1', E, E, '01', '2026-03-20', E, E, E, E, 'U', T('2026-08-01')],
      ['1003', '431025197209100118', '王建国', '1', '1972-09-10', '03', '80', '2', '431025100201', E, E, '2025-11-02', '1', E, E, E, E, '02;05', '2025-12-01', '43102519720910011842', '4', '2', E, 'N', T('2025-12-01')],
      ['1004', '431025199801010110', '赵磊', '1', '1998-01-01', '01', '30', '2', '431025100202', '西河村5组', '15912345678', '2026-01-05', '2', '2026-09-10', '4', E, E, '03', '2026-07-12', E, E, E, 'H001', 'U', T('2026-09-10')],
      ['1005', '43102519660405011X', '刘长生', '1', '1966-04-05', '01', '90', '2', '431025100201', E, E, '2025-06-01', '3', E, E, '2026-08-20', '2', E, E, E, E, E, E, 'U', T('2026-08-20')],
      ['1006', '431025199012120229', '陈静', '2', '1990-12-12', '15', '20', '1', '431025100202', '镇东街8号', E, '2026-07-02', '2', '2026-09-01', '2', E, E, E, E, '43102519901212022913', '1', '3', E, 'A', T('2026-09-01')],
      ['1007', '431025197507070113', '周国强', '1', '1975-07-07', '01', '70', '2', '431025100201', '东山村7组', '13712345678', '2026-02-01', '1', E, E, E, E, '03;04', '2026-04-02', E, E, E, 'H002', 'U', T('2026-04-02')],
      ['1008', '431025198808080221', '吴敏', '2', '1988-08-08', '01', '60', '2', '431025100202', E, E, '2026-05-05', '1', E, E, E, E, '01', '2026-05-10', E, E, E, E, 'D', T('2026-09-15')],
      ['1009', '431025199303030119', '买买提·艾力', '1', '1993-03-03', '05', '40', '2', '431025100201', "'-东山村工棚", E, '2026-01-10', '2', '2026-05-20', '3', E, E, E, E, E, E, E, E, 'N', T('2026-05-20')],
    ],
    households: [
      ['H001', '431025196207200110', '赵大山', '431025100202', '西河村5组', '2', '2026-07-10', '2026-08-09', '3', '2026-09-10', '1004', 'A', T('2026-09-10')],
      ['H002', '431025197507070113', '周国强', '431025100201', '东山村7组', '2', '2026-04-01', '2026-05-01', '2', E, E, 'U', T('2026-06-01')],
      ['H003', '431025195501010110', '孙福', '431025100201', '东山村2组', '1', '2026-09-20', '2026-10-20', '1', E, E, 'A', T('2026-09-20')],
      ['H004', '431025196604050224', '郑秀兰', '431025100202', E, '1', '2026-02-01', '2026-03-03', '4', E, E, 'N', T('2026-03-01')],
    ],
    members: [
      ['H001', '431025196207200110', '赵大山', '02', '1', '2', '0', E, 'A', T('2026-07-10')],
      ['H001', '431025199801010110', '赵磊', '20', '1', '1', '1', '1004', 'A', T('2026-09-10')],
      ['H002', '431025197507070113', '周国强', '02', '1', '1', '0', '1007', 'N', T('2026-04-01')],
      ['H002', '431025196604050224', '郑秀兰', '10', '1', '2', '0', E, 'N', T('2026-04-01')],
      ['H003', '431025195501010110', '孙福', '02', '0', '3', '0', E, 'A', T('2026-09-20')],
      ['H004', '431025196604050224', '郑秀兰', '02', '1', '2', '0', E, 'N', T('2026-02-01')],
    ],
    assistance: [
      ['2026Q3-001', '1001', E, '01', '2026-07-20', '职业指导：制定求职计划', E, E, E, '3', '李四'],
      ['2026Q3-002', '1002', E, '02', '2026-07-28', '推荐到县城制衣厂面试', '县城某制衣厂', '缝纫工', E, '1', '李四'],
      ['2026Q3-003', '1004', 'H001', '06', '2026-09-10', '安置到公益性岗位（道路保洁）', '示范镇人民政府', '保洁员', E, '1', '王五'],
      ['2026Q3-004', '1004', 'H001', '08', '2026-09-25', '发放岗位补贴', E, E, '1200.5', '1', '王五'],
      ['2026Q3-005', E, 'H002', '01', '2026-08-05', '入户走访，了解家庭就业意愿', E, E, E, '3', '李四'],
      ['2026Q3-006', '1003', E, '03', '2026-08-12', "'-电工培训第一期-", '县职业技能培训中心', E, E, '3', '李四'],
      ['2026Q3-007', '1006', E, '07', '2026-09-01', '灵活就业社会保险补贴', E, E, '3000', '1', '王五'],
      ['2026Q3-008', '1007', 'H002', '10', '2026-08-30', '交通补贴,外出务工', E, E, '250.75', '2', '王五'],
      ['2026Q3-009', '1006', E, '06', '2026-09-02', '安置到公益性岗位（护林员）', '示范镇林业站', '护林员', E, '1', '王五'],
      ['2026Q3-010', '1002', E, '04', '2026-07-05', '创业培训（SYB）', E, E, E, '9', '李四'],
      ['2026Q3-011', '1002', E, '05', '2026-09-15', '创业担保贷款申请已受理', '县农商银行', E, '50000', '3', '李四'],
    ],
    // counted by hand from the rows above; the D row (1008) counts for nothing
    indicators: [
      ['I01', '本季度新增失业登记人数', '2'],
      ['I02', '本季度失业人员实现就业人数', '3'],
      ['I03', '本季度就业困难人员实现就业人数', '2'],
      ['I04', '期末登记失业人数', '3'],
      ['I05', '期末就业困难人员人数', '2'],
      ['I06', '本季度新认定零就业家庭户数', '2'],
      ['I07', '本季度零就业家庭清零户数', '1'],
      ['I08', '期末零就业家庭户数', '2'],
      ['I09', '超期未清零户数', '1'],
      ['I10', '本季度援助人次', '11'],
      ['I11', '本季度公益性岗位安置人数', '2'],
      ['I12', '本季度残疾人实现就业人数', '1'],
      ['I13', '本季度职业培训人次', '2'],
      ['I14', '本季度发放补贴金额（元）', '4451.25'],
    ],
  };
}

/** Sets one field of the row whose first column is `key` (or of row `key` when it is a number, 0 = first data row). */
export function setField(tables: Tables, table: TableName, key: string | number, field: string, value: string): void {
  const rows = tables[table];
  const row = typeof key === 'number' ? rows[key] : rows.find((r) => r[0] === key);
  const index = FIELDS[table].indexOf(field);
  if (!row || index < 0) throw new Error(`fixture has no ${table} row ${key} / field ${field}`);
  row[index] = value;
}

/** RFC 4180 with CRLF after every line; a field holding a comma, quote, CR or LF is quoted. */
export function csvText(fields: readonly string[], rows: readonly (readonly string[])[]): string {
  const quote = (value: string): string => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  return [fields, ...rows].map((row) => `${row.map(quote).join(',')}\r\n`).join('');
}

export type LedgerOptions = {
  sheetOrder?: string[];
  idAsNumber?: boolean;
  dropLastRow?: TableName;
  noHeader?: TableName;
  /** Written with exceljs's streaming writer and inline strings, as a large export would be. */
  streaming?: boolean;
};

/** ledger.xlsx: one header row of labels, then the CSV rows; ID numbers as text cells unless told otherwise. */
export async function ledgerBytes(tables: Tables, options: LedgerOptions = {}): Promise<Uint8Array> {
  if (!options.streaming) {
    const workbook = new ExcelJS.Workbook();
    fillLedger(workbook, tables, options);
    return new Uint8Array(await workbook.xlsx.writeBuffer());
  }
  const chunks: Buffer[] = [];
  const stream = new PassThrough().on('data', (chunk: Buffer) => chunks.push(chunk));
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: false, useStyles: false });
  fillLedger(writer, tables, options);
  await writer.commit();
  return new Uint8Array(Buffer.concat(chunks));
}

type SheetMaker = { addWorksheet(name: string): { addRow(values: (string | number)[]): unknown } };

function fillLedger(workbook: SheetMaker, tables: Tables, options: LedgerOptions): void {
  for (const sheetName of options.sheetOrder ?? SHEET_ORDER) {
    const table = TABLE_ORDER.find((name) => SHEET_OF[name] === sheetName);
    const sheet = workbook.addWorksheet(sheetName);
    if (!table) continue;
    sheet.addRow(options.noHeader === table ? [] : LABELS[table]);
    const rows = options.dropLastRow === table ? tables[table].slice(0, -1) : tables[table];
    for (const row of rows) {
      const cells: (string | number)[] = row.map((value) => value.replace(/^'/, ''));
      // what Excel does to an ID typed into a number cell (an ID ending in X cannot become a number)
      if (options.idAsNumber && table === 'persons' && /^\d{18}$/.test(row[1] ?? '')) cells[1] = Number(row[1]);
      sheet.addRow(cells);
    }
  }
}

export type PackageOptions = {
  tables?: Tables;
  /** Rewrites a CSV's text (without BOM) before it is encoded. */
  csv?: Partial<Record<string, (text: string) => string>>;
  /** Leaves the BOM off these CSVs. */
  noBom?: string[];
  /** Encodes a CSV's text (BOM included) some other way than UTF-8. */
  encode?: Partial<Record<string, (text: string) => Uint8Array>>;
  ledger?: LedgerOptions;
  /** Changes the manifest after `files` has been filled in from the real bytes. */
  manifest?: (manifest: Record<string, unknown>) => void;
  /** Replaces manifest.json's text (after `manifest`). */
  manifestText?: (text: string) => string;
  /** Replaces an entry's bytes (before the manifest is computed from them). */
  replace?: Partial<Record<string, Uint8Array>>;
  /** Entries added after the seven (a name ending in '/' is a folder). */
  extra?: string[];
  /** Entries left out of the ZIP (still listed in the manifest). */
  omit?: string[];
  /** Entries written without compression (method 0, stored). */
  stored?: string[];
};

/** The seven entries' bytes, in the format's order. */
export async function packageEntries(options: PackageOptions = {}): Promise<Map<string, Uint8Array>> {
  const tables = options.tables ?? validTables();
  const entries = new Map<string, Uint8Array>();
  for (const table of TABLE_ORDER) {
    const file = FILE_OF[table];
    const text = (options.csv?.[file] ?? ((t: string) => t))(csvText(FIELDS[table], tables[table]));
    const full = options.noBom?.includes(file) ? text : `\uFEFF${text}`;
    entries.set(file, (options.encode?.[file] ?? ((t: string) => new TextEncoder().encode(t)))(full));
  }
  entries.set('ledger.xlsx', await ledgerBytes(tables, options.ledger));
  for (const [name, bytes] of Object.entries(options.replace ?? {})) if (bytes) entries.set(name, bytes);
  const records = (name: string): number =>
    name === 'ledger.xlsx' ? tables.persons.length : tables[TABLE_ORDER.find((t) => FILE_OF[t] === name)!].length;
  const manifest: Record<string, unknown> = {
    format: 'township-labour-exchange',
    version: '1.0',
    county_code: '431025',
    township: { code: '431025100', name: '示范镇' },
    period: { year: 2026, quarter: 3, start: '2026-07-01', end: '2026-09-30' },
    revision: 1,
    generated_at: '2026-10-08T09:30:00+08:00',
    generator: { name: '劳动保障站实名制台账', version: '0.1.0' },
    operator: '李四',
    files: [...entries].map(([name, bytes]) => ({
      name,
      records: records(name),
      sha256: createHash('sha256').update(bytes).digest('hex'),
    })),
  };
  options.manifest?.(manifest);
  const text = (options.manifestText ?? ((t: string) => t))(JSON.stringify(manifest, null, 2));
  return new Map([['manifest.json', new TextEncoder().encode(text)], ...entries]);
}

/** The package as a ZIP (deflate, entries at the root), broken as the options say. */
export async function buildFixturePackage(options: PackageOptions = {}): Promise<Uint8Array> {
  const entries = await packageEntries(options);
  const writer = new ZipWriter(new Uint8ArrayWriter(), { useWebWorkers: false });
  for (const [name, bytes] of entries) {
    if (options.omit?.includes(name)) continue;
    await writer.add(name, new Uint8ArrayReader(bytes), { level: options.stored?.includes(name) ? 0 : 6 });
  }
  for (const name of options.extra ?? []) {
    if (name.endsWith('/')) await writer.add(name, undefined, { directory: true });
    else await writer.add(name, new TextReader('说明'));
  }
  return writer.close();
}
