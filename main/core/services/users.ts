import { eq } from 'drizzle-orm';
import { AppError, type SessionUser } from '@shared/contract';
import { users } from '../db/schema';
import type { Store, UserRow } from '../context';
import { appendAudit } from './audit';
import { verifyPassword } from './passwords';

export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 15;

export function toSessionUser(user: UserRow): SessionUser {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    canViewFullId: user.role === 'head' || user.canViewFullId,
  };
}

export function findUser(store: Store, id: number): UserRow | null {
  return store.db.select().from(users).where(eq(users.id, id)).get() ?? null;
}

/** Checks a password; five failures lock the account for 15 minutes. Every attempt is audited. */
export async function login(store: Store, username: string, password: string): Promise<UserRow> {
  const user = store.db.select().from(users).where(eq(users.username, username)).get();
  const refused = '登录名或密码不正确';
  if (!user || !user.active) {
    appendAudit(store, { userId: null, userName: username, source: 'ui' }, { action: 'auth.login-failed' });
    throw new AppError('UNAUTHENTICATED', refused);
  }
  const now = store.now();
  if (user.lockedUntil && user.lockedUntil > now) {
    const minutes = Math.ceil((user.lockedUntil - now) / 60_000);
    throw new AppError('UNAUTHENTICATED', `密码连续输错 ${MAX_FAILED_LOGINS} 次，账号已锁定，请 ${minutes} 分钟后再试`);
  }
  const good = await verifyPassword(password, user.passwordHash);
  const actor = { userId: user.id, userName: user.displayName, source: 'ui' as const };
  if (!good) {
    const failed = user.failedAttempts + 1;
    const locked = failed >= MAX_FAILED_LOGINS;
    store.sqlite
      .transaction(() => {
        store.db
          .update(users)
          .set({ failedAttempts: locked ? 0 : failed, lockedUntil: locked ? now + LOCK_MINUTES * 60_000 : null })
          .where(eq(users.id, user.id))
          .run();
        appendAudit(store, actor, { action: locked ? 'auth.locked' : 'auth.login-failed', detail: { failed } });
      })
      .immediate();
    if (locked) {
      throw new AppError('UNAUTHENTICATED', `密码连续输错 ${MAX_FAILED_LOGINS} 次，账号已锁定 ${LOCK_MINUTES} 分钟`);
    }
    throw new AppError('UNAUTHENTICATED', `${refused}（还可尝试 ${MAX_FAILED_LOGINS - failed} 次）`);
  }
  store.sqlite
    .transaction(() => {
      store.db.update(users).set({ failedAttempts: 0, lockedUntil: null }).where(eq(users.id, user.id)).run();
      appendAudit(store, actor, { action: 'auth.login' });
    })
    .immediate();
  return user;
}
