// How a user row reads in 用户管理.
import type { UserRowView } from '@shared/contract';
import { chinaTimestamp } from '@shared/domain/dates';
import { dateTimeText } from '../recovery/backupFormat';

/**
 * 在用 / 停用 / 锁定至 14:35. The lock is compared with this PC's clock, which is the server's clock in the desktop
 * app; a lock that has run out is not shown even though the row still carries its time until the next log-in.
 */
export function userStatusText(user: UserRowView, now: number): string {
  if (!user.active) return '停用';
  if (user.lockedUntil !== null && user.lockedUntil > now) {
    return `锁定至 ${chinaTimestamp(user.lockedUntil).slice(11, 16)}`;
  }
  return '在用';
}

export function isLocked(user: UserRowView, now: number): boolean {
  return user.active && user.lockedUntil !== null && user.lockedUntil > now;
}

export function fullIdText(user: UserRowView): string {
  if (user.role === 'head') return '是（负责人）';
  return user.canViewFullId ? '是' : '否';
}

export function lastLoginText(user: UserRowView): string {
  return user.lastLoginAt === null ? '从未登录' : dateTimeText(user.lastLoginAt);
}
