import { z } from 'zod';
import { channel } from './define';

const quarter = z.object({
  year: z.number().int().min(2000).max(2100),
  quarter: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
});
const figure = z.object({ code: z.string(), name: z.string(), value: z.string() });
export type Figure = z.infer<typeof figure>;

export const statsChannels = {
  'stats:quarter': channel({
    title: '季度统计',
    access: 'read',
    input: quarter,
    output: z.object({
      period: z.object({ start: z.string(), end: z.string(), label: z.string() }),
      figures: z.array(figure),
      byVillage: z.array(
        z.object({ villageCode: z.string(), villageName: z.string(), values: z.record(z.string(), z.string()) }),
      ),
      paragraph: z.string(),
    }),
  }),
  'stats:trend': channel({
    title: '季度趋势',
    access: 'read',
    input: quarter.extend({ count: z.number().int().min(1).max(12).default(8) }),
    output: z.array(
      z.object({
        year: z.number().int(),
        quarter: z.number().int(),
        label: z.string(),
        values: z.record(z.string(), z.string()),
      }),
    ),
  }),
  'stats:xlsx': channel({
    title: '导出季度统计报告（Excel）',
    access: 'read',
    input: quarter,
    output: z.object({ fileName: z.string(), base64: z.string() }),
  }),
  'stats:records': channel({
    title: '统计数字对应的记录',
    access: 'read',
    input: quarter.extend({ code: z.string().regex(/^[IX]\d{2}$/), villageCode: z.string().max(12).optional() }),
    output: z.object({
      kind: z.enum(['person', 'household', 'assistance']),
      rows: z.array(z.object({ id: z.number().int(), name: z.string(), village: z.string(), detail: z.string() })),
    }),
  }),
} as const;
