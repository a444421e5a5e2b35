import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Every feature folder, so that "features never import each other" needs no list kept by hand.
const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

/**
 * The layers of docs/architecture.md: app → features → data → domain; ui and i18n serve every
 * feature. Each zone forbids files in `target` to import from `from`; tests/unit/lint/layers.test.ts
 * proves they fire.
 */
const layerZones = [
  {
    target: './src/domain',
    from: ['./src/app', './src/data', './src/features', './src/ui', './src/i18n', './mocks'],
    message: 'domain is pure: it imports nothing of ours outside src/domain.',
  },
  {
    target: './src/data',
    from: ['./src/app', './src/features', './src/ui', './src/i18n', './mocks'],
    message: 'data may import only from src/domain.',
  },
  {
    target: './src/ui',
    from: ['./src/app', './src/features', './src/data', './mocks'],
    message: 'ui is shared by every feature and knows no feature, store or app shell.',
  },
  {
    target: './src/i18n',
    from: ['./src/app', './src/features', './src/data', './src/ui', './mocks'],
    message: 'i18n holds messages and formatting only.',
  },
  {
    target: './api',
    from: ['./src/app', './src/features', './src/ui', './src/i18n', './mocks', './server'],
    message: 'api is the REST contract over the Store: it serves the mocked API and the server alike.',
  },
  {
    target: './server',
    from: ['./src/app', './src/features', './src/ui', './src/i18n', './mocks'],
    message: 'the server uses the domain, the Store contract and api/ only: no screens, no mocked API.',
  },
  {
    target: './src/features',
    from: ['./src/app', './mocks'],
    message: 'features do not reach up into the app shell or into mock data.',
  },
  {
    target: ['./src/features', './src/ui', './src/i18n'],
    from: './src/data/adapters',
    message: 'Screens use the Store through query hooks; only the app shell chooses an adapter.',
  },
  // Keyed on the imported feature, so a file in a feature folder made tomorrow is covered too.
  ...features.map((feature) => ({
    target: [`./src/features/!(${feature})/**/*`, './src/features/*.{ts,tsx}'],
    from: `./src/features/${feature}`,
    message: 'features never import each other: move shared code down to ui, data or domain.',
  })),
];

// Screens reach data through query hooks over the Store, never storage or the network directly;
// the domain touches neither.
const directIo = ['localStorage', 'sessionStorage', 'indexedDB', 'fetch', 'XMLHttpRequest', 'WebSocket'];
const ioMessage = 'Only src/data touches storage or the network; screens use query hooks over the Store.';
const ioRules = {
  'no-restricted-globals': ['error', ...directIo.map((name) => ({ name, message: ioMessage }))],
  'no-restricted-properties': [
    'error',
    ...directIo.flatMap((property) =>
      ['window', 'globalThis', 'self'].map((object) => ({ object, property, message: ioMessage })),
    ),
  ],
};

// Classic zod cannot be tree-shaken and adds ~17 KB gzip to every first visit; zod/mini has the
// same schemas as functions.
const classicZod = { name: 'zod', message: "Import * as z from 'zod/mini': classic zod costs every visit ~17 KB gzip." };

export default tseslint.config(
  { ignores: ['dist', 'dist-server', 'node_modules', 'public/mockServiceWorker.js', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'import-x/no-restricted-paths': ['error', { zones: layerZones }],
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/app/**', 'src/features/**', 'src/ui/**', 'src/i18n/**', 'src/domain/**'],
    rules: ioRules,
  },
  {
    files: ['src/**', 'mocks/**', 'api/**', 'server/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [classicZod] }] },
  },
  {
    files: ['src/domain/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [classicZod],
          patterns: [
            {
              // recharts is the charts' library (src/ui/charts, in a chunk of their own): a screen's
              // concern, so the domain hands the charts figures and never imports it.
              group: ['react', 'react-dom', 'react-dom/*', 'react-router', '@tanstack/*', 'recharts', 'msw', 'msw/*'],
              message: 'domain is pure: no UI, routing, query or mock libraries.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['scripts/**/*.mjs', 'eslint.config.js', '*.config.ts', 'build/**/*.ts', 'tests/e2e/**', 'server/**', 'tests/server/**', 'tests/load/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // The offline worker runs in the browser as written; the build puts VERSION and PRECACHE first.
    files: ['build/offlineWorker.js'],
    languageOptions: { globals: { ...globals.serviceworker, VERSION: 'readonly', PRECACHE: 'readonly' } },
  },
  {
    // The benchmark's probes and callbacks run inside the page it drives.
    files: ['scripts/bench/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
