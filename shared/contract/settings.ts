import { z } from 'zod';
import { channel } from './define';
import { emptyInput } from './common';
import { difficultySettingsSchema } from '../domain/difficulty';
import { ageRulesSchema } from '../domain/working-age';
import { clearanceRuleSchema } from '../domain/working-days';
import { quotaSettingsSchema } from './assistance';

/**
 * The second backup folder (another disk or a USB stick), or null. Only the shape is checked here; core checks that
 * the folder exists and can be written, because only core can look at the disk.
 */
export const backupFolderSetting = z
  .string({ error: '备份位置应为文件夹路径' })
  .trim()
  .min(1, '请选择第二备份位置')
  .max(260, '文件夹路径过长（Windows 限 260 个字符）')
  .nullable();

/** Every setting the 设置 screen shows, as one object (the official calendar has its own screen). */
export const settingsValues = z.object({
  idleMinutes: z
    .number({ error: '自动退出时间应为分钟数' })
    .int('自动退出时间应为整数分钟')
    .min(0, '自动退出时间不能为负数（0 表示不自动退出）')
    .max(480, '自动退出时间不能超过 480 分钟'),
  followUpDays: z
    .number({ error: '回访间隔应为天数' })
    .int('回访间隔应为整数天')
    .min(1, '回访间隔至少 1 天')
    .max(365, '回访间隔不能超过 365 天'),
  difficulty: difficultySettingsSchema,
  ageRules: ageRulesSchema,
  /** the 动态清零 deadline of a recognised zero-employment household */
  clearanceRule: clearanceRuleSchema,
  /** service quotas ("311") */
  quotas: quotaSettingsSchema,
  backupFolder: backupFolderSetting,
});
export type SettingsValues = z.infer<typeof settingsValues>;

export const settingsChannels = {
  'settings:get': channel({ title: '查看设置', access: 'read', input: emptyInput, output: settingsValues }),
  'settings:update': channel({
    title: '修改设置',
    access: 'head',
    input: settingsValues
      .partial()
      .strict()
      .refine((value) => Object.keys(value).length > 0, { message: '没有要保存的设置' }),
    output: settingsValues,
  }),
} as const;
