// Builds the three Electron bundles. The renderer bundle is also what browser mode serves.
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve(import.meta.dirname, 'src/main/index.ts'),
          // Import's worker threads load this file beside the main bundle (out/main/prepare-worker.js).
          'prepare-worker': resolve(import.meta.dirname, 'src/core/ingest/prepare-worker.ts'),
          // …and this one checkpoints the store's log during a large import (out/main/checkpoint-worker.js).
          'checkpoint-worker': resolve(import.meta.dirname, 'src/core/ingest/checkpoint-worker.ts'),
        },
        external: ['better-sqlite3', 'exceljs', 'xlsx'],
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve(import.meta.dirname, 'src/preload/index.ts') },
        // A sandboxed preload must be CommonJS.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'src/renderer',
    plugins: [react()],
    build: {
      outDir: 'out/renderer',
      rollupOptions: { input: { index: resolve(import.meta.dirname, 'src/renderer/index.html') } },
    },
  },
});
