import { noteActivity } from './activity';
import type { z } from 'zod';
import { AppError, channels, fail, isChannelName, ok, type Access, type RpcResult, type Role } from '@shared/contract';
import { SYSTEM_ACTOR, type HandlerContext, type Store, type UserRow } from './context';
import type { Handlers } from './handler-types';
import type { SessionHandle } from './session';
import { findUser } from './services/users';

export type DispatchOptions = {
  /** Minutes of inactivity after which a session is logged out (a setting; 0 = never). */
  idleMinutes?: () => number;
};

const ROLE_MAY: Record<Exclude<Access, 'public'>, readonly Role[]> = {
  read: ['head', 'clerk', 'readonly'],
  write: ['head', 'clerk'],
  head: ['head'],
};

/**
 * The single entry of the API: validates the input against the contract, checks who may call the channel, runs the
 * handler and returns a value — never throws. Every transport (IPC, HTTP bridge, CLI) goes through here, so the
 * renderer is never trusted: whatever it sent is checked again.
 */
export async function dispatch(
  store: Store,
  table: Handlers,
  session: SessionHandle,
  channelName: string,
  input: unknown,
  options: DispatchOptions = {},
): Promise<RpcResult<unknown>> {
  if (typeof channelName !== 'string' || !isChannelName(channelName)) {
    return fail('UNKNOWN_CHANNEL', `未知的接口：${String(channelName).slice(0, 80)}`);
  }
  const spec = channels[channelName];
  const parsed = spec.input.safeParse(input ?? {});
  if (!parsed.success) return invalidInput(parsed.error);

  noteActivity(store);
  try {
    const ctx: HandlerContext = { store, session, ...resolveCaller(store, session, spec.access, options) };
    const handler = table[channelName];
    const value: unknown = await (handler as (input: unknown, ctx: HandlerContext) => unknown)(parsed.data, ctx);
    return ok(value);
  } catch (error) {
    if (error instanceof AppError) return fail(error.code, error.message, error.fields);
    return internalError(channelName, error);
  } finally {
    noteActivity(store); // a long call counts as activity until it ends
  }
}

type Caller = Pick<HandlerContext, 'user' | 'role' | 'actor'>;

function resolveCaller(store: Store, session: SessionHandle, access: Access, options: DispatchOptions): Caller {
  if (session.cliOperator !== undefined) {
    return { user: null, role: 'head', actor: { userId: null, userName: session.cliOperator, source: 'cli' } };
  }
  const user = resolveUser(store, session, access, options);
  return user
    ? { user, role: user.role, actor: { userId: user.id, userName: user.displayName, source: 'ui' } }
    : { user: null, role: null, actor: SYSTEM_ACTOR };
}

function resolveUser(store: Store, session: SessionHandle, access: Access, options: DispatchOptions): UserRow | null {
  const now = store.now();
  const idleMs = (options.idleMinutes?.() ?? 0) * 60_000;
  if (session.userId !== null && idleMs > 0 && now - session.lastActivityMs > idleMs) {
    session.userId = null;
    if (access !== 'public') throw new AppError('UNAUTHENTICATED', '长时间未操作，已自动退出，请重新登录');
  }
  session.lastActivityMs = now;
  const user = session.userId === null ? null : findUser(store, session.userId);
  if (user && !user.active) session.userId = null;
  const current = user?.active ? user : null;
  if (access === 'public') return current;
  if (!current) throw new AppError('UNAUTHENTICATED', '请先登录');
  if (!ROLE_MAY[access].includes(current.role)) {
    throw new AppError('FORBIDDEN', access === 'head' ? '只有站负责人可以进行此操作' : '只读账号不能修改数据');
  }
  return current;
}

function invalidInput(error: z.ZodError): RpcResult<never> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || '_';
    fields[key] ??= issue.message;
  }
  const first = error.issues[0]?.message ?? '输入有误';
  const count = Object.keys(fields).length;
  return fail('INVALID_INPUT', count > 1 ? `${first}（共 ${count} 处需要修改）` : first, fields);
}

function internalError(channel: string, error: unknown): RpcResult<never> {
  // Log for the technician; the clerk gets a message that says nothing was saved.
  console.error(`[dispatch] ${channel}:`, error);
  const detail = error instanceof Error ? error.message : String(error);
  return fail('INTERNAL', `程序内部错误，本次操作未保存。（${detail.slice(0, 200)}）`);
}
