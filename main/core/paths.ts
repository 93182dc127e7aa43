import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// Electron's app.getPath('userData') is <appData>/<productName>; the CLI and the bridge compute the same folder
// without Electron so that `npm run cli -- check` looks at the database the desktop app uses.
export const PRODUCT_NAME = '劳动保障站实名制台账';
export const DB_FILE_NAME = 'labour-station.sqlite';

export function appDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (platform === 'win32') return env.APPDATA ?? path.join(os.homedir(), 'AppData', 'Roaming');
  if (platform === 'darwin') return path.join(os.homedir(), 'Library', 'Application Support');
  return env.XDG_CONFIG_HOME ?? path.join(os.homedir(), '.config');
}

export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.join(appDataDir(env), PRODUCT_NAME);
}

/** `LABOUR_STATION_DB` wins, so scripts and the county's IT can point every tool at one file. */
export function defaultDbPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.LABOUR_STATION_DB ?? path.join(defaultDataDir(env), DB_FILE_NAME);
}

/** resources/ of the source tree; the packaged app passes process.resourcesPath instead. */
export function sourceResourcesDir(): string {
  return fileURLToPath(new URL('../../resources', import.meta.url));
}
