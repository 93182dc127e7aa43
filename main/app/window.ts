// The one main window. Every web preference that matters for security is spelled out, even where it equals
// Electron's default, so a reviewer (and electronegativity) can see it without knowing the defaults.
import { BrowserWindow } from 'electron';
import { APP_ENTRY_URL } from './renderer-files';

export const WINDOW_TITLE = '劳动保障站实名制台账';

export function createMainWindow(preloadPath: string): BrowserWindow {
  const win = new BrowserWindow({
    title: WINDOW_TITLE,
    width: 1366,
    height: 860,
    // Township PCs often run 1366×768; the ledger grids need at least this much room.
    minWidth: 1024,
    minHeight: 640,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
    },
  });

  // Keep the product name in the title bar and taskbar whatever the page's <title> says.
  win.on('page-title-updated', (event) => event.preventDefault());
  // Showing only once painted avoids a white flash on slow office PCs.
  win.once('ready-to-show', () => win.show());
  win.loadURL(APP_ENTRY_URL).catch((error: unknown) => {
    console.error('加载界面失败', error);
  });
  return win;
}
