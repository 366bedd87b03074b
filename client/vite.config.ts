// Builds the web client into client/dist (served by the server at /). `npm run dev` runs Vite's
// dev server with /graphql and /dev proxied to the API server on PORT (default 4000).
import { createRequire } from 'node:module';
import path from 'node:path';
import { defineConfig } from 'vite';

const require = createRequire(import.meta.url);
// dkfds exports only its JS; its stylesheet (with the fonts and icons it points at) by file path.
const dkfdsCss = path.join(path.dirname(require.resolve('dkfds')), '../css/dkfds.min.css');

const api = `http://127.0.0.1:${process.env.API_PORT ?? '4000'}`;

export default defineConfig({
  root: import.meta.dirname,
  resolve: { alias: { 'dkfds/css': dkfdsCss } },
  // JSX for Preact without a plugin: Vite's own transformer does it.
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The strict CSP allows no inline script or style: no inlined assets, no preload polyfill.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    cssCodeSplit: false,
    sourcemap: false,
    target: 'es2022',
  },
  server: { proxy: { '/graphql': api, '/dev': api, '^/operations/[^/]+\\.ics$': api } },
});
