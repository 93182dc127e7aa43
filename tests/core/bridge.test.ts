import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBridgeServer, SESSION_HEADER, TOKEN_HEADER } from '../../main/bridge/server';
import { makeCore, SEED_SETUP } from '../helpers/core';

const token = 'test-token-0123456789';
const rendererDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ls-renderer-'));
fs.writeFileSync(path.join(rendererDir, 'index.html'), '<html><head><title>t</title></head><body></body></html>');
fs.mkdirSync(path.join(rendererDir, 'assets'));
fs.writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
fs.writeFileSync(path.join(os.tmpdir(), 'ls-secret.txt'), 'secret');

const core = makeCore();
const server = createBridgeServer({ core, rendererDir, token });
let base = '';

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.close();
  core.close();
});

const rpc = (channel: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${base}/rpc/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token, ...headers },
    body: JSON.stringify(body),
  });

describe('HTTP bridge', () => {
  it('injects the per-start token into index.html with a strict CSP', async () => {
    const res = await fetch(`${base}/`);
    expect(await res.text()).toContain(`<meta name="labour-station-token" content="${token}">`);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
  });

  it('refuses calls without the token', async () => {
    const res = await rpc('app:info', {}, { [TOKEN_HEADER]: 'wrong' });
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    // fetch() may not set Host, so speak HTTP directly
    const status = await new Promise<number>((resolve, reject) => {
      const req = http.request(`${base}/`, { headers: { host: 'evil.example:80' } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(421);
  });

  it('serves only files inside the renderer folder', async () => {
    const res = await fetch(`${base}/assets/app.js`);
    expect(res.headers.get('content-type')).toContain('javascript');
    const escape = await fetch(`${base}/..%2f..%2fls-secret.txt`);
    expect(await escape.text()).not.toContain('secret');
  });

  it('keeps a session across calls so a reload stays logged in', async () => {
    const setup = await rpc('setup:complete', SEED_SETUP);
    const session = setup.headers.get(SESSION_HEADER);
    expect(session).toBeTruthy();
    expect(await setup.json()).toMatchObject({ ok: true, value: { township: { name: '示范镇' } } });
    const info = await (await rpc('app:info', {}, { [SESSION_HEADER]: session! })).json();
    expect(info).toMatchObject({ ok: true, value: { user: { username: 'admin' } } });
    const anonymous = await (await rpc('villages:list', {})).json();
    expect(anonymous).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });

  it('answers malformed JSON with a Chinese message', async () => {
    const res = await fetch(`${base}/rpc/app:info`, {
      method: 'POST',
      headers: { [TOKEN_HEADER]: token },
      body: '{not json',
    });
    expect(await res.json()).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: '提交的数据格式有误' },
    });
  });
});
