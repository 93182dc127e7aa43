import { z } from 'zod';
import { channel } from './define';
import { emptyInput, isoDate } from './common';

/** What the audit viewer shows for each action; an unknown action falls back to its area, then to itself. */
export const AUDIT_ACTION_LABELS: Record<string, string> = {
  'setup.complete': '首次设置',
  'auth.login': '登录',
  'auth.login-failed': '登录失败',
  'auth.locked': '密码错误次数过多，账号锁定',
  'auth.logout': '退出登录',
  'auth.change-password': '修改本人密码',
  'users.create': '新增用户',
  'users.update': '修改用户',
  'users.reset-password': '重置用户密码',
  'settings.update': '修改设置',
  'persons.create': '人员登记',
  'persons.update': '修改人员信息',
  'persons.employ': '登记就业',
  'persons.cancel': '注销登记',
  'persons.reregister': '重新登记失业',
  'persons.recognise-difficulty': '认定就业困难人员',
  'persons.end-difficulty': '就业困难人员退出',
  'persons.delete': '删除人员',
  'persons.view-full-id': '查看完整身份证号',
  'households.create': '零就业家庭申请',
  'households.add-member': '添加家庭成员',
  'households.update-member': '修改家庭成员',
  'households.remove-member': '移除家庭成员',
  'households.publicise': '零就业家庭公示',
  'households.recognise': '认定零就业家庭',
  'households.start-assistance': '零就业家庭开始援助',
  'households.clear': '零就业家庭清零',
  'households.revoke': '撤销零就业家庭',
  'assistance.create': '登记援助',
  'assistance.batch': '批量登记援助',
  'assistance.update': '修改援助记录',
  'assistance.delete': '删除援助记录',
  'import.persons': '导入人员台账',
  'packages.export': '生成季度报送包',
  'packages.accepted': '报送包县局已接收',
  'packages.returned': '报送包被县局退回',
  'ledgers.print': '打印台账',
  'demo.generate': '生成演示数据',
  'cli.persons-list': '命令行导出人员名单',
  'backups.create': '备份',
  'backups.restore-started': '开始从备份恢复',
  'backups.restore': '从备份恢复',
  'recovery.restore': '数据库损坏后从备份恢复',
};

const AREA_LABELS: Record<string, string> = {
  auth: '登录',
  users: '用户管理',
  settings: '设置',
  persons: '人员',
  households: '零就业家庭',
  assistance: '就业援助',
  import: '导入',
  export: '导出',
  print: '打印',
  ledgers: '打印',
  package: '季度报送',
  packages: '季度报送',
  demo: '演示数据',
  cli: '命令行',
  backups: '备份',
  recovery: '恢复',
};

export function auditActionLabel(action: string): string {
  const exact = AUDIT_ACTION_LABELS[action];
  if (exact) return exact;
  const area = AREA_LABELS[action.split('.')[0] ?? ''];
  return area ? `${area}（${action}）` : action;
}

export const auditRow = z.object({
  id: z.number().int(),
  at: z.number(),
  userId: z.number().int().nullable(),
  userName: z.string(),
  action: z.string(),
  actionLabel: z.string(),
  target: z.string().nullable(),
  targetId: z.string().nullable(),
  /** Before/after and other particulars, as the service recorded them (JSON). */
  detail: z.unknown(),
});
export type AuditRow = z.infer<typeof auditRow>;

const shortText = (label: string) => z.string().trim().max(60, `${label}过长`).optional();

export const auditListInput = z
  .object({
    /** China calendar days, both included. */
    from: isoDate.optional(),
    to: isoDate.optional(),
    userId: z.number().int('用户编号无效').positive('用户编号无效').optional(),
    /** An exact action (`persons.update`) or an area ending in a dot (`persons.`). */
    action: shortText('操作类型'),
    target: shortText('对象类型'),
    targetId: shortText('对象编号'),
    offset: z.number().int().min(0, '起始位置不能为负数').max(10_000_000).default(0),
    limit: z.number().int().min(1, '每页至少 1 条').max(500, '每页最多 500 条').default(100),
  })
  .refine((value) => !value.from || !value.to || value.from <= value.to, {
    path: ['to'],
    message: '结束日期不能早于开始日期',
  });
export type AuditListInput = z.input<typeof auditListInput>;

export const AUDIT_PROBLEMS = ['changed', 'removed', 'bad-link', 'tail-removed'] as const;
export type AuditProblemKind = (typeof AUDIT_PROBLEMS)[number];

export const auditVerifyResult = z.object({
  intact: z.boolean(),
  rows: z.number().int(),
  firstBrokenId: z.number().int().nullable(),
  /** The first breaks in id order (at most 20), each with what is wrong in words. */
  problems: z.array(z.object({ id: z.number().int(), kind: z.enum(AUDIT_PROBLEMS), message: z.string() })),
  brokenRows: z.number().int(),
  message: z.string(),
});
export type AuditVerifyResult = z.infer<typeof auditVerifyResult>;

export const auditChannels = {
  'audit:list': channel({
    title: '审计日志',
    access: 'head',
    input: auditListInput,
    output: z.object({ rows: z.array(auditRow), total: z.number().int() }),
  }),
  'audit:verify': channel({ title: '校验审计日志', access: 'head', input: emptyInput, output: auditVerifyResult }),
} as const;
