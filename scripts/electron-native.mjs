// Produces the Electron-ABI build of better-sqlite3 beside, not inside, node_modules.
//
// Why: node_modules/better-sqlite3 is built for plain Node (tests, CLI, `npm run serve`). Electron embeds a
// different V8 and refuses that file (NODE_MODULE_VERSION mismatch). Rebuilding node_modules in place would break
// the Node side instead, so this script builds a second copy and main/app passes its path to better-sqlite3 as the
// `nativeBinding` option:
//   build/native/electron-<version>-<platform>-<arch>/better_sqlite3.node   (cache, one per Electron version)
//   build/native/package-<platform>-<arch>/better_sqlite3.node             (copy that electron-builder ships)
//
// How: copy the package to a temp folder, run its own prebuild-install for the Electron runtime (downloads the
// matching prebuilt binary), and fall back to node-gyp against Electron's headers when no prebuilt exists.
//
// Usage: node scripts/electron-native.mjs [--electron-version X] [--platform P] [--arch A] [--force] [--print-path]
//        [--runtime node]   (builds for this Node through the same steps; only to test the script itself)
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ADDON = 'better_sqlite3.node';
const ELECTRON_HEADERS_URL = 'https://electronjs.org/headers';

export function installedElectronVersion(root = ROOT) {
  const pkg = JSON.parse(readFileSync(path.join(root, 'node_modules', 'electron', 'package.json'), 'utf8'));
  return pkg.version;
}

/**
 * Pure: turns argv into options. `defaults.versionFor(runtime)` supplies the version when none is given, so tests
 * need no node_modules.
 */
export function parseArgs(argv, defaults) {
  const { versionFor, ...rest } = defaults;
  const options = { ...rest, version: undefined, force: false, printPath: false };
  const valueFlags = {
    '--electron-version': 'version',
    '--platform': 'platform',
    '--arch': 'arch',
    '--runtime': 'runtime',
  };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const [flag, inline] = arg.includes('=') ? arg.split(/=(.*)/s) : [arg, undefined];
    if (flag in valueFlags) {
      const value = inline ?? argv[(i += 1)];
      if (!value || value.startsWith('--')) throw new Error(`${flag} 需要一个值 (${flag} needs a value)`);
      options[valueFlags[flag]] = value;
    } else if (flag === '--force') options.force = true;
    else if (flag === '--print-path') options.printPath = true;
    else throw new Error(`未知参数 ${arg} (unknown argument)`);
  }
  if (options.runtime !== 'electron' && options.runtime !== 'node') {
    throw new Error(`--runtime 只能是 electron 或 node (got ${options.runtime})`);
  }
  options.version ??= versionFor(options.runtime);
  if (!/^\d+\.\d+\.\d+(-[\w.]+)?$/.test(options.version ?? ''))
    throw new Error(`版本号无效 (bad version): ${options.version}`);
  return options;
}

/** Must match electronNativeDirName() in main/app/app-paths.ts. */
export function cacheDirName({ runtime, version, platform, arch }) {
  return `${runtime}-${version}-${platform}-${arch}`;
}

export function nativePaths(root, options) {
  const nativeRoot = path.join(root, 'build', 'native');
  return {
    cached: path.join(nativeRoot, cacheDirName(options), ADDON),
    // electron-builder.yml reads build/native/package-${platform}-${arch}; only Electron builds are staged there.
    staged:
      options.runtime === 'electron'
        ? path.join(nativeRoot, `package-${options.platform}-${options.arch}`, ADDON)
        : null,
  };
}

/** Pure: what the script will do, so the skip rule is testable without building anything. */
export function planFor(options, cachedExists) {
  return cachedExists && !options.force ? 'reuse' : 'build';
}

/** The variables npm exports for *our* package or machine would mislead the tools run on the copied package. */
function childEnv(options) {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (key.startsWith('npm_package_')) delete env[key];
  }
  // nodedir points node-gyp at Node's headers; for Electron it must download Electron's instead.
  if (options.runtime === 'electron') delete env.npm_config_nodedir;
  return env;
}

function run(command, args, cwd, env) {
  console.log(`> ${path.basename(args[0] ?? command)} ${args.slice(1).join(' ')}`);
  const result = spawnSync(command, args, { cwd, env, stdio: 'inherit' });
  return result.status === 0;
}

function tryPrebuilt(source, pkgDir, options, env) {
  // prebuild-install is better-sqlite3's own dependency, so resolve it from the original package.
  const bin = createRequire(path.join(source, 'package.json')).resolve('prebuild-install/bin.js');
  const args = [bin, '--runtime', options.runtime, '--target', options.version, '--arch', options.arch];
  return run(process.execPath, [...args, '--platform', options.platform, '--verbose'], pkgDir, env);
}

function tryNodeGyp(pkgDir, options, env) {
  if (options.platform !== process.platform) {
    console.error(`无法为其他平台 (${options.platform}) 从源码编译；请在该平台上运行本脚本。`);
    return false;
  }
  const bin = createRequire(path.join(ROOT, 'package.json')).resolve('node-gyp/bin/node-gyp.js');
  const args = [bin, 'rebuild', '--release', `--target=${options.version}`, `--arch=${options.arch}`];
  if (options.runtime === 'electron') {
    // Electron's documented manual build: its own headers, cached apart from Node's.
    args.push(`--dist-url=${ELECTRON_HEADERS_URL}`, `--devdir=${path.join(os.homedir(), '.electron-gyp')}`);
  }
  return run(process.execPath, args, pkgDir, env);
}

/** Builds into a temp copy of the package, then moves the addon into place (rename, so no half-written file). */
function buildAddon(root, options, target) {
  const source = path.join(root, 'node_modules', 'better-sqlite3');
  const temp = mkdtempSync(path.join(os.tmpdir(), 'labour-station-sqlite-'));
  const pkgDir = path.join(temp, 'better-sqlite3');
  try {
    // build/ holds the Node binary and object files; leaving it out means nothing Node-specific is reused.
    cpSync(source, pkgDir, {
      recursive: true,
      filter: (file) => path.relative(source, file).split(path.sep)[0] !== 'build',
    });
    const env = childEnv(options);
    const built = path.join(pkgDir, 'build', 'Release', ADDON);
    const ok =
      (tryPrebuilt(source, pkgDir, options, env) && existsSync(built)) ||
      (tryNodeGyp(pkgDir, options, env) && existsSync(built));
    if (!ok) return false;
    mkdirSync(path.dirname(target), { recursive: true });
    const partial = `${target}.partial-${process.pid}`;
    copyFileSync(built, partial);
    renameSync(partial, target);
    return true;
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

function stage(cached, staged) {
  if (!staged) return;
  mkdirSync(path.dirname(staged), { recursive: true });
  copyFileSync(cached, staged);
}

export function main(argv, root = ROOT) {
  const options = parseArgs(argv, {
    runtime: 'electron',
    platform: process.platform,
    arch: process.arch,
    versionFor: (runtime) => (runtime === 'electron' ? installedElectronVersion(root) : process.versions.node),
  });
  const { cached, staged } = nativePaths(root, options);
  if (options.printPath) {
    console.log(cached);
    return 0;
  }
  if (planFor(options, existsSync(cached)) === 'reuse') {
    console.log(`已有 ${path.relative(root, cached)}，跳过编译 (already built)`);
  } else if (!buildAddon(root, options, cached)) {
    console.error(
      [
        `无法准备 Electron ${options.version} 版的 better-sqlite3。`,
        `Could not get better-sqlite3 for ${options.runtime} ${options.version} (${options.platform}-${options.arch}):`,
        '  no prebuilt binary could be downloaded (needs internet access to GitHub) and building from source failed',
        '  (needs internet access to download Electron headers once, into ~/.electron-gyp).',
        '  Building from source needs Python 3 and a C++ compiler (Windows: Visual Studio Build Tools, "Desktop development with C++").',
      ].join('\n'),
    );
    return 1;
  } else {
    console.log(`已生成 ${path.relative(root, cached)}`);
  }
  stage(cached, staged);
  return 0;
}

// Run only when executed directly, so tests can import the pure helpers above.
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 2;
  }
}
