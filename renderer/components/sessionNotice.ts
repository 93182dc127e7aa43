// A message for the log-in page about why the clerk is there again: the server's idle log-out, "restored, please log
// in again". The area pages only get `onSessionLost()` without arguments (AreaProps), so whoever ends a session
// leaves the message here first and App picks it up when it shows the log-in page.
export type SessionNotice = { message: string; tone: 'info' | 'success' };

let pending: SessionNotice | null = null;

export function leaveSessionNotice(message: string, tone: SessionNotice['tone'] = 'info'): void {
  pending = { message, tone };
}

/** The notice, once: a later log-out must not show an old message. */
export function takeSessionNotice(): SessionNotice | null {
  const notice = pending;
  pending = null;
  return notice;
}
