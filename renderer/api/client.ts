// One API client for both transports: the Electron preload (window.labourStation) or the local HTTP bridge.
// Every failure comes back as a value, so pages never need try/catch around a call.
import type { ChannelInput, ChannelName, ChannelOutput, RpcError, RpcResult } from '@shared/contract';

const SESSION_KEY = 'labour-station-session';
const TOKEN_META = 'labour-station-token';
const OFFLINE_MESSAGE = '无法连接到程序后台，请重新启动程序';

function offline(): RpcResult<never> {
  return { ok: false, error: { code: 'INTERNAL', message: OFFLINE_MESSAGE } };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** The transports are trusted to send an RpcResult, but a broken proxy or crash page must not reach the UI as one. */
function asResult<T>(value: unknown): RpcResult<T> {
  if (!isRecord(value)) return offline();
  if (value.ok === true && 'value' in value) return value as RpcResult<T>;
  if (value.ok === false && isRecord(value.error) && typeof value.error.message === 'string') {
    return { ok: false, error: value.error as RpcError };
  }
  return offline();
}

function bridgeToken(): string {
  const meta = document.querySelector<HTMLMetaElement>(`meta[name="${TOKEN_META}"]`);
  return meta?.content ?? '';
}

function readSession(): string | null {
  try {
    return sessionStorage.getItem(SESSION_KEY);
  } catch {
    return null;
  }
}

function writeSession(id: string): void {
  try {
    sessionStorage.setItem(SESSION_KEY, id);
  } catch {
    // Storage can be disabled; the log-in then lasts until the page reloads, which is acceptable.
  }
}

async function callHttp(channel: string, input: unknown): Promise<unknown> {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'x-labour-token': bridgeToken(),
  };
  const session = readSession();
  if (session) headers['x-labour-session'] = session;
  const response = await fetch(`/rpc/${channel}`, {
    method: 'POST',
    headers,
    body: JSON.stringify(input ?? {}),
  });
  // The bridge rotates the session id on log-in and log-out; keep the newest so a reload stays logged in.
  const nextSession = response.headers.get('x-labour-session');
  if (nextSession !== null) writeSession(nextSession);
  return (await response.json()) as unknown;
}

export async function call<C extends ChannelName>(
  channel: C,
  input: ChannelInput<C>,
): Promise<RpcResult<ChannelOutput<C>>> {
  try {
    const bridge = window.labourStation;
    const raw = bridge ? await bridge.invoke(channel, input) : await callHttp(channel, input);
    return asResult<ChannelOutput<C>>(raw);
  } catch {
    return offline();
  }
}
