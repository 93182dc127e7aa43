// Maps an app://labour-station/ URL to a file under build/renderer. Plain Node (no Electron import) so that the
// path-traversal rules can be unit-tested without an Electron binary.
import path from 'node:path';

export const APP_SCHEME = 'app';
export const APP_HOST = 'labour-station';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** Only our own pages may call the main process or navigate; compare parsed parts, never string prefixes. */
export function isAppUrl(raw: string): boolean {
  try {
    const url = new URL(raw);
    return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}

/**
 * The absolute file for a request URL, or null when the URL is not ours or would leave `rootDir`.
 * Chromium already normalises `..` in a standard scheme, but percent-encoded separators (`%2F`, `%5C`) and
 * Windows drive letters survive it, so containment is checked again after decoding.
 */
export function resolveRendererFile(
  rootDir: string,
  requestUrl: string,
  pathApi: path.PlatformPath = path,
): string | null {
  if (!isAppUrl(requestUrl)) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(new URL(requestUrl).pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^[/\\]+/, '');
  const root = pathApi.resolve(rootDir);
  const file = pathApi.resolve(root, relative);
  const fromRoot = pathApi.relative(root, file);
  if (fromRoot === '' || fromRoot.startsWith('..') || pathApi.isAbsolute(fromRoot)) return null;
  return file;
}

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

/** Module scripts are refused by Chromium unless served with a JavaScript MIME type, so the table matters. */
export function mimeTypeFor(file: string): string {
  return MIME_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}
