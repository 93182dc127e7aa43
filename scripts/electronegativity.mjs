// npm run test:security — Doyensec's electronegativity over the Electron shell and the renderer sources.
// Fails (exit 1) on any HIGH or MEDIUM finding and on any file it could not parse (an unparsed file is unscanned).
//
// Run in-process through its library entry rather than its CLI, for two reasons found by reading its code:
//   * the CLI always exits 0, so only its output could tell pass from fail;
//   * it reaches the network twice: its i18n loader fetches translations on every start, and the
//     AvailableSecurityFixesGlobalCheck downloads Electron's release list. This project must check offline, so the
//     release check is excluded and the HTTP client it uses (`got`) is replaced by one that fails at once.
// The findings are still written as CSV (build/security/) for CI artifacts and for reading by hand.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire, Module } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);

/**
 * Sources scanned. main/core, bridge and cli never import Electron; scanning them costs little and catches a slip.
 * They are scanned as one tree because the global checks (navigation limits, permission handler) judge the whole
 * app: the renderer alone would "miss" the handlers that live in main/app.
 */
export const INPUTS = ['main', 'renderer'];

export const EXCLUDED_CHECKS = [
  // Fire on every BrowserWindow that has a preload; ours exposes one validated function (see main/preload).
  'AuxclickJSCheck',
  'PreloadJSCheck',
  // Downloads Electron's release list; offline by design. Electron upgrades are tracked in package.json instead.
  'AvailableSecurityFixesGlobalCheck',
];

export const FAILING_SEVERITIES = new Set(['HIGH', 'MEDIUM']);

/**
 * Our own supplement. electronegativity drops every nodeIntegration finding when the same object has a `sandbox`
 * key (NodeIntegrationJSCheck: "sandbox disables node integration"), and reports an explicit `nodeIntegration: true`
 * only as INFORMATIONAL. A window we pin as sandboxed must never be weakened silently, so these literals fail here.
 */
export const WEAKENED_PREFERENCES = [
  /\b(nodeIntegration|nodeIntegrationInWorker|nodeIntegrationInSubFrames|webviewTag|allowRunningInsecureContent|experimentalFeatures)\s*:\s*true\b/,
  /\b(contextIsolation|sandbox|webSecurity)\s*:\s*false\b/,
];

/** Pure: HIGH rows for weakened web preferences in one file's text. */
export function weakenedPreferenceFindings(file, text) {
  const rows = [];
  text.split('\n').forEach((line, index) => {
    for (const pattern of WEAKENED_PREFERENCES) {
      const match = pattern.exec(line);
      if (match) {
        rows.push({
          severity: 'HIGH',
          confidence: 'CERTAIN',
          id: 'WEAKENED_WEB_PREFERENCE',
          file,
          location: `${index + 1}:${match.index}`,
          description: `${match[0]} weakens the renderer's isolation (see main/app/window.ts)`,
        });
      }
    }
  });
  return rows;
}

function scanWeakenedPreferences(tree) {
  return readdirSync(tree, { recursive: true })
    .map(String)
    .filter((file) => /\.(ts|tsx|js|mjs|cjs)$/.test(file))
    .flatMap((file) =>
      weakenedPreferenceFindings(file.split(path.sep).join('/'), readFileSync(path.join(tree, file), 'utf8')),
    );
}

/** Any HTTP call electronegativity makes fails immediately, and its callers already treat failure as "offline". */
function installOfflineHttpClient() {
  const fromPackage = createRequire(require.resolve('@doyensec/electronegativity/dist/locales/i18n.js'));
  const gotPath = fromPackage.resolve('got');
  const offline = () => Promise.reject(new Error('network disabled by scripts/electronegativity.mjs'));
  offline.head = offline;
  offline.get = offline;
  const stub = new Module(gotPath);
  stub.filename = gotPath;
  stub.loaded = true;
  stub.exports = offline;
  require.cache[gotPath] = stub;
}

/** Pure: the findings that fail the run. */
export function failingFindings(rows) {
  return rows.filter((row) => FAILING_SEVERITIES.has(row.severity));
}

function toRow(issue) {
  return {
    severity: issue.severity.name,
    confidence: issue.confidence.name,
    id: issue.id,
    file: issue.file,
    location: `${issue.location.line}:${issue.location.column}`,
    description: issue.description,
  };
}

function printTable(rows) {
  const headers = ['severity', 'confidence', 'id', 'file', 'location', 'description'];
  const widths = headers.map((h) => Math.max(h.length, ...rows.map((r) => String(r[h]).length)));
  const line = (cells) => cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ');
  console.log(line(headers));
  console.log(widths.map((w) => '-'.repeat(w)).join('-+-'));
  for (const row of rows) console.log(line(headers.map((h) => row[h])));
}

/** Copies the inputs into one temporary tree (the tool takes a single input folder). */
function stageSources() {
  const tree = mkdtempSync(path.join(os.tmpdir(), 'labour-station-electronegativity-'));
  for (const input of INPUTS) {
    if (existsSync(path.join(ROOT, input))) cpSync(path.join(ROOT, input), path.join(tree, input), { recursive: true });
  }
  return tree;
}

async function scan(run, tree, electronVersion) {
  const outputDir = path.join(ROOT, 'build', 'security');
  mkdirSync(outputDir, { recursive: true });
  const result = await run(
    {
      input: tree,
      output: path.join(outputDir, 'electronegativity.csv'),
      isSarif: false,
      customScan: [],
      excludeFromScan: EXCLUDED_CHECKS.map((c) => c.toLowerCase()),
      severitySet: 'informational',
      confidenceSet: 'tentative',
      isRelative: true,
      isVerbose: false,
      // Without it the tool assumes Electron 0.1.0 and reports defaults that changed years ago.
      electronVersionOverride: electronVersion,
      parserPlugins: [],
    },
    false,
  );
  return {
    rows: result.issues.map(toRow),
    parseErrors: result.errors.filter((e) => !e.tolerable).map((e) => `${e.file}: ${e.message}`),
  };
}

export async function main() {
  installOfflineHttpClient();
  console.log('electronegativity runs offline: its "Could not retrieve updated translations" line is expected.');
  const run = require('@doyensec/electronegativity');
  const electronVersion = require('electron/package.json').version;
  const tree = stageSources();
  let rows;
  let parseErrors;
  try {
    ({ rows, parseErrors } = await scan(run, tree, electronVersion));
    rows.push(...scanWeakenedPreferences(tree));
  } finally {
    rmSync(tree, { recursive: true, force: true });
  }
  const rank = { HIGH: 0, MEDIUM: 1, LOW: 2, INFORMATIONAL: 3 };
  rows.sort((a, b) => (rank[a.severity] ?? 4) - (rank[b.severity] ?? 4) || a.file.localeCompare(b.file));
  if (rows.length > 0) printTable(rows);
  for (const error of parseErrors) console.error(`无法解析 (not scanned): ${error}`);

  const failing = failingFindings(rows);
  console.log(
    `\nelectronegativity + pinned web preferences over ${INPUTS.join(', ')}: ${rows.length} finding(s), ${failing.length} HIGH/MEDIUM, ` +
      `${parseErrors.length} unparsed file(s); excluded: ${EXCLUDED_CHECKS.join(', ')}`,
  );
  return failing.length === 0 && parseErrors.length === 0 ? 0 : 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  process.exitCode = await main();
}
