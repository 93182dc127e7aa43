// Where the Electron app finds its files, in development (`npm start`, app.getAppPath() = project folder) and
// when installed (app.getAppPath() = …/resources/app.asar, extra files beside it in process.resourcesPath).
import path from 'node:path';
import { app } from 'electron';
import { DB_FILE_NAME } from '@core/paths';

export type AppPaths = {
  dbPath: string;
  migrationsDir: string;
  /** The Electron-ABI build of better-sqlite3; node_modules keeps the plain-Node build for tests and the CLI. */
  nativeBinding: string;
  rendererDir: string;
  preloadPath: string;
};

/** Must match scripts/electron-native.mjs, which builds the file for exactly this Electron version. */
export function electronNativeDirName(): string {
  return `electron-${process.versions.electron}-${process.platform}-${process.arch}`;
}

export function resolveAppPaths(): AppPaths {
  const appRoot = app.getAppPath();
  const resources = app.isPackaged ? process.resourcesPath : path.join(appRoot, 'resources');
  return {
    // Same rule as core's defaultDbPath(): LABOUR_STATION_DB wins, so the CLI and the app can share one file.
    dbPath: process.env.LABOUR_STATION_DB ?? path.join(app.getPath('userData'), DB_FILE_NAME),
    migrationsDir: path.join(resources, 'migrations'),
    nativeBinding: app.isPackaged
      ? path.join(process.resourcesPath, 'native', 'better_sqlite3.node')
      : path.join(appRoot, 'build', 'native', electronNativeDirName(), 'better_sqlite3.node'),
    rendererDir: path.join(appRoot, 'build', 'renderer'),
    preloadPath: path.join(appRoot, 'build', 'app', 'preload.cjs'),
  };
}
