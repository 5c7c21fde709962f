import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

/** The browser app: built from src/web into dist/web, which `nextround serve` serves at `/`. */
export default defineConfig({
  root: here,
  base: '/',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    // harper's WebAssembly is 16 MB by design; it loads lazily in a worker, so the size warning is noise.
    chunkSizeWarningLimit: 2000,
  },
  // The proofreader worker imports harper lazily, which needs ES-module workers (iife cannot split chunks).
  worker: { format: 'es' },
  server: { proxy: { '/api': 'http://127.0.0.1:5170' } },
});
