import { describe, expect, it } from 'vitest';
import { createSession } from '@core/session';
import { makeSetUpCore } from '../helpers/core';

describe('print:page', () => {
  it('tells the browser to print the page itself, after checking the log-in and the request', async () => {
    const core = await makeSetUpCore();
    expect(await core.must('print:page', { output: 'pdf', fileName: '示范镇就业援助台账', landscape: true })).toEqual({
      mode: 'browser',
      done: false,
      filePath: null,
    });
    expect(await core.call('print:page', { output: 'printer', fileName: 'x' }, createSession())).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
    expect(await core.dispatch(core.session, 'print:page', { output: 'fax', fileName: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
  });
});
