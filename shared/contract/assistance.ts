import { z } from 'zod';
import { ASSISTANCE_RESULT, ASSISTANCE_TYPE, EMPLOYMENT_TYPE, codesOf } from '../codes/index';
import { channel } from './define';
import { isoDate } from './common';

const idRef = z.number().int().positive();
const version = z.number().int().positive();

/** Money as the clerk types it: yuan with at most two decimals ("1200", "1200.5", "1,200.50"). */
export const yuan = z
  .union([z.string(), z.number()])
  .transform((value) => String(value).replace(/[,，\s]/g, ''))
  .refine((value) => value === '' || /^\d{1,8}(\.\d{1,2})?$/.test(value), '金额应为不小于 0 的数字，最多两位小数')
  .transform((value) => (value === '' ? null : value));

export const assistanceFields = z.object({
  type: z.enum(codesOf(ASSISTANCE_TYPE), { error: '请选择援助类型' }),
  date: isoDate,
  content: z.string().trim().min(1, '请填写援助内容').max(500, '援助内容不能超过 500 个字'),
  employer: z.string().trim().max(100, '单位名称不能超过 100 个字').optional(),
  position: z.string().trim().max(100, '岗位不能超过 100 个字').optional(),
  amount: yuan.optional(),
  result: z.enum(codesOf(ASSISTANCE_RESULT), { error: '请选择援助结果' }),
  notes: z.string().trim().max(500).optional(),
});
export type AssistanceFieldsInput = z.input<typeof assistanceFields>;

const target = z.object({ personId: idRef.optional(), householdId: idRef.optional() });

export const assistanceRow = z.object({
  id: z.number().int(),
  personId: z.number().int().nullable(),
  householdId: z.number().int().nullable(),
  targetName: z.string(),
  villageName: z.string().nullable(),
  type: z.string(),
  date: z.string(),
  content: z.string(),
  employer: z.string().nullable(),
  position: z.string().nullable(),
  /** yuan, two decimals, or null */
  amount: z.string().nullable(),
  result: z.string(),
  staffName: z.string(),
  batchId: z.string().nullable(),
  version,
});
export type AssistanceRow = z.infer<typeof assistanceRow>;

const employmentOffer = z.object({
  personId: z.number().int(),
  version,
  name: z.string(),
  employedOn: z.string(),
  employer: z.string().nullable(),
  employmentType: z.enum(codesOf(EMPLOYMENT_TYPE)),
});
export type EmploymentOffer = z.infer<typeof employmentOffer>;

export const quotaSettingsSchema = z.object({
  perPerson: z.object({
    referrals: z.number().int().min(0),
    guidance: z.number().int().min(0),
    training: z.number().int().min(0),
  }),
  perHousehold: z.object({ offers: z.number().int().min(0) }),
});
export type QuotaSettings = z.infer<typeof quotaSettingsSchema>;

export const assistanceChannels = {
  'assistance:create': channel({
    title: '登记援助',
    access: 'write',
    input: assistanceFields.extend(target.shape),
    output: z.object({ id: z.number().int(), version, employmentOffer: employmentOffer.nullable() }),
  }),
  'assistance:batch': channel({
    title: '批量登记援助',
    access: 'write',
    input: assistanceFields.extend({
      personIds: z.array(idRef).max(2000, '一次最多 2000 人').default([]),
      householdIds: z.array(idRef).max(500).default([]),
    }),
    output: z.object({ batchId: z.string(), created: z.number().int() }),
  }),
  'assistance:update': channel({
    title: '修改援助记录',
    access: 'write',
    input: assistanceFields.extend({ id: idRef, version }),
    output: z.object({ id: z.number().int(), version }),
  }),
  'assistance:delete': channel({
    title: '删除援助记录',
    access: 'write',
    input: z.object({ id: idRef, version }),
    output: z.object({ id: z.number().int() }),
  }),
  'assistance:list': channel({
    title: '援助记录',
    access: 'read',
    input: z.object({
      personId: idRef.optional(),
      householdId: idRef.optional(),
      villageCode: z.string().max(12).optional(),
      type: z.enum(codesOf(ASSISTANCE_TYPE)).optional(),
      from: isoDate.optional(),
      to: isoDate.optional(),
      batchId: z.string().max(64).optional(),
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(5000).default(200),
    }),
    output: z.object({ rows: z.array(assistanceRow), total: z.number().int(), totalAmount: z.string() }),
  }),
  'assistance:quotas': channel({
    title: '服务指标完成情况',
    access: 'read',
    input: z.object({ year: z.number().int().min(2000).max(2100), villageCode: z.string().max(12).optional() }),
    output: z.object({
      quota: quotaSettingsSchema,
      persons: z.array(
        z.object({
          personId: z.number().int(),
          name: z.string(),
          villageName: z.string().nullable(),
          referrals: z.number().int(),
          guidance: z.number().int(),
          training: z.number().int(),
          missing: z.string(),
        }),
      ),
      households: z.array(
        z.object({
          householdId: z.number().int(),
          headName: z.string(),
          villageName: z.string().nullable(),
          offers: z.number().int(),
          missing: z.string(),
        }),
      ),
    }),
  }),
} as const;
