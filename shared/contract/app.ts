import { z } from 'zod';
import { channel } from './define';
import { emptyInput, sessionUser, villageSchema } from './common';
import { countyCodeProblem, townshipCodeProblem, villageListProblems } from '../domain/region-codes';
import { passwordProblem } from '../domain/password-policy';

const townshipSchema = z.object({ countyCode: z.string(), code: z.string(), name: z.string() });

const setupInput = z
  .object({
    countyCode: z.string().trim(),
    townshipCode: z.string().trim(),
    townshipName: z.string().trim().min(1, '请填写乡镇（街道）名称').max(50, '名称不能超过 50 个字'),
    villages: z.array(villageSchema).min(1, '请至少录入一个村（社区）').max(500, '村（社区）不能超过 500 个'),
    head: z.object({
      username: z
        .string()
        .trim()
        .regex(/^[A-Za-z0-9_.-]{2,32}$/, '登录名为 2–32 位字母、数字、下划线、点或连字符'),
      displayName: z.string().trim().min(1, '请填写负责人姓名').max(50, '姓名不能超过 50 个字'),
      password: z.string(),
    }),
  })
  .superRefine((value, ctx) => {
    const county = countyCodeProblem(value.countyCode);
    if (county) ctx.addIssue({ code: 'custom', path: ['countyCode'], message: county });
    const township = townshipCodeProblem(value.townshipCode, value.countyCode);
    if (township) ctx.addIssue({ code: 'custom', path: ['townshipCode'], message: township });
    for (const problem of villageListProblems(value.villages, value.townshipCode)) {
      ctx.addIssue({ code: 'custom', path: ['villages', problem.index, problem.field], message: problem.message });
    }
    const password = passwordProblem(value.head.password);
    if (password) ctx.addIssue({ code: 'custom', path: ['head', 'password'], message: password });
  });
export type SetupInput = z.input<typeof setupInput>;

export const appChannels = {
  'app:info': channel({
    title: '程序信息',
    access: 'public',
    input: emptyInput,
    output: z.object({
      productName: z.string(),
      version: z.string(),
      schemaVersion: z.number().int(),
      setupDone: z.boolean(),
      township: townshipSchema.nullable(),
      user: sessionUser.nullable(),
    }),
  }),
  'setup:complete': channel({
    title: '首次设置',
    access: 'public',
    input: setupInput,
    output: z.object({ township: townshipSchema, villages: z.number().int(), user: sessionUser }),
  }),
  'villages:list': channel({
    title: '村（社区）列表',
    access: 'read',
    input: emptyInput,
    output: z.array(z.object({ code: z.string(), name: z.string(), active: z.boolean() })),
  }),
  'auth:login': channel({
    title: '登录',
    access: 'public',
    input: z.object({ username: z.string().trim().min(1, '请输入登录名'), password: z.string().min(1, '请输入密码') }),
    output: sessionUser,
  }),
  'auth:logout': channel({ title: '退出登录', access: 'public', input: emptyInput, output: z.object({}) }),
} as const;
