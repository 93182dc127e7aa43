import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { timingSafeEqual } from 'node:crypto';
import type { Core } from '@core/open-core';
import { createSession, type SessionHandle } from '@core/session';

export type BridgeOptions = {
  core: Core;
  /** build/renderer: the same renderer the desktop app loads. */
  rendererDir: string;
  /** Random per start; injected into index.html and required on every /rpc call. */
  token: string;
  maxBodyBytes?: number;
};

export const TOKEN_HEADER = 'x-labour-token';
export const SESSION_HEADER = 'x-labour-session';
const MAX_SESSIONS = 200;

const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

/**
 * The browser-mode transport: the renderer's static files and `POST /rpc/<channel>` over the same dispatch() the
 * Electron IPC uses. Bound to 127.0.0.1 by the caller. A page from another site cannot call it: it would need the
 * token, which only our own index.html carries, and a Host header other than loopback is refused (DNS rebinding).
 */
export function createBridgeServer(options: BridgeOptions): http.Server {
  const sessions = new Map<string, SessionHandle>();
  const maxBody = options.maxBodyBytes ?? 64 * 1024 * 1024;

  const server = http.createServer((req, res) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    if (!isLoopbackHost(req.headers.host)) return send(res, 421, 'text/plain; charset=utf-8', '仅限本机访问');
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname.startsWith('/rpc/')) {
      if (req.method !== 'POST') return send(res, 405, 'text/plain; charset=utf-8', 'POST only');
      void handleRpc(req, res, decodeURIComponent(url.pathname.slice('/rpc/'.length)));
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain; charset=utf-8', 'GET only');
    serveStatic(res, url.pathname);
  });

  async function handleRpc(req: http.IncomingMessage, res: http.ServerResponse, channel: string): Promise<void> {
    if (!tokenMatches(req.headers[TOKEN_HEADER], options.token)) {
      return sendJson(res, 403, {
        ok: false,
        error: { code: 'FORBIDDEN', message: '请求未经授权，请从本程序页面访问' },
      });
    }
    let body: unknown;
    try {
      const raw = await readBody(req, maxBody);
      body = raw.length === 0 ? {} : JSON.parse(raw.toString('utf8'));
    } catch (error) {
      const message = error instanceof BodyTooLarge ? '提交的数据过大' : '提交的数据格式有误';
      return sendJson(res, 400, { ok: false, error: { code: 'INVALID_INPUT', message } });
    }
    const session = sessionFor(req, res);
    const result = await options.core.dispatch(session, channel, body);
    sendJson(res, 200, result);
  }

  function sessionFor(req: http.IncomingMessage, res: http.ServerResponse): SessionHandle {
    const id = req.headers[SESSION_HEADER];
    const known = typeof id === 'string' ? sessions.get(id) : undefined;
    if (known) return known;
    const session = createSession();
    if (sessions.size >= MAX_SESSIONS) sessions.delete(sessions.keys().next().value as string);
    sessions.set(session.id, session);
    res.setHeader(SESSION_HEADER, session.id);
    return session;
  }

  function serveStatic(res: http.ServerResponse, pathname: string): void {
    const root = path.resolve(options.rendererDir);
    const relative = pathname === '/' ? 'index.html' : decodeURIComponent(pathname).replace(/^\/+/, '');
    const file = path.resolve(root, relative);
    if (!file.startsWith(root + path.sep)) return send(res, 404, 'text/plain; charset=utf-8', 'not found');
    const target = fs.existsSync(file) && fs.statSync(file).isFile() ? file : path.join(root, 'index.html');
    if (!fs.existsSync(target)) {
      return send(res, 500, 'text/plain; charset=utf-8', '界面尚未构建：请先运行 node scripts/build-renderer.mjs');
    }
    const type = TYPES[path.extname(target)] ?? 'application/octet-stream';
    if (target.endsWith('index.html')) {
      const html = fs
        .readFileSync(target, 'utf8')
        .replace('</head>', `<meta name="labour-station-token" content="${options.token}"></head>`);
      res.setHeader('Content-Security-Policy', CSP);
      res.setHeader('Cache-Control', 'no-store');
      return send(res, 200, type, html);
    }
    res.setHeader('Cache-Control', 'public, max-age=3600');
    send(res, 200, type, fs.readFileSync(target));
  }

  return server;
}

class BodyTooLarge extends Error {}

function readBody(req: http.IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new BodyTooLarge());
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function isLoopbackHost(host: string | undefined): boolean {
  if (!host) return false;
  const name = host.replace(/:\d+$/, '');
  return name === '127.0.0.1' || name === 'localhost' || name === '[::1]';
}

function tokenMatches(given: string | string[] | undefined, token: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function send(res: http.ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, { 'Content-Type': type });
  res.end(body);
}

function sendJson(res: http.ServerResponse, status: number, value: unknown): void {
  res.setHeader('Cache-Control', 'no-store');
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));
}
