// JS size budgets, measured gzipped from the production build (run after `npm run build`).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { CHART_MODULES, bundleGraph, withStaticImports, cssFilesOf, filesOf, readManifest } from './bundle-graph.mjs';

const INITIAL_JS_BUDGET_KB = 150; // entry + its static imports: what the dashboard needs to render
// Plus the lazy chunks opening the dashboard fetches, recharts' included: under the 361 KB that
// the model admin dashboard of this stack (satnaing/shadcn-admin) loads.
const FIRST_VISIT_JS_BUDGET_KB = 340;
const KB = 1000; // bytes, as in Vite's own build output, so the two figures compare
// SIZE_DIST checks another build folder (a build made beside a dist/ that is in use).
const DIST = process.env.SIZE_DIST ?? 'dist';

// Paths are relative to the project root, wherever this is run from.
process.chdir(fileURLToPath(new URL('..', import.meta.url)));

let manifest, graph;
try {
  manifest = readManifest(DIST);
  graph = bundleGraph(manifest);
} catch (err) {
  console.error(`size-check: ${err.message}`);
  process.exit(1);
}

const gzCache = new Map();
function gzBytes(file) {
  if (!gzCache.has(file)) gzCache.set(file, gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length);
  return gzCache.get(file);
}
const totalKB = (files) => [...files].reduce((sum, f) => sum + gzBytes(f), 0) / KB;
const kb = (n) => `${n.toFixed(1)} KB`;

const initialFiles = filesOf(manifest, graph.initial);
const firstVisitFiles = filesOf(manifest, graph.firstVisit);
const allFiles = filesOf(manifest, Object.keys(manifest));
const laterFiles = [...allFiles].filter((f) => !firstVisitFiles.has(f));
const initialKB = totalKB(initialFiles);
const firstVisitKB = totalKB(firstVisitFiles);

console.log(`initial JS (gzip):     ${kb(initialKB)} / budget ${INITIAL_JS_BUDGET_KB} KB`);
console.log(`first visit JS (gzip): ${kb(firstVisitKB)} / budget ${FIRST_VISIT_JS_BUDGET_KB} KB`);
// The charts' chunk alone, and what else it imports that the first screen did not already load.
const chartFiles = filesOf(manifest, withStaticImports(manifest, CHART_MODULES));
const chartsOnly = [...chartFiles].filter((f) => !initialFiles.has(f));
console.log(`charts chunk (gzip):   ${kb(totalKB(chartsOnly))} (${chartsOnly.join(', ')})`);
// Excel's reader and writer (and the zip code they share) load when a file is chosen or an export
// asked for, never on a first visit. Found by what they hold, not by name: the writer's
// SpreadsheetML namespace and the reader's shared-strings part, which the app's own code never
// spells, so a library that slipped into another chunk is found there too.
const XLSX_MARKS = ['spreadsheetml/2006/main', 'sharedStrings'];
const xlsxFiles = [...allFiles].filter((f) => {
  const text = readFileSync(join(DIST, f), 'utf8');
  return XLSX_MARKS.some((mark) => text.includes(mark));
});
const xlsxKeys = Object.keys(manifest).filter((k) => xlsxFiles.includes(manifest[k].file));
const xlsxChunks = [...filesOf(manifest, withStaticImports(manifest, xlsxKeys))].filter((f) => !initialFiles.has(f));
const rawKB = (files) => files.reduce((sum, f) => sum + readFileSync(join(DIST, f)).length, 0) / KB;
console.log(`xlsx chunks (gzip):    ${kb(totalKB(xlsxChunks))}, raw ${kb(rawKB(xlsxChunks))} (${xlsxChunks.join(', ')})`);
console.log(
  `CSS (gzip, no budget): initial ${kb(totalKB(cssFilesOf(manifest, graph.initial)))}, first visit ${kb(totalKB(cssFilesOf(manifest, graph.firstVisit)))}`,
);
console.log(`loaded later, on other screens (no budget here): ${laterFiles.length} chunks, ${kb(totalKB(laterFiles))}`);
console.log('largest first-visit chunks (gzip):');
for (const f of [...firstVisitFiles].sort((a, b) => gzBytes(b) - gzBytes(a)).slice(0, 5)) {
  console.log(`  ${kb(gzBytes(f) / KB).padStart(9)}  ${f}`);
}

const over = [];
if (initialKB > INITIAL_JS_BUDGET_KB) over.push(`initial JS ${kb(initialKB)} exceeds the ${INITIAL_JS_BUDGET_KB} KB budget`);
if (firstVisitKB > FIRST_VISIT_JS_BUDGET_KB) over.push(`first visit JS ${kb(firstVisitKB)} exceeds the ${FIRST_VISIT_JS_BUDGET_KB} KB budget`);
if (xlsxFiles.length === 0) over.push('no chunk holds an .xlsx library, so this check could not see one on the first visit');
const xlsxFirst = xlsxFiles.filter((f) => firstVisitFiles.has(f));
// fflate's asynchronous calls start a Worker from a blob: URL, which the server's CSP refuses;
// vite.config.ts swaps in its synchronous ones (src/ui/xlsx/zipNow.ts).
const xlsxWorkers = xlsxChunks.filter((f) => readFileSync(join(DIST, f), 'utf8').includes('new Worker'));
if (xlsxWorkers.length) over.push(`an .xlsx chunk can start a Worker, which the CSP forbids (${xlsxWorkers.join(', ')})`);
// The timeframe parser (its quarter words appear nowhere else) loads when a measure is written or
// the seed imported: in the first screen's files it would cost every visit its weight.
const parserInitial = [...initialFiles].filter((f) => f.endsWith('.js') && readFileSync(join(DIST, f), 'utf8').includes('ไตรมาส'));
if (parserInitial.length) over.push(`the first screen loads the timeframe parser (${parserInitial.join(', ')})`);
if (xlsxFirst.length) over.push(`the first visit loads the .xlsx library (${xlsxFirst.join(', ')})`);
if (over.length) {
  console.error(`size-check FAILED: ${over.join('; ')}.`);
  process.exit(1);
}
console.log('size-check: within budget.');
