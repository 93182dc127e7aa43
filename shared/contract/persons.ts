import { z } from 'zod';
import {
  CANCEL_REASON,
  DIFFICULTY,
  DISABILITY_PLACEMENT,
  EDUCATION,
  EMPLOYMENT_TYPE,
  ETHNICITY,
  HUKOU_TYPE,
  PERSON_STATUS,
  codesOf,
} from '../codes/index';
import { channel } from './define';
import { isoDate } from './common';

const optionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `${label}不能超过 ${max} 个字`)
    .transform((value) => (value === '' ? null : value))
    .nullable()
    .optional();
const optionalCode = <T extends [string, ...string[]]>(codes: T, label: string) =>
  z
    .union([z.enum(codes, { error: `请选择有效的${label}` }), z.literal('').transform(() => null)])
    .nullable()
    .optional();
const optionalDate = isoDate
  .or(z.literal('').transform(() => null))
  .nullable()
  .optional();
const idRef = z.number().int().positive();
const version = z.number().int().positive();

/** The fields of 人员登记 a clerk types. Sex and birth date are never typed: they come from the ID number. */
export const personFields = z.object({
  idNumber: z.string().trim().min(1, '请输入身份证号码').max(40, '身份证号码过长'),
  name: z
    .string()
    .trim()
    .min(1, '请填写姓名')
    .max(50, '姓名不能超过 50 个字')
    .regex(/^[\u3400-\u9fff\uf900-\ufaff·A-Za-z\s]+$/u, '姓名只能包含汉字、间隔号“·”或字母'),
  ethnicity: optionalCode(codesOf(ETHNICITY), '民族'),
  education: optionalCode(codesOf(EDUCATION), '文化程度'),
  hukouType: optionalCode(codesOf(HUKOU_TYPE), '户口性质'),
  villageCode: z
    .string()
    .trim()
    .transform((value) => (value === '' ? null : value))
    .nullable()
    .optional(),
  address: optionalText(200, '现居住地址'),
  phone: optionalText(30, '联系电话'),
  registeredOn: isoDate,
  unemploymentReason: optionalText(200, '失业原因'),
  jobWish: optionalText(200, '求职意向'),
  trainingWish: optionalText(200, '培训意向'),
  skills: optionalText(200, '技能特长'),
  employmentCardNo: optionalText(40, '就业创业证号'),
  lowIncome: z.boolean().optional(),
  landLost: z.boolean().optional(),
  povertyMonitored: z.boolean().optional(),
  releasedOrRehab: z.boolean().optional(),
  disabilityCert: optionalText(20, '残疾人证号'),
  placementWish: optionalCode(codesOf(DISABILITY_PLACEMENT), '就业意向'),
  lastContactOn: optionalDate,
  notes: optionalText(500, '备注'),
});
export type PersonFieldsInput = z.input<typeof personFields>;
export type PersonFields = z.output<typeof personFields>;

export const REGISTERS = ['all', 'unemployed', 'difficulty', 'disabled'] as const;
export type Register = (typeof REGISTERS)[number];
export const REGISTER_LABELS: Record<Register, string> = {
  all: '全部人员',
  unemployed: '失业登记',
  difficulty: '就业困难人员',
  disabled: '残疾人求职',
};

/** A row of a register view. `idNumber` is masked unless the caller may see full numbers. */
export const personRow = z.object({
  id: z.number().int(),
  idNumber: z.string(),
  name: z.string(),
  sex: z.string(),
  birthDate: z.string(),
  age: z.number().int().nullable(),
  villageCode: z.string().nullable(),
  villageName: z.string().nullable(),
  phone: z.string().nullable(),
  status: z.string(),
  registeredOn: z.string().nullable(),
  employedOn: z.string().nullable(),
  cancelledOn: z.string().nullable(),
  difficulty: z.string().nullable(),
  difficultyOn: z.string().nullable(),
  disabilityCert: z.string().nullable(),
  disabilityCategory: z.string().nullable(),
  disabilityGrade: z.string().nullable(),
  lastContactOn: z.string().nullable(),
  followUpDue: z.boolean(),
  version: z.number().int(),
});
export type PersonRow = z.infer<typeof personRow>;

export const personDetail = personRow.extend({
  idMasked: z.boolean(),
  ethnicity: z.string().nullable(),
  education: z.string().nullable(),
  hukouType: z.string().nullable(),
  address: z.string().nullable(),
  unemploymentReason: z.string().nullable(),
  jobWish: z.string().nullable(),
  trainingWish: z.string().nullable(),
  skills: z.string().nullable(),
  employmentCardNo: z.string().nullable(),
  employmentType: z.string().nullable(),
  employer: z.string().nullable(),
  cancelReason: z.string().nullable(),
  cancelNote: z.string().nullable(),
  difficultyExitOn: z.string().nullable(),
  difficultyExitReason: z.string().nullable(),
  lowIncome: z.boolean(),
  landLost: z.boolean(),
  povertyMonitored: z.boolean(),
  releasedOrRehab: z.boolean(),
  placementWish: z.string().nullable(),
  notes: z.string().nullable(),
  createdAt: z.number(),
  updatedAt: z.number(),
  updatedByName: z.string().nullable(),
});
export type PersonDetail = z.infer<typeof personDetail>;

const sortFields = ['name', 'idNumber', 'villageName', 'status', 'registeredOn', 'age', 'lastContactOn', 'id'] as const;

export const personListInput = z.object({
  register: z.enum(REGISTERS).default('all'),
  search: z.string().trim().max(50, '搜索内容过长').optional(),
  villageCode: z.string().max(12).optional(),
  status: z.enum(codesOf(PERSON_STATUS)).optional(),
  followUpDue: z.boolean().optional(),
  sort: z.object({ field: z.enum(sortFields), dir: z.enum(['asc', 'desc']) }).optional(),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(1000).default(100),
});
export type PersonListInput = z.input<typeof personListInput>;

const changeEntry = z.object({
  at: z.number(),
  userName: z.string(),
  source: z.string(),
  op: z.enum(['create', 'update', 'delete']),
  changes: z.array(z.object({ field: z.string(), label: z.string(), before: z.string(), after: z.string() })),
});
export type ChangeEntry = z.infer<typeof changeEntry>;

const difficultySuggestion = z.object({ code: z.enum(codesOf(DIFFICULTY)), reason: z.string() });

export const personChannels = {
  'persons:lookup': channel({
    title: '按身份证号查找人员',
    access: 'read',
    input: z.object({ idNumber: z.string().max(40) }),
    output: z.object({
      idNumber: z.string(),
      sex: z.string(),
      birthDate: z.string(),
      age: z.number().int().nullable(),
      note: z.string().nullable(),
      existing: z.object({ id: z.number().int(), name: z.string() }).nullable(),
    }),
  }),
  'persons:create': channel({
    title: '人员登记',
    access: 'write',
    input: personFields,
    output: z.object({ id: z.number().int(), version, note: z.string().nullable() }),
  }),
  'persons:update': channel({
    title: '修改人员信息',
    access: 'write',
    input: personFields.omit({ idNumber: true }).extend({
      id: idRef,
      version,
      /** 更正: the edit fixes an error, so past quarters' reports show the corrected values too */
      correction: z.boolean().optional(),
    }),
    output: z.object({ id: z.number().int(), version }),
  }),
  'persons:get': channel({
    title: '查看人员',
    access: 'read',
    input: z.object({ id: idRef, fullId: z.boolean().optional() }),
    output: personDetail,
  }),
  'persons:list': channel({
    title: '人员名册',
    access: 'read',
    input: personListInput,
    output: z.object({ rows: z.array(personRow), total: z.number().int() }),
  }),
  'persons:employ': channel({
    title: '登记就业',
    access: 'write',
    input: z.object({
      id: idRef,
      version,
      employedOn: isoDate,
      employmentType: z.enum(codesOf(EMPLOYMENT_TYPE), { error: '请选择就业形式' }),
      employer: optionalText(100, '就业单位'),
    }),
    output: z.object({ id: z.number().int(), version }),
  }),
  'persons:cancel': channel({
    title: '注销登记',
    access: 'write',
    input: z.object({
      id: idRef,
      version,
      cancelledOn: isoDate,
      cancelReason: z.enum(codesOf(CANCEL_REASON), { error: '请选择注销原因' }),
      note: optionalText(200, '说明'),
    }),
    output: z.object({ id: z.number().int(), version }),
  }),
  'persons:reregister': channel({
    title: '重新登记失业',
    access: 'write',
    input: z.object({ id: idRef, version, registeredOn: isoDate, unemploymentReason: optionalText(200, '失业原因') }),
    output: z.object({ id: z.number().int(), version }),
  }),
  'persons:suggest-difficulty': channel({
    title: '就业困难类别建议',
    access: 'read',
    input: z.object({ id: idRef, atDate: isoDate }),
    output: z.array(difficultySuggestion),
  }),
  'persons:recognise-difficulty': channel({
    title: '认定就业困难人员',
    access: 'write',
    input: z.object({
      id: idRef,
      version,
      codes: z.array(z.enum(codesOf(DIFFICULTY))).min(1, '请至少选择一个类别'),
      recognisedOn: isoDate,
    }),
    output: z.object({ id: z.number().int(), version }),
  }),
  'persons:end-difficulty': channel({
    title: '就业困难人员退出',
    access: 'write',
    input: z.object({
      id: idRef,
      version,
      exitOn: isoDate,
      reason: z.string().trim().min(1, '请填写退出原因').max(200),
    }),
    output: z.object({ id: z.number().int(), version }),
  }),
  'persons:delete': channel({
    title: '删除人员（录入错误或重复）',
    access: 'write',
    input: z.object({
      id: idRef,
      version,
      reason: z.enum(['error', 'duplicate']),
      mergedIntoId: idRef.optional(),
    }),
    output: z.object({ id: z.number().int() }),
  }),
  'persons:history': channel({
    title: '变更记录',
    access: 'read',
    input: z.object({ id: idRef }),
    output: z.array(changeEntry),
  }),
} as const;
