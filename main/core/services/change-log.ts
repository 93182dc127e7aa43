import { and, asc, eq } from 'drizzle-orm';
import type { ChangeEntry } from '@shared/contract';
import { changeLog } from '../db/schema';
import { prepared } from '../db/statements';
import type { Actor, Store } from '../context';

export type Entity = (typeof changeLog.$inferInsert)['entity'];
type Row = Record<string, unknown>;

/** Columns that change on every write and say nothing to the clerk. */
const NOISE = new Set(['version', 'updatedAt', 'updatedBy', 'createdAt', 'createdBy', 'nameInitials', 'namePinyin']);

/**
 * Records one change with the whole row before and after. Call inside the write's transaction: the history is the
 * source of "the state at the end of the quarter", so a write without its history entry must not exist.
 */
export function recordChange(
  store: Store,
  actor: Actor,
  entity: Entity,
  before: (Row & { id: number }) | null,
  after: (Row & { id: number; version: number }) | null,
): void {
  const subject = after ?? before;
  if (!subject) return;
  prepared(
    store.sqlite,
    `INSERT INTO change_log (entity, entity_id, version, op, at, user_id, user_name, source, before, after)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    entity,
    subject.id,
    after?.version ?? Number(before?.version ?? 0) + 1,
    before === null ? 'create' : after === null || after.deletedAt ? 'delete' : 'update',
    store.now(),
    actor.userId,
    actor.userName,
    actor.source,
    before ? JSON.stringify(before) : null,
    after ? JSON.stringify(after) : null,
  );
}

export type FieldFormat = { label: string; show?: (value: unknown) => string };

/** The history of one record for the 变更记录 view: who, when, and each field's before and after in words. */
export function historyOf(
  store: Store,
  entity: Entity,
  entityId: number,
  fields: Record<string, FieldFormat>,
): ChangeEntry[] {
  const rows = store.db
    .select()
    .from(changeLog)
    .where(and(eq(changeLog.entity, entity), eq(changeLog.entityId, entityId)))
    .orderBy(asc(changeLog.id))
    .all();
  return rows.map((row) => {
    const before = row.before ? (JSON.parse(row.before) as Row) : {};
    const after = row.after ? (JSON.parse(row.after) as Row) : {};
    const names = new Set([...Object.keys(before), ...Object.keys(after)]);
    const changes = [...names]
      // only fields with a Chinese label: internal columns (and unmasked copies of ID numbers) never reach the screen
      .filter((name) => !NOISE.has(name) && name in fields && !sameValue(before[name], after[name]))
      .map((name) => {
        const format = fields[name]!;
        const show = format.show ?? plain;
        return { field: name, label: format.label, before: show(before[name]), after: show(after[name]) };
      })
      .sort((a, b) => order(fields, a.field) - order(fields, b.field));
    return { at: row.at, userName: row.userName, source: row.source, op: row.op, changes };
  });
}

function order(fields: Record<string, FieldFormat>, name: string): number {
  const index = Object.keys(fields).indexOf(name);
  return index === -1 ? Number.MAX_SAFE_INTEGER : index;
}

function sameValue(a: unknown, b: unknown): boolean {
  return (a ?? null) === (b ?? null);
}

export function plain(value: unknown): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'number' || typeof value === 'string') return String(value);
  return JSON.stringify(value);
}
