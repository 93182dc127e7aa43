import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { DEFAULT_DIFFICULTY_SETTINGS, difficultySettingsSchema } from '@shared/domain/difficulty';
import { DEFAULT_AGE_RULES, ageRulesSchema } from '@shared/domain/working-age';
import { backupFolderSetting } from '@shared/contract/settings';
import { clearanceRuleSchema, officialCalendarSchema } from '@shared/domain/working-days';
import { quotaSettingsSchema } from '@shared/contract/assistance';
import { settings } from '../db/schema';
import { prepared } from '../db/statements';
import type { Actor, Store } from '../context';
import { appendAudit } from './audit';

/** County rules as settings, each with its schema and the seed county's default. */
export const SETTINGS = {
  difficulty: { schema: difficultySettingsSchema, fallback: DEFAULT_DIFFICULTY_SETTINGS },
  ageRules: { schema: ageRulesSchema, fallback: DEFAULT_AGE_RULES },
  /** a registered unemployed person with no contact for this many days is due a follow-up */
  followUpDays: { schema: z.number().int().min(1).max(365), fallback: 30 },
  /** 动态清零: the county's time limit for clearing a recognised zero-employment household */
  clearanceRule: { schema: clearanceRuleSchema, fallback: { kind: 'calendar-days' as const, days: 30 } },
  /** years the station added or corrected in the official calendar (later years than the shipped data) */
  calendarYears: { schema: officialCalendarSchema, fallback: { years: {} } },
  /** service quotas, e.g. "311": 3 referrals, 1 guidance, 1 training offer per person a year; 3 offers per household */
  quotas: {
    schema: quotaSettingsSchema,
    fallback: { perPerson: { referrals: 3, guidance: 1, training: 1 }, perHousehold: { offers: 3 } },
  },
  /** minutes without activity before a session is logged out (0 = never) */
  idleMinutes: { schema: z.number().int().min(0).max(480), fallback: 30 },
  /** a second backup folder (another disk or a USB stick), or null */
  backupFolder: { schema: backupFolderSetting, fallback: null },
} as const;

export type SettingKey = keyof typeof SETTINGS;
export type SettingValue<K extends SettingKey> = z.output<(typeof SETTINGS)[K]['schema']>;

/** A stored value that no longer fits its schema (an older program wrote it) falls back to the default. */
const parsedCache = new WeakMap<Store, Map<string, { raw: string | null; value: unknown }>>();

/**
 * A stored value that no longer fits its schema (an older program wrote it) falls back to the default. The parsed
 * value is reused while the stored text is the same: services read settings once per row of a 50,000-row import.
 */
export function getSetting<K extends SettingKey>(store: Store, key: K): SettingValue<K> {
  const row = prepared(store.sqlite, 'SELECT value FROM settings WHERE key = ?').get(key) as
    { value: string } | undefined;
  const raw = row?.value ?? null;
  let cache = parsedCache.get(store);
  if (!cache) parsedCache.set(store, (cache = new Map<string, { raw: string | null; value: unknown }>()));
  const hit = cache.get(key);
  if (hit && hit.raw === raw) return hit.value as SettingValue<K>;
  const spec = SETTINGS[key];
  const parsed = raw === null ? null : spec.schema.safeParse(JSON.parse(raw));
  const value = parsed?.success ? parsed.data : spec.fallback;
  cache.set(key, { raw, value });
  return value as SettingValue<K>;
}

export function setSetting<K extends SettingKey>(store: Store, actor: Actor, key: K, value: SettingValue<K>): void {
  const json = JSON.stringify(SETTINGS[key].schema.parse(value));
  const before = store.db.select().from(settings).where(eq(settings.key, key)).get();
  store.sqlite
    .transaction(() => {
      store.db
        .insert(settings)
        .values({ key, value: json, updatedAt: store.now(), updatedBy: actor.userId })
        .onConflictDoUpdate({
          target: settings.key,
          set: { value: json, updatedAt: store.now(), updatedBy: actor.userId },
        })
        .run();
      appendAudit(store, actor, {
        action: 'settings.update',
        target: 'setting',
        targetId: key,
        detail: { before: before?.value ?? null, after: json },
      });
    })
    .immediate();
}
