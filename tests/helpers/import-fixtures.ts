// Messy registers as stations keep them, built in code with a known answer for every row: title rows, a merged
// title, a 填报单位 line, blank rows, 合计 / 注： / signature rows, full-width digits, lower-case x, apostrophes,
// spaces in IDs, 15-digit IDs, an ID in a number cell, dates typed every way plus real Excel dates, a sex that
// contradicts the ID, a duplicate ID, an unknown village and a person already registered.
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { checkDigit } from '@shared/domain/id-number';
import { makeId } from './ids';

/** An ID whose check character is `wanted` (searching the sequence numbers from `from`). */
export function idEndingWith(birth: string, wanted: string, from = 100): string {
  for (let seq = from; seq < 1000; seq += 1) {
    const first17 = `431025${birth}${String(seq).padStart(3, '0')}`;
    if (checkDigit(first17) === wanted) return first17 + wanted;
  }
  throw new Error(`no sequence gives ${wanted}`);
}

/** A valid ID that looks exactly like a number Excel cut to 15 digits (…000): it passes the check digit. */
export function mangledLookingId(): string {
  for (let day = 1; day <= 28; day += 1) {
    for (const seq of ['100', '200', '300', '400', '500', '600', '700', '800', '900']) {
      const candidate = `431025198503${String(day).padStart(2, '0')}${seq}`;
      if (checkDigit(candidate) === '0') return `${candidate}0`;
    }
  }
  throw new Error('no …000 ID found');
}

const fullWidth = (text: string) => text.replace(/[0-9A-Za-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

export const IDS = {
  plain: makeId('19850305', '123'),
  withX: idEndingWith('19860412', 'X'),
  spaced: makeId('19870101', '134'),
  old15: '431025750305123',
  numberCell: mangledLookingId(),
  excelDate: makeId('19880808', '221'),
  numberDate: makeId('19890909', '331'),
  dateTime: makeId('19900101', '441'),
  sexWrong: makeId('19910202', '551'),
  badCheck: (() => {
    const id = makeId('19920303', '661');
    return id.slice(0, 17) + (id[17] === '1' ? '2' : '1');
  })(),
  badBirth: (() => {
    const first17 = '43102519850230771';
    return first17 + checkDigit(first17);
  })(),
  noName: makeId('19930404', '881'),
  unknownVillage: makeId('19940505', '991'),
  existing: makeId('19800101', '113'),
  scientific: '4.31025E+17',
  difficulty: makeId('19780707', '224'),
} as const;

export type Expected = {
  row: number;
  outcome: 'new' | 'update' | 'unchanged' | 'refused';
  reasons?: string[];
  warnings?: string[];
};

const HEADER = [
  '序号',
  '姓  名',
  '性别',
  '身份证号码',
  '出生年月',
  '民族',
  '文化程度',
  '户口性质',
  '户籍所在村（社区）',
  '现居住地址',
  '联系电话',
  '失业登记日期',
  '失业原因',
  '求职意向',
  '培训意向',
  '技能特长',
  '就业困难人员类别',
  '认定日期',
  '备注',
];
type Value = ExcelJS.CellValue;
type Person = [name: Value, sex: Value, id: Value, birth: Value, ethnicity: Value, education: Value, hukou: Value];
const ROWS: [number, Person, village: Value, registered: Value, extra?: Value[]][] = [];
const person = (row: number, p: Person, village: Value, registered: Value, extra: Value[] = []) =>
  ROWS.push([row, p, village, registered, extra]);

const march5 = new Date(Date.UTC(2019, 2, 5));
person(5, ['张三', '男', IDS.plain, '1985.03', '汉族', '初中', '农业'], '东山村', '2019-03-05', ['13812345678']);
person(6, ['李　四', '男', fullWidth(IDS.withX.toLowerCase()), '', '汉', '初级中学', '农业户口'], '东山', '2019.3.5');
person(
  7,
  ['王芳', '女', `'${IDS.spaced.slice(0, 6)} ${IDS.spaced.slice(6, 14)} ${IDS.spaced.slice(14)}`, '', '', '', ''],
  '西河村',
  '2019/03/05',
);
person(9, ['赵六', '男', IDS.old15, '', '', '', ''], '城关社区', '2019年3月5日');
person(10, ['钱七', '男', Number(IDS.numberCell), '', '', '', ''], '东山村', '2019-03-05');
person(11, ['孙八', '男', IDS.excelDate, '', '', '', ''], '东山村', march5);
person(12, ['周九', '男', IDS.numberDate, '', '', '', ''], '东山村', 20190305);
person(13, ['吴十', '男', IDS.dateTime, '', '', '', ''], '东山村', new Date(Date.UTC(2019, 2, 5, 18, 30)));
person(14, ['郑一', '女', IDS.sexWrong, '', '', '', ''], '东山村', '20190305');
person(15, ['冯二', '男', IDS.badCheck, '', '', '', ''], '东山村', '2019-03-05');
person(16, ['陈三', '男', IDS.badBirth, '', '', '', ''], '东山村', '2019-03-05');
person(17, ['', '男', IDS.noName, '', '', '', ''], '东山村', '2019-03-05');
person(18, ['张三', '男', IDS.plain, '', '', '', ''], '东山村', '2019-03-05');
person(19, ['褚四', '男', IDS.unknownVillage, '', '', '', ''], '北坡村', '2019-03-05');
person(20, ['卫五', '男', IDS.existing, '', '', '', ''], '东山村', '2019-03-05', ['13900001111', '新地址']);
person(21, ['蒋六', '男', IDS.scientific, '', '', '', ''], '东山村', '2019-03-05');
person(22, ['沈七', '女', IDS.difficulty, '', '', '高中文化', ''], '西河村', '2024-01-10', [
  '',
  '',
  '',
  '4050、低保',
  '2024.6.1',
]);

/** What the importer must say about each data row of `messyLedger()`. */
export const EXPECTED: Expected[] = [
  { row: 5, outcome: 'new' },
  { row: 6, outcome: 'new' },
  { row: 7, outcome: 'new' },
  { row: 9, outcome: 'new', warnings: ['id.upgraded_15'] },
  { row: 10, outcome: 'refused', reasons: ['id.excel_number'] },
  { row: 11, outcome: 'new' },
  { row: 12, outcome: 'new' },
  { row: 13, outcome: 'new' },
  { row: 14, outcome: 'new', warnings: ['sex.contradicts_id'] },
  { row: 15, outcome: 'refused', reasons: ['id.bad_check_digit'] },
  { row: 16, outcome: 'refused', reasons: ['id.bad_birth_date'] },
  { row: 17, outcome: 'refused', reasons: ['name.missing'] },
  { row: 18, outcome: 'refused', reasons: ['id.duplicate_in_file'] },
  { row: 19, outcome: 'refused', reasons: ['village.unknown'] },
  { row: 20, outcome: 'update', warnings: ['update.kept_existing'] },
  { row: 21, outcome: 'refused', reasons: ['id.excel_number'] },
  { row: 22, outcome: 'new' },
];

/** The person of row 20, registered before the import with an address and no phone. */
export const EXISTING_PERSON = { idNumber: IDS.existing, name: '卫五', address: '旧地址', registeredOn: '2020-01-02' };

export async function messyLedger(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const notes = workbook.addWorksheet('填表说明');
  notes.addRow(['本表按县就业服务中心要求填写，身份证号码请设为文本格式。']);
  const sheet = workbook.addWorksheet('失业人员');
  sheet.getCell('A1').value = '示范镇失业人员实名制登记台账';
  sheet.mergeCells('A1:S1');
  sheet.getCell('A2').value = '填报单位：示范镇劳动保障站（盖章）          填报日期：2024年12月31日';
  sheet.mergeCells('A2:S2');
  sheet.getRow(4).values = HEADER;
  let seq = 0;
  for (const [row, [name, sex, id, birth, ethnicity, education, hukou], village, registered, extra = []] of ROWS) {
    seq += 1;
    const [phone = '', address = '', reason = '', difficulty = '', recognisedOn = ''] = extra;
    const values: Value[] = [
      seq,
      name,
      sex,
      id,
      birth,
      ethnicity,
      education,
      hukou,
      village,
      address,
      phone,
      registered,
    ];
    values.push(reason, '普工', '电工', '驾驶', difficulty, recognisedOn, '');
    sheet.getRow(row).values = values;
    if (registered instanceof Date) {
      sheet.getCell(row, 12).numFmt = registered.getUTCHours() > 0 ? 'yyyy-mm-dd hh:mm' : 'yyyy-mm-dd';
    }
    if (typeof id === 'number') sheet.getCell(row, 4).numFmt = '0';
  }
  sheet.getRow(23).values = ['合计', '共 17 人'];
  sheet.mergeCells('A23:C23');
  sheet.getRow(24).values = ['注：1. 身份证号码须为 18 位；2. 日期写成 2019-03-05。'];
  sheet.getRow(26).values = ['', '填表人：李四', '', '审核人：', '', '', '负责人：王站长'];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A ledger of `rows` generated persons (valid and distinct), for the benchmark and the transaction test. */
export async function generatedLedger(
  rows: number,
  options: { lastName?: string; offset?: number; notes?: string } = {},
): Promise<Buffer> {
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on('data', (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useSharedStrings: true });
  const sheet = workbook.addWorksheet('台账');
  sheet.addRow(['示范镇失业人员登记台账']).commit();
  sheet.addRow(HEADER).commit();
  const villages = ['东山村', '西河村', '城关社区'];
  for (let i = 0; i < rows; i += 1) {
    const last = i === rows - 1 && options.lastName !== undefined;
    const name = last
      ? options.lastName
      : `张${'伟芳娜敏静丽强磊军洋'[i % 10]}${'一二三四五六七八九十'[Math.floor(i / 10) % 10]}`;
    const phone = `138${String(i).padStart(8, '0')}`;
    const person = [
      i + 1,
      name,
      '',
      uniqueId(i + (options.offset ?? 0)),
      '',
      '汉族',
      '初中',
      '农业',
      villages[i % 3],
      `第${i % 50}组`,
      phone,
    ];
    sheet.addRow([...person, '2024-03-05', '企业裁员', '普工', '电工', '驾驶', '', '', options.notes ?? '']).commit();
  }
  sheet.commit();
  await workbook.commit();
  return Buffer.concat(chunks);
}

/** Distinct valid IDs: the birth date and sequence vary with i so that 100,000 rows never repeat. */
function uniqueId(i: number): string {
  const day = new Date(Date.UTC(1975, 0, 1) + (i % 9000) * 86_400_000);
  const birth = day.toISOString().slice(0, 10).replace(/-/g, '');
  return makeId(birth, String(101 + 2 * Math.floor(i / 9000)).padStart(3, '0'));
}

/** The same kind of register as a GB18030 CSV, as Excel saves "CSV (逗号分隔)" on a Chinese Windows. */
export function gbCsvLedger(): { bytes: Buffer; expected: Expected[] } {
  const lines = [
    '示范镇失业人员花名册,,,,',
    '姓名,身份证号,性别,村,登记日期',
    `张三,${IDS.plain},男,东山村,2019-03-05`,
    `李四,${fullWidth(IDS.withX)},男,东山村,2019.3.5`,
    `王五,${IDS.scientific},男,东山村,2019.3.5`,
    ',,,,',
    '合计,2人,,,',
  ];
  return {
    bytes: iconv.encode(lines.join('\r\n'), 'gb18030'),
    expected: [
      { row: 3, outcome: 'new' },
      { row: 4, outcome: 'new' },
      { row: 5, outcome: 'refused', reasons: ['id.excel_number'] },
    ],
  };
}
