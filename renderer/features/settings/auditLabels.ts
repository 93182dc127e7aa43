// Words for what the audit log stores as codes: areas to filter by, target types, setting names and detail fields.
// Action names themselves come from the contract (AUDIT_ACTION_LABELS, row.actionLabel).
import { AUDIT_ACTION_LABELS, BACKUP_KIND_LABELS, ROLE_LABELS, type Role } from '@shared/contract';
import { DIFFICULTY } from '@shared/codes/index';
import { dateTimeText } from '../recovery/backupFormat';

/** An area is an action prefix ending in a dot: the server filters `persons.` as "every persons.* action". */
export const AUDIT_AREAS: readonly { code: string; name: string }[] = [
  { code: 'auth.', name: '登录与退出' },
  { code: 'users.', name: '用户管理' },
  { code: 'settings.', name: '设置' },
  { code: 'persons.', name: '人员登记' },
  { code: 'households.', name: '零就业家庭' },
  { code: 'assistance.', name: '就业援助' },
  { code: 'import.', name: '导入' },
  { code: 'ledgers.', name: '台账打印' },
  { code: 'packages.', name: '季度报送' },
  { code: 'backups.', name: '备份与恢复' },
  { code: 'recovery.', name: '数据库损坏后恢复' },
  { code: 'setup.', name: '首次设置' },
];

export const AUDIT_ACTIONS = Object.entries(AUDIT_ACTION_LABELS).map(([code, name]) => ({ code, name }));

export const TARGET_LABELS: Record<string, string> = {
  person: '人员',
  household: '零就业家庭',
  assistance: '援助记录',
  'assistance-batch': '批量援助',
  user: '用户',
  setting: '设置',
  backup: '备份',
  package: '报送数据包',
  import: '导入',
  township: '乡镇',
};

export const TARGET_OPTIONS = Object.entries(TARGET_LABELS).map(([code, name]) => ({ code, name }));

const SETTING_LABELS: Record<string, string> = {
  idleMinutes: '自动退出时间',
  followUpDays: '跟踪期限',
  difficulty: '就业困难人员类别与认定标准',
  ageRules: '劳动年龄与法定退休年龄',
  clearanceRule: '动态清零时限',
  quotas: '服务指标',
  backupFolder: '第二备份文件夹',
  calendarYears: '法定节假日',
};

/** "设置：自动退出时间", "用户 3", "人员 120". */
export function targetText(target: string | null, targetId: string | null): string {
  if (!target) return targetId ?? '';
  if (target === 'setting' && targetId) return `设置：${SETTING_LABELS[targetId] ?? targetId}`;
  const label = TARGET_LABELS[target] ?? target;
  return targetId ? `${label} ${targetId}` : label;
}

const FIELD_LABELS: Record<string, string> = {
  username: '登录名',
  displayName: '姓名',
  role: '角色',
  active: '在用',
  canViewFullId: '可看完整身份证号',
  unlocked: '解锁',
  failed: '连续输错次数',
  file: '文件',
  files: '文件',
  kind: '类型',
  problems: '问题',
  problem: '问题',
  removed: '轮换删除的旧备份',
  keptAs: '恢复前数据另存为',
  damagedKeptAs: '损坏文件另存为',
  auditKey: '审计密钥',
  township: '乡镇',
  townshipName: '乡镇名称',
  countyCode: '县代码',
  villages: '村（社区）数',
  persons: '人数',
  backupAt: '备份时间',
  created: '新增条数',
  type: '类型',
  date: '日期',
  title: '标题',
  pages: '页数',
  output: '输出方式',
  fileName: '文件名',
  counts: '数量',
  // the county rules (settings) as they are stored
  days: '天数',
  enabled: '认定的类别',
  olderAge: '大龄年龄',
  longUnemployedMonths: '长期失业月数',
  workingAgeFrom: '劳动年龄起点',
  retirementAge: '退休年龄',
  female: '女',
  male: '男',
  perPerson: '每人每年',
  perHousehold: '每户',
  referrals: '职业介绍',
  guidance: '职业指导',
  training: '培训',
  offers: '岗位信息',
};

/** Stored codes that have words: backup kinds, the kinds of 动态清零 time limit. */
const VALUE_LABELS: Record<string, string> = {
  ...BACKUP_KIND_LABELS,
  'calendar-days': '认定后若干日内',
  'working-days': '认定后若干个工作日内',
  'quarter-end': '认定当季度末前',
};

export function fieldLabel(key: string): string {
  return FIELD_LABELS[key] ?? key;
}

export function valueText(key: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '（空）';
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (key === 'backupAt' && typeof value === 'number') return dateTimeText(value);
  if (key === 'role' && typeof value === 'string' && value in ROLE_LABELS) return ROLE_LABELS[value as Role];
  if (key === 'kind' && typeof value === 'string') return VALUE_LABELS[value] ?? value;
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (key === 'enabled' && Array.isArray(value)) {
    // the 就业困难人员 categories as the clerk knows them, not as codes
    return value.map((code) => DIFFICULTY.find((entry) => entry.code === code)?.name ?? String(code)).join('、');
  }
  if (Array.isArray(value) && value.every((item) => typeof item !== 'object')) {
    return value.length === 0 ? '（无）' : value.map(String).join('、');
  }
  // a small nested object (女 40，男 50): one level in words, anything deeper as stored
  if (typeof value === 'object' && !Array.isArray(value)) {
    return Object.entries(value as Record<string, unknown>)
      .map(
        ([inner, item]) =>
          `${fieldLabel(inner)} ${typeof item === 'object' && item !== null ? JSON.stringify(item) : valueText(inner, item)}`,
      )
      .join('，');
  }
  return JSON.stringify(value);
}
