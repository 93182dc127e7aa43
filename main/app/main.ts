// Electron entry: lifecycle only. Everything the clerk does goes through core.dispatch via ipc.ts; this file opens
// the database, shows the window and closes the database on the way out.
import { existsSync } from 'node:fs';
import { app, BrowserWindow, dialog, session } from 'electron';
import { openStation, type Station } from '@core/station';
import { backupOnExit, dailyBackupIfDue } from '@core/services/backups/backup';
import { startFiguresRefresher, type FiguresRefresher } from '@core/services/stats/figures-refresher';
import { AppError, channels } from '@shared/contract';
import { registerAppScheme, handleAppProtocol } from './app-protocol';
import { resolveAppPaths, type AppPaths } from './app-paths';
import { registerRpc, unregisterRpc } from './ipc';
import { installAppMenu } from './menu';
import { printPage } from './print';
import { hardenAllWebContents, hardenSession } from './security';
import { createMainWindow } from './window';

/** Same value as appId in electron-builder.yml, so taskbar pinning and shortcuts group with the running app. */
const APP_USER_MODEL_ID = 'cn.gov.labourstation.app';

function explainOpenFailure(error: unknown, dbPath: string): void {
  if (error instanceof AppError && (error.code === 'DB_DAMAGED' || error.code === 'DB_TOO_NEW')) {
    const title = error.code === 'DB_DAMAGED' ? '数据库文件已损坏' : '数据库版本高于本程序';
    dialog.showErrorBox(title, `${error.message}\n\n数据库文件：${dbPath}`);
    return;
  }
  console.error('openCore failed', error);
  const detail = error instanceof Error ? error.message : String(error);
  dialog.showErrorBox('无法打开数据库', `${detail}\n\n数据库文件：${dbPath}\n请联系县级信息管理员。`);
}

/**
 * null means a dialog has already told the clerk why; the caller only has to quit. A damaged database does not stop
 * the app: the station opens in recovery mode and the renderer shows its recovery page.
 */
function openStationOrExplain(paths: AppPaths): Station | null {
  if (!existsSync(paths.nativeBinding)) {
    dialog.showErrorBox(
      '缺少数据库组件',
      `找不到 ${paths.nativeBinding}。\n开发时请用 npm start 启动（会自动准备该文件）；安装版请重新安装本程序。`,
    );
    return null;
  }
  try {
    return openStation({
      dbPath: paths.dbPath,
      migrationsDir: paths.migrationsDir,
      nativeBinding: paths.nativeBinding,
    });
  } catch (error) {
    explainOpenFailure(error, paths.dbPath);
    return null;
  }
}

const HOUR_MS = 60 * 60 * 1000;

/** Backups never throw; what went wrong (an unplugged USB stick) is logged for the technician. */
function logBackup(report: { problems?: readonly unknown[] } | null): void {
  if (report?.problems && report.problems.length > 0) console.warn('backup problems', report.problems);
}

function startApp(): void {
  let core: Station | null = null;
  let backupTimer: NodeJS.Timeout | null = null;
  let refresher: FiguresRefresher | null = null;
  let mainWindow: BrowserWindow | null = null;

  // A second double-click on the shortcut brings the open window forward instead of opening the database twice.
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    unregisterRpc();
    if (backupTimer) clearInterval(backupTimer);
    refresher?.stop();
    // the PC is often switched off at the wall right after: take the exit backup before closing the database
    if (core?.core) logBackup(backupOnExit(core.core.store));
    core?.close();
    core = null;
  });

  const onReady = (): void => {
    const paths = resolveAppPaths();
    hardenSession(session.defaultSession);
    handleAppProtocol(paths.rendererDir);
    const opened = openStationOrExplain(paths);
    if (!opened) {
      app.quit();
      return;
    }
    core = opened;
    registerRpc(async (handle, channel, input, sender) => {
      const result = await opened.dispatch(handle, channel, input);
      // the core validated the print request and the log-in; printing itself belongs to the window
      if (channel === 'print:page' && result.ok) return printPage(sender, channels['print:page'].input.parse(input));
      return result;
    });
    // daily backup at start and then hourly (the app may stay open for days); cheap when today's exists
    const daily = () => {
      if (opened.core) logBackup(dailyBackupIfDue(opened.core.store));
    };
    daily();
    backupTimer = setInterval(daily, HOUR_MS);
    // the statistics of recent quarters are counted while the station is idle, so 统计分析 opens at once
    refresher = startFiguresRefresher(() => opened.core?.store ?? null);
    installAppMenu();
    mainWindow = createMainWindow(paths.preloadPath);
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
  };

  app
    .whenReady()
    .then(onReady)
    .catch((error: unknown) => {
      console.error('startup failed', error);
      dialog.showErrorBox('启动失败', error instanceof Error ? error.message : String(error));
      app.quit();
    });
}

// Stack traces from the bundle point at the TypeScript sources (build-main writes source maps).
process.setSourceMapsEnabled(true);
// Both must happen before 'ready': privileged schemes are fixed at start-up, and hardening must see every webContents.
registerAppScheme();
hardenAllWebContents();
if (process.platform === 'win32') app.setAppUserModelId(APP_USER_MODEL_ID);

if (app.requestSingleInstanceLock()) startApp();
else app.quit();
