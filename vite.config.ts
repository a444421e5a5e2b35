/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { inlineEntryCss } from './build/inlineEntryCss.ts';
import { offlineWorker } from './build/offlineWorkerPlugin.ts';
import { preloadAppStart } from './build/preloadAppStart.ts';

export default defineConfig({
  plugins: [react(), inlineEntryCss(), preloadAppStart({ firstVisit: ['mocks/seedDataSet.ts'] }), offlineWorker()],
  build: {
    // The size check reads the manifest to find what the entry imports statically.
    manifest: true,
    sourcemap: false,
    rolldownOptions: {
      output: {
        // Left to itself the bundler gives each set of modules the lazy screens share a chunk of
        // its own, so the dashboard waited on 35 small requests before it could paint; on a
        // phone's connection that queue, not the bytes, set LCP (Lighthouse mobile: 3.5 s → 2.4 s).
        codeSplitting: {
          // The HTTP adapter and the server's sign-in are shared only by the mocked API and the
          // server's start, never by a first visit in browser storage: they stay out of it.
          groups: [
            {
              // What the starting shell needs and nothing more: React and the chunk loader. In
              // the shared chunk they made the shell's first task evaluate every schema, rule and
              // catalog the app has (about 100 ms of a phone's time) before it could paint.
              name: 'react',
              test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]|vite[\\/]preload-helper/,
              priority: 2,
            },
            {
              name: 'shared',
              priority: 1,
              test: /[\\/]src[\\/](?!data[\\/]adapters[\\/]http[\\/]|domain[\\/]schemas[\\/]account)(domain|data|i18n|ui)[\\/]/,
              minShareCount: 2,
            },
          ],
        },
      },
    },
  },
  test: {
    globals: true,
    environment: 'jsdom',
    setupFiles: ['./tests/setup.ts'],
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/contract/**/*.test.{ts,tsx}', 'tests/component/**/*.test.{ts,tsx}'],
    css: false,
    // A limit for hangs, not a speed check: CI's two busy cores with coverage on run a jsdom
    // form test at two or three times this machine's pace, past vitest's default 5 s.
    testTimeout: 15_000,
    // The domain is the rules everything else trusts: keep it fully tested.
    coverage: {
      provider: 'v8',
      include: ['src/domain/**'],
      reporter: ['text-summary'],
      thresholds: { lines: 98, statements: 98, functions: 100, branches: 95 },
    },
  },
});
