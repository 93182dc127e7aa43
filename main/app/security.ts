// Hardening that applies to every webContents and to the default session. The app is offline and shows only its
// own pages, so everything a web page could ask for (navigation, pop-ups, permissions, <webview>) is refused.
import { app, type Session, type WebContents } from 'electron';
import { isAppUrl } from './renderer-files';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // AG Grid and React set inline style attributes; scripts stay strictly 'self'.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** CSP as a response header on every response, so it holds even for a page that forgets its <meta> tag. */
export function hardenSession(ses: Session): void {
  ses.webRequest.onHeadersReceived((details, callback) => {
    const headers: Record<string, string[]> = {};
    for (const [name, value] of Object.entries(details.responseHeaders ?? {})) {
      if (name.toLowerCase() !== 'content-security-policy') headers[name] = value;
    }
    headers['Content-Security-Policy'] = [CONTENT_SECURITY_POLICY];
    callback({ responseHeaders: headers });
  });
  // Camera, notifications, geolocation, clipboard reads, HID/USB/serial: a ledger needs none of them.
  ses.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
}

function hardenWebContents(contents: WebContents): void {
  // In-app links (app://labour-station/...) may reload the page; every other destination is refused.
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  // will-navigate covers only the main frame; an iframe could otherwise be steered elsewhere.
  contents.on('will-frame-navigate', (details) => {
    if (!isAppUrl(details.url)) details.preventDefault();
  });
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  // The app never uses <webview>; refusing the attach means no page can create one with weaker settings.
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Covers every webContents, including ones we do not create ourselves (DevTools, print preview). */
export function hardenAllWebContents(): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
}
