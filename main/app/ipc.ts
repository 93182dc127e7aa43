// The one IPC entry (house style, after VS Code): a single 'rpc' channel, the sender checked by URL, then the same
// dispatch() that the HTTP bridge and the CLI use. Errors go back as values, never as rejected promises.
import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { createSession, type SessionHandle } from '@core/session';
import type { RpcResult } from '@shared/contract';
import type { RpcIpcChannel } from '@shared/contract/bridge-api';
import { isAppUrl } from './renderer-files';

export type Dispatch = (
  session: SessionHandle,
  channel: string,
  input: unknown,
  sender: WebContents,
) => Promise<RpcResult<unknown>>;

const RPC_IPC_CHANNEL: RpcIpcChannel = 'rpc';

const FORBIDDEN: RpcResult<never> = {
  ok: false,
  error: { code: 'FORBIDDEN', message: '拒绝来自未知页面的请求' },
};

/** senderFrame is null when the frame has navigated away or gone; such a request is refused as well. */
function fromOurPage(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  return frame !== null && isAppUrl(frame.url);
}

/**
 * One session per webContents: log-in state lives with the window, and a closed window leaves nothing behind
 * because core keeps no list of sessions.
 */
function sessionStore(): (contents: WebContents) => SessionHandle {
  const sessions = new Map<number, SessionHandle>();
  return (contents) => {
    const existing = sessions.get(contents.id);
    if (existing) return existing;
    const created = createSession();
    const id = contents.id;
    sessions.set(id, created);
    contents.once('destroyed', () => sessions.delete(id));
    return created;
  };
}

export function registerRpc(dispatch: Dispatch): void {
  const sessionFor = sessionStore();
  ipcMain.handle(RPC_IPC_CHANNEL, async (event, channel: unknown, input: unknown): Promise<RpcResult<unknown>> => {
    if (!fromOurPage(event)) return FORBIDDEN;
    if (typeof channel !== 'string') {
      return { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: '请求的功能名称无效' } };
    }
    try {
      return await dispatch(sessionFor(event.sender), channel, input, event.sender);
    } catch (error) {
      // dispatch() turns known failures into values; reaching here is a bug, so log it and answer in Chinese.
      console.error(`rpc ${channel} failed`, error);
      return { ok: false, error: { code: 'INTERNAL', message: '程序内部错误，请重新启动程序后再试' } };
    }
  });
}

/** Lets main.ts close the database cleanly: no request can start after this. */
export function unregisterRpc(): void {
  ipcMain.removeHandler(RPC_IPC_CHANNEL);
}
