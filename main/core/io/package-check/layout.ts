// The fixed shape of a county exchange package (format 1.0): its entries, each CSV's columns in the required order
// with the Chinese label used in messages, the ledger's sheets and the indicator list. Written from the format text,
// not from our exporter, so that a mistake in one is not silently repeated in the other.

/** How a column is checked. Only `text` columns carry the formula guard `'`; every other kind must never start with it. */
export type FieldKind = 'id' | 'text' | 'code' | 'date' | 'timestamp' | 'number';
export type Column = { readonly code: string; readonly label: string; readonly kind: FieldKind };

export const CSV_FILES = [
  'persons.csv',
  'households.csv',
  'household_members.csv',
  'assistance.csv',
  'indicators.csv',
] as const;
export type CsvFile = (typeof CSV_FILES)[number];

export const MANIFEST = 'manifest.json';
export const LEDGER = 'ledger.xlsx';
/** Every entry of the ZIP, at its root; `files` of the manifest lists all but the manifest itself. */
export const ENTRY_NAMES: readonly string[] = [MANIFEST, ...CSV_FILES, LEDGER];
export const LISTED_FILES: readonly string[] = [...CSV_FILES, LEDGER];

const c = (code: string, label: string, kind: FieldKind): Column => ({ code, label, kind });
const CHANGE = [c('change', '变动标志', 'code'), c('updated_at', '最后变更时间', 'timestamp')];

export const COLUMNS: Record<CsvFile, readonly Column[]> = {
  'persons.csv': [
    c('person_id', '人员编号', 'id'),
    c('id_number', '公民身份号码', 'id'),
    c('name', '姓名', 'text'),
    c('sex', '性别', 'code'),
    c('birth_date', '出生日期', 'date'),
    c('ethnicity', '民族', 'code'),
    c('education', '文化程度', 'code'),
    c('hukou_type', '户口性质', 'code'),
    c('village_code', '户籍所在村（社区）', 'code'),
    c('address', '现居住地址', 'text'),
    c('phone', '联系电话', 'code'),
    c('registered_on', '失业登记日期', 'date'),
    c('status', '登记状态', 'code'),
    c('employed_on', '实现就业日期', 'date'),
    c('employment_type', '就业形式', 'code'),
    c('cancelled_on', '注销日期', 'date'),
    c('cancel_reason', '注销原因', 'code'),
    c('difficulty', '就业困难人员类别', 'code'),
    c('difficulty_on', '困难认定日期', 'date'),
    c('disability_cert', '残疾人证号', 'id'),
    c('disability_category', '残疾类别', 'code'),
    c('disability_grade', '残疾等级', 'code'),
    c('household_id', '所属零就业家庭', 'id'),
    ...CHANGE,
  ],
  'households.csv': [
    c('household_id', '家庭编号', 'id'),
    c('head_id_number', '户主身份号码', 'id'),
    c('head_name', '户主姓名', 'text'),
    c('village_code', '村（社区）', 'code'),
    c('address', '家庭住址', 'text'),
    c('members', '家庭人口数', 'number'),
    c('identified_on', '认定日期', 'date'),
    c('deadline', '清零时限', 'date'),
    c('status', '状态', 'code'),
    c('cleared_on', '清零日期', 'date'),
    c('cleared_by', '实现就业的成员', 'id'),
    ...CHANGE,
  ],
  'household_members.csv': [
    c('household_id', '家庭编号', 'id'),
    c('id_number', '成员身份号码', 'id'),
    c('name', '姓名', 'text'),
    c('relation', '与户主关系', 'code'),
    c('working_age', '法定劳动年龄内', 'code'),
    c('labour_capacity', '劳动能力', 'code'),
    c('employed', '是否就业', 'code'),
    c('person_id', '人员编号', 'id'),
    ...CHANGE,
  ],
  'assistance.csv': [
    c('action_id', '援助编号', 'id'),
    c('person_id', '援助对象', 'id'),
    c('household_id', '家庭编号', 'id'),
    c('type', '援助类型', 'code'),
    c('date', '援助日期', 'date'),
    c('content', '援助内容', 'text'),
    c('employer', '推荐/安置单位', 'text'),
    c('position', '岗位', 'text'),
    c('amount', '补贴/贷款金额', 'number'),
    c('result', '结果', 'code'),
    c('staff', '经办人', 'text'),
  ],
  'indicators.csv': [c('code', '指标代码', 'code'), c('name', '指标名称', 'text'), c('value', '数值', 'number')],
};

/** The ledger's sheets in the required order, each mirroring one CSV row for row. */
export const LEDGER_SHEETS: readonly { readonly sheet: string; readonly file: CsvFile }[] = [
  { sheet: '人员', file: 'persons.csv' },
  { sheet: '零就业家庭', file: 'households.csv' },
  { sheet: '家庭成员', file: 'household_members.csv' },
  { sheet: '援助记录', file: 'assistance.csv' },
  { sheet: '指标', file: 'indicators.csv' },
];

export const INDICATORS: readonly { readonly code: string; readonly name: string }[] = [
  { code: 'I01', name: '本季度新增失业登记人数' },
  { code: 'I02', name: '本季度失业人员实现就业人数' },
  { code: 'I03', name: '本季度就业困难人员实现就业人数' },
  { code: 'I04', name: '期末登记失业人数' },
  { code: 'I05', name: '期末就业困难人员人数' },
  { code: 'I06', name: '本季度新认定零就业家庭户数' },
  { code: 'I07', name: '本季度零就业家庭清零户数' },
  { code: 'I08', name: '期末零就业家庭户数' },
  { code: 'I09', name: '超期未清零户数' },
  { code: 'I10', name: '本季度援助人次' },
  { code: 'I11', name: '本季度公益性岗位安置人数' },
  { code: 'I12', name: '本季度残疾人实现就业人数' },
  { code: 'I13', name: '本季度职业培训人次' },
  { code: 'I14', name: '本季度发放补贴金额（元）' },
];

/** The Chinese label of a CSV field, for messages; null for anything that is not a CSV column. */
export function fieldLabel(file: string, field: string): string | null {
  const columns = (COLUMNS as Record<string, readonly Column[] | undefined>)[file];
  return columns?.find((column) => column.code === field)?.label ?? null;
}
