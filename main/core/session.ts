import { randomUUID } from 'node:crypto';

/**
 * One per window (Electron) or per browser tab (HTTP bridge). The transport owns it and hands it to dispatch();
 * log-in and log-out change it. Core never keeps a list of sessions, so a closed window leaves nothing behind.
 */
export type SessionHandle = {
  readonly id: string;
  userId: number | null;
  lastActivityMs: number;
  /**
   * Set only by the CLI. Whoever can run the CLI can already read the database file, so it acts with the head's
   * rights under its own name in the history and the audit log.
   */
  readonly cliOperator?: string;
};

export function createSession(nowMs: number = Date.now()): SessionHandle {
  return { id: randomUUID(), userId: null, lastActivityMs: nowMs };
}

export function createCliSession(operator: string): SessionHandle {
  return { ...createSession(), cliOperator: operator };
}
