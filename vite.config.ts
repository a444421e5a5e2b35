/// <reference types="vitest/config" />
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { inlineEntryCss } from './build/inlineEntryCss.ts';
import { offlineWorker } from './build/offlineWorkerPlugin.ts';
import { preloadAppStart } from './build/preloadAppStart.ts';
import { startClosure } from './build/startClosure.ts';

// The domain, data, words and shared UI that more than one chunk uses: in the shared chunk when
// the first screen needs them, else in a later one. The HTTP adapter and the server's sign-in are
// shared only by the mocked API and the server's start, never by a first visit in browser
// storage: they stay out of both. The Excel helpers stay out too: in shared-later they made the
// Excel chunks import it, and with it everything else the later screens share.
// Password words stay out: the password tables are read at module start by catalogs in the
// accounts and first-run chunks, and in the shared chunk they formed a cycle with those chunks
// in which the tables were still undefined when read (every route but the dashboard crashed).
// The sign-in refusals' Thai stays out too: the failure words a first visit prefetches take it,
// and in shared-later it made that prefetch load all of shared-later (28 KB more on a first visit).
// The browser store's backup, restore, record check and file reads load when first asked for
// (the damaged-record check after the first screen): in shared-later they would bring it all along.
const SHARED = /[\\/]src[\\/](?!data[\\/]adapters[\\/]http[\\/]|data[\\/]adapters[\\/]idb[\\/](wholeDataSet|checkDataSet|evidenceFiles)\.ts|domain[\\/]schemas[\\/]dataSet\.ts|domain[\\/]alreadySetUp\.ts|domain[\\/]schemas[\\/]account|ui[\\/]xlsx[\\/]|ui[\\/]passwordProblemWords|domain[\\/]passwordRule|domain[\\/]signInRefusals)(domain|data|i18n|ui)[\\/]/;
// The first screen: the entry, the app's start, and what a first visit loads lazily (as
// scripts/bundle-graph.mjs lists them for the size check), with a department head's own list.
// recharts and what it brings (its store, d3's scales and shapes), with our charts: a chunk of their
// own that the dashboard loads after its first screen (WhenNear), never in the start's closure.
const CHARTS = /[\\/](node_modules[\\/](recharts|@reduxjs|redux|redux-thunk|react-redux|reselect|immer|use-sync-external-store|victory-vendor|d3-[a-z-]+|internmap|decimal\.js-light|es-toolkit|eventemitter3|tiny-invariant|react-is)[\\/]|src[\\/]ui[\\/]charts[\\/](?!lazyCharts|WhenNear))/;
// The Excel reader and writer, fetched only when a file is chosen or an export asked for: chunks
// of their own, named so the size check's report reads, with the zip code both use in a third
// so neither drags in the other.
const XLSX_READ = /[\\/]node_modules[\\/](read-excel-file|saxen|unzipper-esm|worker-f|node-int64)[\\/]/;
const XLSX_WRITE = /[\\/]node_modules[\\/]write-excel-file[\\/]/;
// The timeframe parser: read when a measure is written or the seed imported, never by the first
// screen. Without a group of its own the seed's use of it would put it in the shared chunk.
const TIMEFRAME_PARSER = /[\\/]src[\\/]domain[\\/]timeframe(?!Format)\w*\.ts$/;
const XLSX_ZIP = /[\\/]node_modules[\\/]fflate[\\/]|[\\/]src[\\/]ui[\\/]xlsx[\\/]zipNow\.ts$|^\0xlsx-zip-now:/;

/**
 * The Excel libraries zip and unzip with fflate's synchronous calls (src/ui/xlsx/zipNow.ts), not
 * its asynchronous ones: those start a Worker from a blob: URL for a large part, which the
 * server's Content-Security-Policy (worker-src 'self') refuses. The size check fails if an xlsx
 * chunk can start a Worker again.
 */
function xlsxZipNow(): Plugin {
  const swaps: readonly [importer: RegExp, source: string, name: 'zipNow' | 'unzipNow'][] = [
    [/[\\/]write-excel-file[\\/]modules[\\/]export[\\/]writeXlsxFileUniversal\.js$/, '../zip/zipToArrayBuffer.js', 'zipNow'],
    [/[\\/]read-excel-file[\\/]modules[\\/]export[\\/]unpackXlsxFileUniversal\.js$/, '../zip/unzipFromArrayBuffer.js', 'unzipNow'],
  ];
  const prefix = '\0xlsx-zip-now:';
  return {
    name: 'ita:xlsx-zip-now',
    enforce: 'pre',
    resolveId(source, importer) {
      const swap = importer ? swaps.find(([from, spec]) => spec === source && from.test(importer)) : undefined;
      return swap ? prefix + swap[2] : null;
    },
    load(id) {
      if (!id.startsWith(prefix)) return null;
      return `export { ${id.slice(prefix.length)} as default } from ${JSON.stringify(resolve('src/ui/xlsx/zipNow.ts'))};`;
    },
  };
}
// The tests that need no browser run in Node (see test.projects below).
const NODE_TESTS = ['tests/unit/**/*.test.{ts,tsx}', 'tests/contract/**/*.test.{ts,tsx}'];
const DOM_UNIT_TESTS = [
  'tests/unit/data/preferences.test.ts',
  'tests/unit/features/useSlideShow.test.ts',
  'tests/contract/httpStore.contract.test.ts',
];
const start = startClosure([
  'src/app/main.tsx',
  'src/app/startApp.tsx',
  'mocks/seedDataSet.ts',
  'src/features/dashboard/more/DashboardMore.tsx',
  'src/features/dashboard/MyWork.tsx',
  'src/features/dashboard/ConsistencyWarnings.tsx',
  'src/app/RouteTitle.tsx',
  'src/data/adapters/idb/wholeDataSet.ts',
]);

export default defineConfig({
  plugins: [react(), xlsxZipNow(), start.plugin, inlineEntryCss(), preloadAppStart({ firstVisit: ['mocks/seedDataSet.ts'] }), offlineWorker()],
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
          groups: [
            {
              // What the entry needs and nothing more: React and the chunk loader. In the shared
              // chunk they made the entry's task evaluate every schema, rule and catalog the app
              // has too (about 100 ms of a phone's time), before the app's start had its turn.
              name: 'react',
              test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]|vite[\\/]preload-helper/,
              priority: 2,
            },
            {
              // A module the first screen reaches stays with the first screen: were one ever
              // imported there, this group would otherwise drag the whole chunk in with it.
              name: 'charts',
              test: (id) => CHARTS.test(id) && !start.reached(id),
              priority: 3,
              // Its modules only: with their dependencies it would take React from the react
              // group, and every chunk, the entry's too, would import the charts.
              includeDependenciesRecursively: false,
            },
            // Never with the first screen: were one reached there, its module stays where it is
            // and the size check, which looks for Excel's XML in first-visit files, fails.
            ...(
              [
                ['xlsx-read', XLSX_READ],
                ['xlsx-write', XLSX_WRITE],
                ['xlsx-zip', XLSX_ZIP],
              ] as const
            ).map(([name, modules]) => ({
              name,
              test: (id: string) => modules.test(id) && !start.reached(id),
              priority: 3,
              includeDependenciesRecursively: false,
            })),
            {
              name: 'timeframe',
              test: (id: string) => TIMEFRAME_PARSER.test(id),
              priority: 3,
              includeDependenciesRecursively: false,
            },
            {
              name: 'shared',
              priority: 1,
              test: (id) => SHARED.test(id) && start.reached(id),
              minShareCount: 2,
            },
            {
              name: 'shared-later',
              priority: 1,
              test: (id) => SHARED.test(id) && !start.reached(id),
              minShareCount: 2,
              // Its modules only: a library the first screen needs too (react-query's Mutation,
              // which the query client holds) stays where the first screen loads it.
              includeDependenciesRecursively: false,
            },
          ],
        },
      },
    },
  },
  test: {
    globals: true,
    setupFiles: ['./tests/setup.ts'],
    css: false,
    // A limit for hangs, not a speed check: CI's two busy cores with coverage on run a jsdom
    // form test at two or three times this machine's pace, past vitest's default 5 s. At load 6
    // to 11 (two workers beside other work) the longest form test took over 15 s.
    testTimeout: 30_000,
    // Vitest's default is one worker fewer than the cores: one on CI's two, with the other idle
    // while a worker waits on its own imports.
    maxWorkers: 2,
    // Two sets: a jsdom window costs about half a second a file, which the rules, the stores on
    // fake-indexeddb and the file and word checks never look at. A unit test that needs a
    // document, localStorage or XMLHttpRequest goes in DOM_UNIT_TESTS.
    projects: [
      {
        extends: true,
        // Threads start faster than processes: about an eighth less CPU for these files.
        test: { name: 'node', environment: 'node', pool: 'threads', include: NODE_TESTS, exclude: DOM_UNIT_TESTS },
      },
      {
        extends: true,
        // Threads here too: a twentieth less CPU on small component files than a process each.
        test: { name: 'dom', environment: 'jsdom', pool: 'threads', include: ['tests/component/**/*.test.{ts,tsx}', ...DOM_UNIT_TESTS] },
      },
    ],
    // The domain is the rules everything else trusts: keep it fully tested.
    coverage: {
      provider: 'v8',
      include: ['src/domain/**'],
      reporter: ['text-summary'],
      thresholds: { lines: 98, statements: 98, functions: 100, branches: 95 },
    },
  },
});
