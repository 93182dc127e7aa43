// npm start: build the renderer and the main process, make sure the Electron build of better-sqlite3 exists, then
// run Electron on the project folder and hand back its exit code.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

export const STEPS = ['scripts/build-renderer.mjs', 'scripts/build-main.mjs', 'scripts/electron-native.mjs'];

export const MISSING_ELECTRON_MESSAGE = [
  '找不到 Electron 程序文件，无法启动桌面版。',
  '可能安装依赖时设置了 ELECTRON_SKIP_BINARY_DOWNLOAD，或下载被网络中断。',
  '请联网后运行：node node_modules/electron/install.js',
  '不需要桌面窗口时，也可以用 npm run serve 在浏览器中使用。',
  '',
  'The Electron binary is missing (ELECTRON_SKIP_BINARY_DOWNLOAD was set, or its download failed).',
  'Run `node node_modules/electron/install.js` with internet access, or use `npm run serve` for the browser version.',
].join('\n');

/** The binary's path, or null when the electron package is installed without its binary. */
export function findElectronBinary(root = ROOT) {
  try {
    // The electron package's main export is the path of the executable; it throws when path.txt is missing.
    const binary = createRequire(path.join(root, 'package.json'))('electron');
    return typeof binary === 'string' && existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

/** ELECTRON_RUN_AS_NODE (set by some editors' terminals) would start Electron as plain Node and ignore our app. */
export function electronEnv(env = process.env) {
  const { ELECTRON_RUN_AS_NODE: _ignored, ...rest } = env;
  return rest;
}

function runStep(script) {
  const result = spawnSync(process.execPath, [path.join(ROOT, script)], { cwd: ROOT, stdio: 'inherit' });
  return result.status ?? 1;
}

export function main(argv = []) {
  // Look for the binary first: no point building for a minute only to fail at the end.
  const electron = findElectronBinary();
  if (!electron) {
    console.error(MISSING_ELECTRON_MESSAGE);
    return 1;
  }
  for (const step of STEPS) {
    const status = runStep(step);
    if (status !== 0) {
      console.error(`${step} 失败 (exit ${status})`);
      return status;
    }
  }
  const result = spawnSync(electron, [ROOT, ...argv], { cwd: ROOT, stdio: 'inherit', env: electronEnv() });
  if (result.error) {
    console.error(`无法启动 Electron: ${result.error.message}`);
    return 1;
  }
  // A signal (window killed from Task Manager) has no exit code; report it as a failure.
  return result.status ?? 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
