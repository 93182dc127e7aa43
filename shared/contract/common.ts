import { z } from 'zod';

export const ROLES = ['head', 'clerk', 'readonly'] as const;
export type Role = (typeof ROLES)[number];
export const ROLE_LABELS: Record<Role, string> = { head: '负责人', clerk: '经办人', readonly: '只读' };

export const emptyInput = z.object({}).strict();
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD');

export const sessionUser = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  canViewFullId: z.boolean(),
});
export type SessionUser = z.infer<typeof sessionUser>;

export const villageSchema = z.object({
  code: z.string().trim(),
  name: z.string().trim().max(50, '村（社区）名称不能超过 50 个字'),
});
