// Bundles the Electron main process and the preload into build/app/*.cjs (package.json "main" points here).
// CommonJS because Electron's sandboxed preload cannot load ES modules, and one format for both keeps it simple.
// esbuild reads tsconfig.json's "paths", so @core/* and @shared/* resolve without extra plugins.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

// electron is provided by the runtime. better-sqlite3 stays a real package in node_modules because its native
// addon is loaded through the nativeBinding path (see scripts/electron-native.mjs), not bundled.
const external = ['electron', 'better-sqlite3'];

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  // Electron 40 ships Node 24; node22 keeps the output valid for both and for the Chromium that runs the preload.
  target: 'node22',
  external,
  sourcemap: true,
  tsconfig: 'tsconfig.json',
  logLevel: 'info',
  outExtension: { '.js': '.cjs' },
  outdir: 'build/app',
};

await Promise.all([
  build({
    ...common,
    // the import worker parses Excel files off the main process (main/core/io/import/run-parse.ts finds it beside main.cjs)
    entryPoints: { main: 'main/app/main.ts', 'import-worker': 'main/core/io/import/parse-worker.ts' },
    // Core modules are ESM and some use import.meta.url (e.g. sourceResourcesDir() in main/core/paths.ts, which
    // the desktop app never calls). A CommonJS bundle has no import.meta, so define it as the bundle's own URL:
    // no build warning, and no crash if such code is reached. Paths relative to it point into build/app, so
    // Electron code finds its files through main/app/app-paths.ts instead.
    define: { 'import.meta.url': '__bundleFileUrl' },
    banner: { js: "const __bundleFileUrl = require('node:url').pathToFileURL(__filename).href;" },
  }),
  // The preload runs in a sandboxed renderer, where require() knows only 'electron': no Node built-ins, no banner.
  build({ ...common, entryPoints: { preload: 'main/preload/preload.ts' } }),
]);
