import { and, asc, eq, ne, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { AppError, type Channels, type UserRowView } from '@shared/contract';
import { users } from '../db/schema';
import type { Actor, Store, UserRow } from '../context';
import { appendAudit } from './audit';
import { hashPassword, verifyPassword } from './passwords';

type UserCreate = z.output<Channels['users:create']['input']>;
type UserUpdate = z.output<Channels['users:update']['input']>;

// Write transactions here are IMMEDIATE: they read (the user, the last audit hash) before writing, and a deferred
// transaction would fail or, for the audit chain, fork when another process committed in between.

/** The fields the audit log keeps of a user: never the password hash. */
function auditView(row: UserRow) {
  return {
    username: row.username,
    displayName: row.displayName,
    role: row.role,
    active: row.active,
    canViewFullId: row.canViewFullId,
  };
}

function lastLogins(store: Store): Map<number, number> {
  const rows = store.sqlite
    .prepare(
      "SELECT user_id AS userId, max(at) AS at FROM audit_log WHERE action = 'auth.login' AND user_id IS NOT NULL GROUP BY user_id",
    )
    .all() as { userId: number; at: number }[];
  return new Map(rows.map((row) => [row.userId, row.at]));
}

function toView(row: UserRow, logins: Map<number, number>): UserRowView {
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    role: row.role,
    active: row.active,
    canViewFullId: row.canViewFullId,
    lockedUntil: row.lockedUntil,
    failedAttempts: row.failedAttempts,
    passwordChangedAt: row.passwordChangedAt,
    lastLoginAt: logins.get(row.id) ?? null,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export function listUsers(store: Store): UserRowView[] {
  const logins = lastLogins(store);
  return store.db
    .select()
    .from(users)
    .orderBy(asc(users.id))
    .all()
    .map((row) => toView(row, logins));
}

function findOrFail(store: Store, id: number): UserRow {
  const row = store.db.select().from(users).where(eq(users.id, id)).get();
  if (!row) throw new AppError('NOT_FOUND', '找不到该用户');
  return row;
}

export async function createUser(store: Store, actor: Actor, input: UserCreate): Promise<UserRowView> {
  const passwordHash = await hashPassword(input.password);
  const now = store.now();
  return store.sqlite
    .transaction(() => {
      // 'Admin' and 'admin' would be two accounts that clerks cannot tell apart
      const taken = store.db
        .select({ id: users.id })
        .from(users)
        .where(sql`lower(${users.username}) = lower(${input.username})`)
        .get();
      if (taken) throw new AppError('CONFLICT', `登录名 ${input.username} 已被使用`, { username: '该登录名已被使用' });
      const row = store.db
        .insert(users)
        .values({
          username: input.username,
          displayName: input.displayName,
          role: input.role,
          passwordHash,
          canViewFullId: input.canViewFullId,
          passwordChangedAt: now,
          createdAt: now,
          updatedAt: now,
        })
        .returning()
        .get();
      appendAudit(store, actor, {
        action: 'users.create',
        target: 'user',
        targetId: row.id,
        detail: { after: auditView(row) },
      });
      return toView(row, new Map());
    })
    .immediate();
}

/** Role, name, active and the full-ID grant. The last active head can be neither demoted nor deactivated. */
export function updateUser(store: Store, actor: Actor, input: UserUpdate): UserRowView {
  return store.sqlite
    .transaction(() => {
      const before = findOrFail(store, input.id);
      const next = {
        displayName: input.displayName ?? before.displayName,
        role: input.role ?? before.role,
        active: input.active ?? before.active,
        canViewFullId: input.canViewFullId ?? before.canViewFullId,
      };
      const leavesHeads = before.role === 'head' && before.active && (next.role !== 'head' || !next.active);
      if (leavesHeads) {
        const otherHeads = store.db
          .select({ id: users.id })
          .from(users)
          .where(and(eq(users.role, 'head'), eq(users.active, true), ne(users.id, before.id)))
          .all().length;
        if (otherHeads === 0) {
          throw new AppError('CONFLICT', '至少要保留一名在用的负责人：请先把另一位用户设为负责人，再修改此用户。', {
            [input.active === false ? 'active' : 'role']: '这是最后一名在用的负责人',
          });
        }
      }
      const unlock = input.unlock === true ? { failedAttempts: 0, lockedUntil: null } : {};
      const after = store.db
        .update(users)
        .set({ ...next, ...unlock, updatedAt: store.now() })
        .where(eq(users.id, before.id))
        .returning()
        .get();
      if (!after) throw new AppError('NOT_FOUND', '找不到该用户');
      appendAudit(store, actor, {
        action: 'users.update',
        target: 'user',
        targetId: before.id,
        detail: { before: auditView(before), after: auditView(after), ...(input.unlock ? { unlocked: true } : {}) },
      });
      return toView(after, lastLogins(store));
    })
    .immediate();
}

/** The head sets a new password for someone who forgot theirs; it also lifts a lock. */
export async function resetPassword(store: Store, actor: Actor, id: number, password: string): Promise<UserRowView> {
  findOrFail(store, id);
  const passwordHash = await hashPassword(password);
  return store.sqlite
    .transaction(() => {
      const now = store.now();
      const after = store.db
        .update(users)
        .set({ passwordHash, passwordChangedAt: now, failedAttempts: 0, lockedUntil: null, updatedAt: now })
        .where(eq(users.id, id))
        .returning()
        .get();
      if (!after) throw new AppError('NOT_FOUND', '找不到该用户');
      appendAudit(store, actor, { action: 'users.reset-password', target: 'user', targetId: id });
      return toView(after, lastLogins(store));
    })
    .immediate();
}

/** Any logged-in user changes their own password, proving the old one first (a walk-up at an unlocked PC cannot). */
export async function changeOwnPassword(
  store: Store,
  actor: Actor,
  user: UserRow | null,
  oldPassword: string,
  newPassword: string,
): Promise<{ passwordChangedAt: number }> {
  if (!user) throw new AppError('INVALID_INPUT', '命令行没有登录用户，请用“重置用户密码”');
  if (!(await verifyPassword(oldPassword, user.passwordHash))) {
    throw new AppError('INVALID_INPUT', '原密码不正确', { oldPassword: '原密码不正确' });
  }
  const passwordHash = await hashPassword(newPassword);
  const now = store.now();
  store.sqlite
    .transaction(() => {
      store.db
        .update(users)
        .set({ passwordHash, passwordChangedAt: now, updatedAt: now })
        .where(eq(users.id, user.id))
        .run();
      appendAudit(store, actor, { action: 'auth.change-password', target: 'user', targetId: user.id });
    })
    .immediate();
  return { passwordChangedAt: now };
}
