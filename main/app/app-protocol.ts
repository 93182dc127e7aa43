// The renderer is served from app://labour-station/ instead of file://: a real origin gives the page a working
// sessionStorage and same-origin module loading, and lets ipc.ts tell our page from anything else by URL.
import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from './security';
import { APP_SCHEME, mimeTypeFor, resolveRendererFile } from './renderer-files';

/** Must run before app 'ready' (Electron only accepts privileged schemes then). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      // standard: parsed like https (origin, relative URLs); secure: treated as a secure context;
      // supportFetchAPI + corsEnabled: Vite's <script type="module" crossorigin> loads are CORS-mode requests.
      privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true },
    },
  ]);
}

function textResponse(status: number, body: string): Response {
  return new Response(body, {
    status,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'content-security-policy': CONTENT_SECURITY_POLICY },
  });
}

/** Serves files from `rendererDir` only; anything else is 404, so a crafted URL cannot read other files. */
export function handleAppProtocol(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return textResponse(405, 'Method Not Allowed');
    const file = resolveRendererFile(rendererDir, request.url);
    if (file === null) return textResponse(404, 'Not Found');
    try {
      const body = await readFile(file);
      return new Response(request.method === 'HEAD' ? null : body, {
        status: 200,
        headers: {
          'content-type': mimeTypeFor(file),
          'content-security-policy': CONTENT_SECURITY_POLICY,
          'x-content-type-options': 'nosniff',
          // The files change only with a new version of the program; a stale cache after an upgrade is worse
          // than re-reading a few local files.
          'cache-control': 'no-cache',
        },
      });
    } catch {
      return textResponse(404, 'Not Found');
    }
  });
}
