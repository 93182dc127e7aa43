import { asc, eq } from 'drizzle-orm';
import { AppError, type SetupInput } from '@shared/contract';
import { township, users, villages } from '../db/schema';
import type { Actor, Store, UserRow } from '../context';
import { appendAudit } from './audit';
import { hashPassword } from './passwords';

export type Township = { countyCode: string; code: string; name: string };

export function getTownship(store: Store): Township | null {
  const row = store.db.select().from(township).where(eq(township.id, 1)).get();
  return row ? { countyCode: row.countyCode, code: row.code, name: row.name } : null;
}

export function listVillages(store: Store): { code: string; name: string; active: boolean }[] {
  return store.db
    .select({ code: villages.code, name: villages.name, active: villages.active })
    .from(villages)
    .orderBy(asc(villages.sortOrder), asc(villages.code))
    .all();
}

/**
 * First-run setup: township, villages and the station head, in one transaction — a refused setup writes nothing.
 * The input has already passed the contract's schema (codes, nesting under the township, duplicates, password).
 */
export async function completeSetup(store: Store, input: SetupInput): Promise<{ township: Township; user: UserRow }> {
  if (getTownship(store)) throw new AppError('ALREADY_SETUP', '本机已完成首次设置，不能重复设置。');
  const passwordHash = await hashPassword(input.head.password);
  const now = store.now();
  return store.sqlite
    .transaction(() => {
      if (getTownship(store)) throw new AppError('ALREADY_SETUP', '本机已完成首次设置，不能重复设置。');
      store.db
        .insert(township)
        .values({
          id: 1,
          countyCode: input.countyCode,
          code: input.townshipCode,
          name: input.townshipName,
          createdAt: now,
          updatedAt: now,
        })
        .run();
      input.villages.forEach((village, index) => {
        store.db
          .insert(villages)
          .values({ code: village.code, name: village.name.trim(), sortOrder: index, createdAt: now })
          .run();
      });
      const user = store.db
        .insert(users)
        .values({
          username: input.head.username,
          displayName: input.head.displayName,
          role: 'head',
          passwordHash,
          canViewFullId: true,
          passwordChangedAt: now,
          createdAt: now,
          updatedAt: now,
        })
        .returning()
        .get();
      const actor: Actor = { userId: user.id, userName: user.displayName, source: 'ui' };
      appendAudit(store, actor, {
        action: 'setup.complete',
        target: 'township',
        targetId: input.townshipCode,
        detail: { countyCode: input.countyCode, townshipName: input.townshipName, villages: input.villages.length },
      });
      return {
        township: { countyCode: input.countyCode, code: input.townshipCode, name: input.townshipName },
        user,
      };
    })
    .immediate();
}
