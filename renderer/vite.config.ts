import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// renderer/ may not import Node builtins (lint layer), so file URLs are turned into paths by hand; Vite's config
// loader fills in import.meta.url with this file's URL. The drive-letter case keeps Windows paths valid.
function toPath(url: URL): string {
  const path = decodeURIComponent(url.pathname).replace(/\/$/, '');
  return /^\/[A-Za-z]:/.test(path) ? path.slice(1) : path;
}
const here = toPath(new URL('.', import.meta.url));
const projectRoot = toPath(new URL('..', import.meta.url));

export default defineConfig({
  root: here,
  base: './',
  plugins: [react()],
  resolve: {
    alias: {
      '@shared': `${projectRoot}/shared`,
      '@renderer': here,
    },
  },
  logLevel: 'warn',
  build: {
    outDir: `${projectRoot}/build/renderer`,
    emptyOutDir: true,
    // The CSP is `script-src 'self'`: no inline scripts, so no inlined assets that could turn into them and no
    // modulepreload polyfill (Chromium/Electron support modulepreload natively).
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    target: 'chrome120',
    chunkSizeWarningLimit: 4000,
    reportCompressedSize: false,
  },
});
