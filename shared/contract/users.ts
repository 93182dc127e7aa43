import { z } from 'zod';
import { channel } from './define';
import { ROLES, emptyInput } from './common';
import { passwordProblem } from '../domain/password-policy';

const userId = z.number({ error: '请选择用户' }).int('用户编号无效').positive('用户编号无效');
const username = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_.-]{2,32}$/, '登录名为 2–32 位字母、数字、下划线、点或连字符');
const displayName = z.string().trim().min(1, '请填写姓名').max(50, '姓名不能超过 50 个字');
const role = z.enum(ROLES, { error: '请选择角色（负责人、经办人或只读）' });

/** A new password: the same policy as the setup wizard (8+ characters of at least 3 kinds). */
const newPassword = z
  .string({ error: '请输入新密码' })
  .max(200, '密码不能超过 128 位')
  .superRefine((value, ctx) => {
    const problem = passwordProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

/** A row of the users screen. The password hash never leaves core. */
export const userRow = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  active: z.boolean(),
  /** The stored grant; a head sees full ID numbers whatever it says. */
  canViewFullId: z.boolean(),
  lockedUntil: z.number().nullable(),
  failedAttempts: z.number().int(),
  passwordChangedAt: z.number(),
  /** From the audit log: the last successful log-in. */
  lastLoginAt: z.number().nullable(),
  createdAt: z.number(),
  updatedAt: z.number(),
});
export type UserRowView = z.infer<typeof userRow>;

const userUpdate = z
  .object({
    id: userId,
    displayName: displayName.optional(),
    role: role.optional(),
    active: z.boolean({ error: '启用状态应为是或否' }).optional(),
    canViewFullId: z.boolean({ error: '查看完整身份证号的授权应为是或否' }).optional(),
    /** Lifts a 15-minute lock before it runs out (the head has checked who is at the keyboard). */
    unlock: z.boolean({ error: '解锁应为是或否' }).optional(),
  })
  .refine((value) => Object.keys(value).some((key) => key !== 'id'), { message: '没有要修改的内容' });

export const userChannels = {
  'users:list': channel({ title: '用户列表', access: 'head', input: emptyInput, output: z.array(userRow) }),
  'users:create': channel({
    title: '新增用户',
    access: 'head',
    input: z.object({
      username,
      displayName,
      role,
      canViewFullId: z.boolean({ error: '查看完整身份证号的授权应为是或否' }).default(false),
      password: newPassword,
    }),
    output: userRow,
  }),
  'users:update': channel({ title: '修改用户', access: 'head', input: userUpdate, output: userRow }),
  'users:reset-password': channel({
    title: '重置用户密码',
    access: 'head',
    input: z.object({ id: userId, password: newPassword }),
    output: userRow,
  }),
  'auth:change-password': channel({
    title: '修改本人密码',
    access: 'read',
    input: z
      .object({
        oldPassword: z.string({ error: '请输入原密码' }).min(1, '请输入原密码').max(200, '原密码不正确'),
        newPassword,
      })
      .refine((value) => value.oldPassword !== value.newPassword, {
        path: ['newPassword'],
        message: '新密码不能与原密码相同',
      }),
    output: z.object({ passwordChangedAt: z.number() }),
  }),
} as const;
