// Builds the renderer (renderer/ → build/renderer/) with renderer/vite.config.ts. Quiet on success: the config sets
// logLevel 'warn', so only warnings and errors reach the terminal.
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const configFile = fileURLToPath(new URL('../renderer/vite.config.ts', import.meta.url));
const started = Date.now();

try {
  await build({ configFile, logLevel: 'warn' });
  console.log(`renderer built in ${((Date.now() - started) / 1000).toFixed(1)}s → build/renderer`);
} catch (error) {
  console.error('renderer build failed:', error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
