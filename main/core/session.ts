import { randomUUID } from 'node:crypto';

/**
 * One per window (Electron) or per browser tab (HTTP bridge). The transport owns it and hands it to dispatch();
 * log-in and log-out change it. Core never keeps a list of sessions, so a closed window leaves nothing behind.
 */
export type SessionHandle = {
  readonly id: string;
  userId: number | null;
  lastActivityMs: number;
};

export function createSession(nowMs: number = Date.now()): SessionHandle {
  return { id: randomUUID(), userId: null, lastActivityMs: nowMs };
}
