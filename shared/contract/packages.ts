import { z } from 'zod';
import { channel } from './define';

const quarterInput = z.object({
  year: z.number().int().min(2000, '年份有误').max(2100, '年份有误'),
  quarter: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)], { error: '季度应为 1–4' }),
});

export const packageProblem = z.object({
  file: z.string(),
  line: z.number().int().nullable(),
  field: z.string().nullable(),
  message: z.string(),
  rule: z.string(),
  /** the record to open to fix it */
  link: z.object({ kind: z.enum(['person', 'household', 'assistance']), id: z.number().int() }).nullable(),
});
export type PackageProblem = z.infer<typeof packageProblem>;

const indicator = z.object({ code: z.string(), name: z.string(), value: z.string() });

export const packageEntry = z.object({
  id: z.number().int(),
  year: z.number().int(),
  quarter: z.number().int(),
  revision: z.number().int(),
  fileName: z.string(),
  sha256: z.string(),
  counts: z.record(z.string(), z.number().int()),
  status: z.enum(['made', 'accepted', 'returned']),
  operator: z.string(),
  madeAt: z.number(),
  madeByName: z.string().nullable(),
  decidedAt: z.number().nullable(),
  note: z.string().nullable(),
});
export type PackageEntry = z.infer<typeof packageEntry>;

export const packageChannels = {
  'packages:preflight': channel({
    title: '报送预检',
    access: 'read',
    input: quarterInput,
    output: z.object({
      problems: z.array(packageProblem),
      counts: z.record(z.string(), z.number().int()),
      indicators: z.array(indicator),
      revision: z.number().int(),
      fileName: z.string(),
      comparedWith: z.string().nullable(),
    }),
  }),
  'packages:export': channel({
    title: '生成季度报送包',
    access: 'write',
    input: quarterInput.extend({ operator: z.string().trim().max(50).optional() }),
    output: packageEntry.extend({ path: z.string(), base64: z.string() }),
  }),
  'packages:list': channel({
    title: '报送记录',
    access: 'read',
    input: z.object({}).strict(),
    output: z.array(packageEntry),
  }),
  'packages:mark': channel({
    title: '登记县局审核结果',
    access: 'write',
    input: z.object({
      id: z.number().int().positive(),
      status: z.enum(['accepted', 'returned']),
      note: z.string().trim().max(500).optional(),
    }),
    output: packageEntry,
  }),
} as const;
