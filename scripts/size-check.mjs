// JS size budgets, measured gzipped from the production build's manifest.
// Run after `npm run build` (vite.config.ts sets build.manifest).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const INITIAL_JS_BUDGET_KB = 150; // entry + its static imports: blocks first paint
const FIRST_VISIT_JS_BUDGET_KB = 250; // plus every lazy chunk a first visit may fetch
const KB = 1000; // bytes, as in Vite's own build output, so the two figures compare
const DIST = 'dist';
const MANIFEST = join(DIST, '.vite', 'manifest.json');

// Paths are relative to the project root, wherever this is run from.
process.chdir(fileURLToPath(new URL('..', import.meta.url)));

if (!existsSync(MANIFEST)) {
  console.error(`size-check: ${MANIFEST} not found; run \`npm run build\` first.`);
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));

const entryKey =
  (manifest['index.html']?.isEntry && 'index.html') ||
  Object.keys(manifest).find((k) => manifest[k].isEntry);
if (!entryKey) {
  console.error(`size-check: no entry chunk in ${MANIFEST}.`);
  process.exit(1);
}

/** Keys of `start` and everything reachable from it through static imports. */
function withStaticImports(start, seen = new Set()) {
  const stack = [...start];
  while (stack.length) {
    const key = stack.pop();
    if (seen.has(key) || !manifest[key]) continue;
    seen.add(key);
    stack.push(...(manifest[key].imports ?? []));
  }
  return seen;
}

const initial = withStaticImports([entryKey]);
// Grow to a fixed point: a lazy chunk may itself lazy-load more.
const firstVisit = new Set(initial);
for (let grew = true; grew; ) {
  const before = firstVisit.size;
  const dynamic = [...firstVisit].flatMap((k) => manifest[k].dynamicImports ?? []);
  withStaticImports(dynamic, firstVisit);
  grew = firstVisit.size > before;
}

const gzCache = new Map();
function gzBytes(file) {
  if (!gzCache.has(file)) gzCache.set(file, gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length);
  return gzCache.get(file);
}
// Several manifest keys can share an output file; count each file once.
const jsFiles = (keys) => new Set([...keys].map((k) => manifest[k].file).filter((f) => f.endsWith('.js')));
const cssFiles = (keys) => new Set([...keys].flatMap((k) => manifest[k].css ?? []));
const totalKB = (files) => [...files].reduce((sum, f) => sum + gzBytes(f), 0) / KB;
const kb = (n) => `${n.toFixed(1)} KB`;

const initialKB = totalKB(jsFiles(initial));
const firstVisitKB = totalKB(jsFiles(firstVisit));

console.log(`initial JS (gzip):     ${kb(initialKB)} / budget ${INITIAL_JS_BUDGET_KB} KB`);
console.log(`first visit JS (gzip): ${kb(firstVisitKB)} / budget ${FIRST_VISIT_JS_BUDGET_KB} KB`);
console.log(`CSS (gzip, no budget): initial ${kb(totalKB(cssFiles(initial)))}, first visit ${kb(totalKB(cssFiles(firstVisit)))}`);
console.log('largest chunks (gzip):');
for (const f of [...jsFiles(firstVisit)].sort((a, b) => gzBytes(b) - gzBytes(a)).slice(0, 5)) {
  console.log(`  ${kb(gzBytes(f) / KB).padStart(9)}  ${f}`);
}

const over = [];
if (initialKB > INITIAL_JS_BUDGET_KB) over.push(`initial JS ${kb(initialKB)} exceeds the ${INITIAL_JS_BUDGET_KB} KB budget`);
if (firstVisitKB > FIRST_VISIT_JS_BUDGET_KB) over.push(`first visit JS ${kb(firstVisitKB)} exceeds the ${FIRST_VISIT_JS_BUDGET_KB} KB budget`);
if (over.length) {
  console.error(`size-check FAILED: ${over.join('; ')}.`);
  process.exit(1);
}
console.log('size-check: within budget.');
