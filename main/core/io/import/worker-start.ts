// How the import worker is started. The bundled app (build/app/*.cjs) runs the bundled `import-worker.cjs` beside it
// (scripts/build-main.mjs). From the source tree (CLI, bridge, tests, bench) the TypeScript worker is bundled here
// with esbuild, which those runs have (tsx runs on it): loading the worker through tsx's module hooks instead costs
// about half a second more per import, mostly on exceljs's hundreds of files. Packages stay outside the bundle and
// are required from node_modules by their full path. Without esbuild, the worker is loaded through tsx.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

export type WorkerStart = { script: string | URL; eval: boolean };

type EsbuildApi = typeof import('esbuild');

let fromSource: Promise<WorkerStart | null> | null = null;

/** null: no worker can be started; the file is then read in the calling thread. */
export function workerStart(): Promise<WorkerStart | null> {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) {
    const bundled = fileURLToPath(new URL('./import-worker.cjs', here));
    return Promise.resolve(fs.existsSync(bundled) ? { script: bundled, eval: false } : null);
  }
  // one bundle per process: the sources do not change under a running CLI, server or test file
  fromSource ??= bundleSource(here).catch(() => tsxBoot(here));
  return fromSource;
}

async function bundleSource(here: string): Promise<WorkerStart | null> {
  const require = createRequire(here);
  const esbuild = require('esbuild') as EsbuildApi;
  const result = await esbuild.build({
    entryPoints: [fileURLToPath(new URL('./parse-worker.ts', here))],
    tsconfig: fileURLToPath(new URL('../../../../tsconfig.json', here)),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    write: false,
    logLevel: 'silent',
    plugins: [
      {
        name: 'packages-from-node-modules',
        setup(build) {
          build.onResolve({ filter: /^[^./]/ }, (args) => {
            if (/^(@core|@shared)\//.test(args.path) || args.path.startsWith('node:')) return undefined;
            return { path: require.resolve(args.path), external: true };
          });
        },
      },
    ],
  });
  const code = result.outputFiles[0]?.text;
  return code === undefined ? tsxBoot(here) : { script: code, eval: true };
}

function tsxBoot(here: string): WorkerStart | null {
  let tsxApi: string;
  try {
    // require.resolve finds the CommonJS build; the worker imports the ES module beside it
    const cjs = createRequire(here).resolve('tsx/esm/api');
    tsxApi = pathToFileURL(cjs.replace(/\.cjs$/, '.mjs')).href;
  } catch {
    return null;
  }
  const entry = new URL('./parse-worker.ts', here).href;
  const tsconfig = fileURLToPath(new URL('../../../../tsconfig.json', here));
  const options = JSON.stringify({ parentURL: entry, tsconfig });
  const boot = `import(${JSON.stringify(tsxApi)}).then((api) => api.tsImport(${JSON.stringify(entry)}, ${options}));`;
  return { script: boot, eval: true };
}
