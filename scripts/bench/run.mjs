// npm run bench: a provincial administrative organisation's ten years of data (2,000 measures,
// 20,000 progress updates, 40 units) in browser storage and behind the mocked API, driven in
// Chromium against the production build, each figure the median of several runs and set against
// the same page with (almost) no data measured in the same run.
// Env: BENCH_RUNS (5), BENCH_SOURCES (browser,api), BENCH_SKIP_BUILD=1 reuses dist/.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { preview, runnerImport } from 'vite';
import { ensureThaiFonts, findChromium } from '../find-chromium.mjs';
import { formatTable, TARGETS } from './report.mjs';
import { loadData, runScenarios } from './scenarios.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
process.chdir(root);
const runs = Number(process.env.BENCH_RUNS ?? 5);
const sources = (process.env.BENCH_SOURCES ?? 'browser,api').split(',');

if (!(process.env.BENCH_SKIP_BUILD === '1' && existsSync('dist/index.html'))) {
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status || 1);
}

const { module: sets } = await runnerImport('/tests/support/bigDataSet.ts');
const datasets = {
  // The floor: one year and ten measures, so the pages have something to show and change.
  floor: sets.bigDataSet({ years: 1, units: 2, measures: 10, updates: 10, longHistory: 1 }),
  large: sets.bigDataSet(sets.BENCH_SIZE),
};
const longHistory = { floor: 1, large: sets.BENCH_SIZE.longHistory };
// A measure of the latest year, in a unit: the one whose progress is recorded.
const saveMeasure = (data) => data.measures.findLast((m) => m.unitIds.length > 0 && !m.archived && m.id !== sets.LONG_HISTORY_MEASURE).id;

const chromiumPath = await findChromium();
ensureThaiFonts();
const { chromium } = createRequire(import.meta.url)('@playwright/test');
const server = await preview({ preview: { port: 4290, strictPort: false, host: '127.0.0.1' }, logLevel: 'warn' });
const base = server.resolvedUrls.local[0].replace(/\/$/, '');
const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--enable-precise-memory-info'] });

const results = { date: new Date().toISOString(), runs, machine: machine(), sizes: sets.BENCH_SIZE, sources: {} };
try {
  for (const source of sources) {
    results.sources[source] = {};
    for (const [name, data] of Object.entries(datasets)) {
      const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'th-TH', serviceWorkers: 'allow' });
      const restoreMs = await loadData(context, base, source, sets.backupText(data));
      console.log(`[bench] ${source}/${name}: restored in ${restoreMs} ms; measuring ${runs} runs…`);
      const figures = await runScenarios(context, base, { runs, longHistory: longHistory[name], saveMeasure: saveMeasure(data) }).catch(async (error) => {
        // What the screen showed when a step never finished, for whoever reads the failure.
        mkdirSync('bench-results', { recursive: true });
        await Promise.all(context.pages().map((page, i) => page.screenshot({ path: `bench-results/failure-${source}-${name}-${i}.png` }).catch(() => {})));
        throw error;
      });
      results.sources[source][name] = { restoreMs, ...figures };
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}

mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/bench.json', `${JSON.stringify(results, null, 2)}\n`);
const { table, misses } = formatTable(results);
console.log(table);
console.log(`[bench] figures in bench-results/bench.json; targets: search and filter ≤ ${TARGETS.search} ms, saving ≤ ${TARGETS.saveProgress} ms.`);
if (misses.length > 0) {
  console.log(`[bench] over target: ${misses.join(', ')}`);
  process.exitCode = 1;
}

function machine() {
  const cpu = cpus();
  const version = spawnSync(chromiumPath, ['--version'], { encoding: 'utf8' }).stdout?.trim();
  return { cpu: `${cpu.length} × ${cpu[0]?.model ?? '?'}`, memoryGb: Math.round(totalmem() / 1e9), node: process.version, browser: version || chromiumPath };
}
