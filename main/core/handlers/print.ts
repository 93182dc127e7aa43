import type { AreaHandlers } from '../handler-types';

/**
 * Outside the desktop app there is no printer to reach from here: the page prints itself (browser mode). The
 * Electron main process answers this channel after the core has validated it and checked the log-in.
 */
export const printHandlers: AreaHandlers<'print:page'> = {
  'print:page': () => ({ mode: 'browser', done: false, filePath: null }),
};
