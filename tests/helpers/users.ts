import { users } from '@core/db/schema';
import { hashPassword } from '@core/services/passwords';
import { createSession, type SessionHandle } from '@core/session';
import type { Role } from '@shared/contract';
import type { TestCore } from './core';

/** Adds a user straight to the database (the users screen comes with its own issue) and logs a session in. */
export async function addUserSession(
  core: TestCore,
  username: string,
  role: Role,
  options: { canViewFullId?: boolean; displayName?: string } = {},
): Promise<SessionHandle> {
  const now = core.store.now();
  core.store.db
    .insert(users)
    .values({
      username,
      displayName: options.displayName ?? username,
      role,
      passwordHash: await hashPassword('Clerk#2026'),
      canViewFullId: options.canViewFullId ?? false,
      passwordChangedAt: now,
      createdAt: now,
      updatedAt: now,
    })
    .run();
  const session = createSession();
  await core.must('auth:login', { username, password: 'Clerk#2026' }, session);
  return session;
}
