// 导入台账: bring a station's existing Excel/CSV register in. The UI flow is dry run → report → corrections (column
// mapping, village names) → import; every call sends the file again, so core keeps no state between them.
import { z } from 'zod';
import { channel } from './define';
import { emptyInput } from './common';

/** The largest file accepted (bytes). The HTTP bridge's 64 MB body limit holds base64 of up to about 47 MB. */
export const IMPORT_MAX_FILE_BYTES = 50 * 1024 * 1024;

/** The person fields a column can be mapped to, in the order of the person form; the label is the usual header. */
export const IMPORT_FIELDS = [
  ['name', '姓名'],
  ['idNumber', '身份证号码'],
  ['sex', '性别（仅核对）'],
  ['birthDate', '出生日期（仅核对）'],
  ['ethnicity', '民族'],
  ['education', '文化程度'],
  ['hukouType', '户口性质'],
  ['village', '村（社区）'],
  ['address', '现居住地址'],
  ['phone', '联系电话'],
  ['registeredOn', '失业登记日期'],
  ['unemploymentReason', '失业原因'],
  ['jobWish', '就业意向'],
  ['trainingWish', '培训意向'],
  ['skills', '技能特长'],
  ['employmentCardNo', '就业创业证号'],
  ['difficulty', '就业困难人员类别'],
  ['difficultyOn', '认定日期'],
  ['disabilityCert', '残疾人证号'],
  ['lastContactOn', '最近联系日期'],
  ['notes', '备注'],
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number][0];
export const IMPORT_FIELD_NAMES = IMPORT_FIELDS.map(([name]) => name) as [ImportField, ...ImportField[]];
export const IMPORT_FIELD_LABELS = Object.fromEntries(IMPORT_FIELDS) as Record<ImportField, string>;

/** Fields an existing person's non-empty value may be overwritten in (sex and birth date always come from the ID). */
export const OVERWRITABLE_FIELDS = IMPORT_FIELD_NAMES.filter(
  (name) => !['idNumber', 'sex', 'birthDate', 'difficultyOn'].includes(name),
) as [ImportField, ...ImportField[]];

const base64 = z
  .string()
  .max(Math.ceil(IMPORT_MAX_FILE_BYTES / 3) * 4 + 4, '文件超过 50 MB，请拆分后再导入')
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, '文件内容编码有误，请重新选择文件');

export const importSource = z.object({
  fileName: z.string().trim().min(1, '请选择文件').max(260),
  base64,
  /** A sheet chosen by the clerk; by default the sheet whose header looks most like a register. */
  sheet: z.string().max(100).optional(),
  /** The header row (Excel row number) chosen by the clerk; by default found automatically. */
  headerRow: z.number().int().min(1).max(1000).optional(),
  /** Corrections of the column mapping: Excel column number (A = "1") → field, or 'ignore'. */
  mapping: z
    .record(z.string().regex(/^\d{1,4}$/, '列号应为数字'), z.enum([...IMPORT_FIELD_NAMES, 'ignore']))
    .optional(),
  /** Village names of the file that are not the township's names → village code (12 digits). */
  villageMap: z.record(z.string().max(100), z.string().regex(/^\d{12}$/, '村（社区）代码应为 12 位数字')).optional(),
  /** For persons already registered: fields whose non-empty value the file replaces (default: fill empty only). */
  overwriteFields: z.array(z.enum(OVERWRITABLE_FIELDS)).optional(),
});
export type ImportSource = z.input<typeof importSource>;

export const IMPORT_OUTCOMES = ['new', 'update', 'unchanged', 'refused'] as const;
export type ImportOutcome = (typeof IMPORT_OUTCOMES)[number];
export const IMPORT_OUTCOME_LABELS: Record<ImportOutcome, string> = {
  new: '新增',
  update: '补充已有人员',
  unchanged: '已有人员，无需修改',
  refused: '拒绝导入',
};

/** `code` is short and stable (e.g. id.excel_number) for filters; `message` is what the clerk reads. */
export const importReason = z.object({ code: z.string(), message: z.string() });
export type ImportReason = z.infer<typeof importReason>;

export const importLine = z.object({
  /** The Excel row number (CSV: line number), as the clerk sees it at the left of the sheet. */
  row: z.number().int(),
  outcome: z.enum(IMPORT_OUTCOMES),
  name: z.string(),
  idNumberMasked: z.string(),
  /** Why the row is refused (empty unless refused). */
  reasons: z.array(importReason),
  warnings: z.array(importReason),
  /** For an update: the labels of the fields the import fills or overwrites. */
  fields: z.array(z.string()),
});
export type ImportLine = z.infer<typeof importLine>;

export const importReport = z.object({
  rows: z.number().int(),
  new: z.number().int(),
  update: z.number().int(),
  unchanged: z.number().int(),
  refused: z.number().int(),
  warnings: z.number().int(),
  /** Rows left out without complaint: blank, 合计, 注：, signature lines. */
  skipped: z.number().int(),
  lines: z.array(importLine),
});
export type ImportReport = z.infer<typeof importReport>;

export const importColumn = z.object({
  /** Excel column number (A = 1), the key of `mapping`. */
  index: z.number().int(),
  letter: z.string(),
  header: z.string(),
  field: z.enum(IMPORT_FIELD_NAMES).nullable(),
  /** Up to three values of the column as text, for the mapping screen. */
  samples: z.array(z.string()),
});
export type ImportColumn = z.infer<typeof importColumn>;

export const importAnalysis = z.object({
  fileKind: z.enum(['xlsx', 'csv']),
  sheet: z.string(),
  sheets: z.array(z.object({ name: z.string(), rows: z.number().int(), looksLikeRegister: z.boolean() })),
  headerRow: z.number().int(),
  columns: z.array(importColumn),
  /** Village names in the file that are neither the township's nor mapped: map them in `villageMap`. */
  unknownVillages: z.array(z.object({ name: z.string(), rows: z.number().int() })),
  /** The township's villages, for the village mapping drop-down. */
  villages: z.array(z.object({ code: z.string(), name: z.string() })),
  /** Advice about the whole file (e.g. no ID number column found), or null. */
  notice: z.string().nullable(),
  report: importReport,
});
export type ImportAnalysis = z.infer<typeof importAnalysis>;

export const IMPORT_MODES = ['all-or-nothing', 'good-rows-only'] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];

export const importChannels = {
  'imports:analyse': channel({
    title: '导入台账（试导入，不写入）',
    access: 'write',
    input: importSource,
    output: importAnalysis,
  }),
  'imports:commit': channel({
    title: '导入台账',
    access: 'write',
    input: importSource.extend({ mode: z.enum(IMPORT_MODES, { error: '请选择导入方式' }) }),
    output: z.object({
      /** false when all-or-nothing met a refused row: nothing was written. */
      committed: z.boolean(),
      imported: z.number().int(),
      updated: z.number().int(),
      unchanged: z.number().int(),
      refused: z.number().int(),
      report: importReport,
    }),
  }),
  'imports:report-xlsx': channel({
    title: '导出导入报告',
    access: 'write',
    input: z.object({ fileName: z.string().max(260), report: importReport }),
    output: z.object({ fileName: z.string(), base64: z.string() }),
  }),
  'imports:progress': channel({
    title: '导入进度',
    access: 'write',
    input: emptyInput,
    output: z.object({
      active: z.boolean(),
      phase: z.enum(['idle', 'read', 'check', 'write', 'done']),
      /** Data rows read so far (the bar's position); the total is not known until the file is read. */
      rows: z.number().int(),
    }),
  }),
} as const;
