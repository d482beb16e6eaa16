/// <reference types="node" />
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// The web app: built to dist/web and served by `npm start` (src/server/plugins/web.ts).
export default defineConfig({
  root: here('.'),
  base: '/',
  plugins: [react()],
  resolve: {
    // The console runs the engine in the browser: src/core is pure TypeScript (no I/O), imported as source.
    alias: { '@core': here('../src/core') },
  },
  html: {
    // The server replaces this with a fresh nonce per response and allows only that nonce in style-src.
    cspNonce: 'DEFUSE_CSP_NONCE',
  },
  build: {
    outDir: here('../dist/web'),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 2500,
  },
  server: {
    // `npm run dev:web` with `npm start` on :3000 for the API.
    proxy: { '/api': { target: 'http://127.0.0.1:3000', ws: true } },
  },
});
