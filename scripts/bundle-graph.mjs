// What the production build's JavaScript is made of, read from Vite's manifest: shared by the
// size check and by the end-to-end test that proves the first-visit list true in a browser.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The charts the dashboard draws; all three are built into the one charts chunk. */
export const CHART_MODULES = ['src/ui/charts/TrendChart.tsx', 'src/ui/charts/HealthByUnitChart.tsx', 'src/ui/charts/ProgressChart.tsx'];

/**
 * The lazily loaded modules (as source paths, the manifest's keys) that opening the dashboard
 * fetches. Screens that later load lazily on their own routes stay out of it; the first-visit
 * end-to-end test fails if this list and what the browser loads ever disagree.
 */
export const FIRST_VISIT_LAZY = [
  // The dashboard below its headline: the road to the next level, gaps, measures, trend.
  'src/features/dashboard/more/DashboardMore.tsx',
  // The seed document: a first visit finds the browser database empty and fills it.
  'mocks/seedDataSet.ts',
  // The planning officer's list of figures the document states twice, beside the score.
  'src/features/dashboard/ConsistencyWarnings.tsx',
  // The tab's title, set after the first screen.
  'src/app/RouteTitle.tsx',
  // The browser store's check of every record for damage, after the first screen (DataNotices).
  'src/data/adapters/idb/wholeDataSet.ts',
  // The words for failures, fetched once the first screen is up (src/i18n/errorWordsLoader.ts).
  'src/i18n/errorMessages.ts',
  'src/i18n/errorWords.ts',
  // The dashboard's charts (recharts, in the charts chunk), drawn near the viewport or on idle.
  ...CHART_MODULES,
];

/**
 * Modules the entry imports dynamically but always, before the dashboard can render: the entry
 * evaluates the app in a task of its own, after React's. They count as initial. (vite.config.ts
 * lists these and FIRST_VISIT_LAZY again, for the shared chunk; keep the two alike.)
 */
export const ALWAYS_LAZY = ['src/app/startApp.tsx'];

export function readManifest(dist = 'dist') {
  const file = join(dist, '.vite', 'manifest.json');
  if (!existsSync(file)) throw new Error(`${file} not found; run \`npm run build\` first.`);
  return JSON.parse(readFileSync(file, 'utf8'));
}

export function entryKey(manifest) {
  const key = (manifest['index.html']?.isEntry && 'index.html') || Object.keys(manifest).find((k) => manifest[k].isEntry);
  if (!key) throw new Error('no entry chunk in the manifest.');
  return key;
}

/** Keys of `start` and everything reachable from them through static imports. */
export function withStaticImports(manifest, start, seen = new Set()) {
  const stack = [...start];
  while (stack.length) {
    const key = stack.pop();
    if (seen.has(key) || !manifest[key]) continue;
    seen.add(key);
    stack.push(...(manifest[key].imports ?? []));
  }
  return seen;
}

/** The manifest keys a first visit loads: the entry's static graph, then the listed lazy modules'. */
export function bundleGraph(manifest) {
  const missing = [...ALWAYS_LAZY, ...FIRST_VISIT_LAZY].filter((key) => !manifest[key]);
  if (missing.length) throw new Error(`ALWAYS_LAZY or FIRST_VISIT_LAZY names modules the build does not have: ${missing.join(', ')}`);
  const initial = withStaticImports(manifest, [entryKey(manifest), ...ALWAYS_LAZY]);
  const firstVisit = withStaticImports(manifest, FIRST_VISIT_LAZY, new Set(initial));
  return { initial, firstVisit };
}

/** Output files of some manifest keys; several keys can share a file, so it is a set. */
export function filesOf(manifest, keys, ext = '.js') {
  return new Set([...keys].map((k) => manifest[k].file).filter((f) => f.endsWith(ext)));
}

export function cssFilesOf(manifest, keys) {
  return new Set([...keys].flatMap((k) => manifest[k].css ?? []));
}
