import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { channels } from '@shared/contract';
import { handlers } from '@core/handlers';
import { assertNoDuplicateChannels } from '@core/handler-types';
import { APP_VERSION } from '@core/version';

describe('the one contract', () => {
  it('names every channel area:verb', () => {
    for (const name of Object.keys(channels)) expect(name).toMatch(/^[a-z]+(-[a-z]+)*:[a-z]+(-[a-z]+)*$/);
  });

  it('has exactly one handler per channel', () => {
    expect(Object.keys(handlers).sort()).toEqual(Object.keys(channels).sort());
    for (const handler of Object.values(handlers)) expect(typeof handler).toBe('function');
  });

  it('refuses a channel registered twice', () => {
    expect(() => assertNoDuplicateChannels([{ 'app:info': 1 }, { 'app:info': 2 }])).toThrowError(
      '通道 app:info 重复注册',
    );
  });

  it('gives every channel a Chinese title and an access level', () => {
    for (const spec of Object.values(channels)) {
      expect(spec.title).toMatch(/[\u4e00-\u9fa5]/);
      expect(['public', 'read', 'write', 'head']).toContain(spec.access);
    }
  });

  it('reports the version of package.json', () => {
    const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8')) as { version: string };
    expect(APP_VERSION).toBe(pkg.version);
  });
});
