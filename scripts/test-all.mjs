// `npm test`: every check a change must pass, in the order that fails fastest, then one closing line
// "N passed, M failed" that counts every test of every stage.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const results = [];
const reportDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ls-test-report-'));
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

function run(name, command, args, count, env = {}) {
  console.log(`\n=== ${name} ===`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0', ...env } });
  const ok = result.status === 0;
  const counted = count?.() ?? { passed: ok ? 1 : 0, failed: ok ? 0 : 1 };
  if (!ok && counted.failed === 0) counted.failed = 1; // a stage that crashed before counting still fails
  results.push({ name, ok, seconds: ((Date.now() - started) / 1000).toFixed(1), ...counted });
  return ok;
}

function vitestCounts(file) {
  return () => {
    if (!fs.existsSync(file)) return undefined;
    const report = JSON.parse(fs.readFileSync(file, 'utf8'));
    return { passed: report.numPassedTests, failed: report.numFailedTests + (report.numRuntimeErrorTestSuites ?? 0) };
  };
}

function playwrightCounts(file) {
  return () => {
    if (!fs.existsSync(file)) return undefined;
    const stats = JSON.parse(fs.readFileSync(file, 'utf8')).stats;
    return { passed: stats.expected + stats.flaky, failed: stats.unexpected };
  };
}

const vitestReport = path.join(reportDir, 'vitest.json');
const playwrightReport = path.join(reportDir, 'playwright.json');

run('typecheck', npx, ['tsc', '-p', 'tsconfig.json', '--noEmit']);
run('typecheck (renderer)', npx, ['tsc', '-p', 'tsconfig.web.json', '--noEmit']);
run('lint', npx, ['eslint', '.']);
run('format', npx, ['prettier', '--check', '.']);
run(
  'unit, database, core, CLI (vitest)',
  npx,
  ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestReport}`],
  vitestCounts(vitestReport),
);
run('Electron security scan (electronegativity)', process.execPath, ['scripts/electronegativity.mjs']);
run('build renderer', process.execPath, ['scripts/build-renderer.mjs']);
run(
  'end to end (Playwright, Chromium, npm run serve)',
  npx,
  ['playwright', 'test', '--reporter=list,json'],
  playwrightCounts(playwrightReport),
  { PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightReport },
);

const passed = results.reduce((sum, r) => sum + r.passed, 0);
const failed = results.reduce((sum, r) => sum + r.failed, 0);
console.log('\n=== summary ===');
for (const r of results)
  console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.name} (${r.passed} passed, ${r.failed} failed, ${r.seconds}s)`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(results.every((r) => r.ok) ? 0 : 1);
