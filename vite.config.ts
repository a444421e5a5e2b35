/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  build: {
    // The size check reads the manifest to find what the entry imports statically.
    manifest: true,
    sourcemap: false,
  },
  test: {
    globals: true,
    environment: 'jsdom',
    setupFiles: ['./tests/setup.ts'],
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/contract/**/*.test.{ts,tsx}', 'tests/component/**/*.test.{ts,tsx}'],
    css: false,
    // The domain is the rules everything else trusts: keep it fully tested.
    coverage: {
      provider: 'v8',
      include: ['src/domain/**'],
      reporter: ['text-summary'],
      thresholds: { lines: 98, statements: 98, functions: 100, branches: 95 },
    },
  },
});
