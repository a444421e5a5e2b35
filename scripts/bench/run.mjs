// npm run bench: a provincial administrative organisation's ten years of data (2,000 measures,
// 20,000 progress updates, 40 units) in browser storage and behind the mocked API, driven in
// Chromium against the production build, each figure the median of several runs and set against
// the same page with (almost) no data measured in the same run.
// Env:
//   BENCH_SCALE (1): the data `k` times over (issue 22: 4, 16), same ten years; above 1 the 1×
//     set is measured in the same run too, so the growth from 1× to k× is read on one machine load.
//   BENCH_RUNS (11): runs per figure, the median reported ("median of 11", issue 22).
//   BENCH_SOURCES (browser,api), BENCH_DIST (dist): the build measured, built there first unless
//     BENCH_SKIP_BUILD=1 and it holds one already.
//   BENCH_RESTORE_ONLY=1: only restore the k× backup through settings, timing its longest
//     main-thread task and whether progress was shown (restore.mjs).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { preview, runnerImport } from 'vite';
import { ensureThaiFonts, findChromium } from '../find-chromium.mjs';
import { formatRestore, formatTable, TARGETS } from './report.mjs';
import { restoreProbe } from './restore.mjs';
import { loadData, runScenarios } from './scenarios.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
process.chdir(root);
const scale = Number(process.env.BENCH_SCALE ?? 1);
const runs = Number(process.env.BENCH_RUNS ?? 11);
const sources = (process.env.BENCH_SOURCES ?? 'browser,api').split(',');
const outDir = resolve(process.env.BENCH_DIST ?? 'dist');
const restoreOnly = process.env.BENCH_RESTORE_ONLY === '1';
if (!Number.isInteger(scale) || scale < 1 || !Number.isInteger(runs) || runs < 1) {
  console.error('[bench] BENCH_SCALE and BENCH_RUNS are whole numbers ≥ 1');
  process.exit(2);
}

if (!(process.env.BENCH_SKIP_BUILD === '1' && existsSync(join(outDir, 'index.html')))) {
  // The client only: the mocked API runs in the page, and the server build is not measured.
  const build = spawnSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status || 1);
}

const { module: sets } = await runnerImport('/tests/support/bigDataSet.ts');
const size = (k) => sets.benchSize(k);
const saveMeasure = (data) => data.measures.findLast((m) => m.unitIds.length > 0 && !m.archived && m.id !== sets.LONG_HISTORY_MEASURE).id;

/**
 * The data sets measured, smallest first. The floor: one year and ten measures, so the pages have
 * something to show and change; then 1×, and k× when k > 1. Each backup is written once to a file
 * named for the generator's and the backup format's source, as a person's file would be chosen
 * (and past Playwright's 50 MB limit on files passed as buffers).
 */
function dataSets() {
  const all = [['floor', { years: 1, units: 2, measures: 10, updates: 10, longHistory: 1 }], ['1×', size(1)]];
  if (scale > 1) all.push([`${scale}×`, size(scale)]);
  return all.map(([name, dims]) => {
    const data = sets.bigDataSet(dims);
    return { name, longHistory: dims.longHistory, saveMeasure: saveMeasure(data), backup: backupFile(name, () => sets.backupText(data)) };
  });
}

function backupFile(name, text) {
  const sources = ['tests/support/bigDataSet.ts', 'src/domain/backup/format.ts', 'src/domain/schemas/dataSet.ts'].filter(existsSync);
  const hash = createHash('sha256');
  for (const file of sources) hash.update(readFileSync(file));
  const path = join(tmpdir(), `bench-backup-${name.replace('×', 'x')}-${hash.digest('hex').slice(0, 12)}.json`);
  if (!existsSync(path)) writeFileSync(path, text());
  return path;
}

const chromiumPath = await findChromium();
ensureThaiFonts();
const { chromium } = createRequire(import.meta.url)('@playwright/test');
const server = await preview({ build: { outDir }, preview: { port: 4290, strictPort: false, host: '127.0.0.1' }, logLevel: 'warn' });
const base = server.resolvedUrls.local[0].replace(/\/$/, '');
const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--enable-precise-memory-info'] });
const newContext = () => browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'th-TH', serviceWorkers: 'allow' });

const results = { date: new Date().toISOString(), scale, runs, machine: machine(), sizes: size(scale), loadBefore: loadavg(), sources: {} };
try {
  if (restoreOnly) {
    // The app's own backup of the k× data (pretty JSON), and the same JSON compact for when the
    // pretty one is over the restore's size limit: 16× is 239 MB pretty, past 200 MiB. The data
    // (32,000 measures at 16×) is built once and both files kept in tmpdir.
    const dims = size(scale);
    let data;
    const build = () => (data ??= sets.bigDataSet(dims));
    const pretty = backupFile(`${scale}×`, () => sets.backupText(build()));
    const compact = backupFile(`${scale}×-compact`, () => `${JSON.stringify(JSON.parse(sets.backupText(build())))}\n`);
    results.files = { pretty: { path: pretty, bytes: statSync(pretty).size }, compact: { path: compact, bytes: statSync(compact).size } };
    for (const source of sources) {
      results.sources[source] = {};
      for (const [form, path] of Object.entries({ pretty, compact })) {
        const context = await newContext();
        console.log(`[bench] ${source}: restoring the ${scale}× backup (${dims.measures} measures, ${form}, ${results.files[form].bytes} bytes)…`);
        results.sources[source][form] = await restoreProbe(context, base, source, path);
        await context.close();
        // The compact file is tried only when the app's own was refused.
        if (!results.sources[source][form].refused) break;
      }
    }
  } else {
    for (const source of sources) {
      results.sources[source] = {};
      for (const set of dataSets()) {
        const context = await newContext();
        // What the screen showed when a step never finished, for whoever reads the failure.
        const shoot = async (error) => {
          mkdirSync('bench-results', { recursive: true });
          await Promise.all(context.pages().map((page, i) => page.screenshot({ path: `bench-results/failure-${source}-${set.name}-${i}.png` }).catch(() => {})));
          throw error;
        };
        const restoreMs = await loadData(context, base, source, set.backup).catch(shoot);
        console.log(`[bench] ${source}/${set.name}: restored in ${restoreMs} ms; measuring ${runs} runs…`);
        const figures = await runScenarios(context, base, { runs, longHistory: set.longHistory, saveMeasure: set.saveMeasure }).catch(shoot);
        results.sources[source][set.name] = { restoreMs, ...figures };
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
results.loadAfter = loadavg();

mkdirSync('bench-results', { recursive: true });
const file = `bench-results/${restoreOnly ? 'restore' : 'bench'}-${scale}x.json`;
writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
const { table, misses } = restoreOnly ? formatRestore(results) : formatTable(results);
console.log(table);
console.log(`[bench] figures in ${file}; targets: search and filter ≤ ${TARGETS.search} ms, saving ≤ ${TARGETS.saveProgress} ms, the dashboard's first render growing no faster than the log of the data.`);
if (misses.length > 0) {
  console.log(`[bench] over target: ${misses.join(', ')}`);
  process.exitCode = 1;
}

function machine() {
  const cpu = cpus();
  const version = spawnSync(chromiumPath, ['--version'], { encoding: 'utf8' }).stdout?.trim();
  return { cpu: `${cpu.length} × ${cpu[0]?.model ?? '?'}`, memoryGb: Math.round(totalmem() / 1e9), node: process.version, browser: version || chromiumPath };
}
