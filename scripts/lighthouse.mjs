// Lighthouse (mobile defaults) on the production build's dashboard, as a pass/fail gate.
// Usage: npm run lighthouse
// Env: LH_SKIP_BUILD=1 reuses an existing dist/; LH_RUNS=n (default 3); CHROMIUM_PATH picks the browser.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
// The launcher Lighthouse itself uses, named in package.json so it cannot vanish from under us.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { preview } from 'vite';
import { findChromium } from './find-chromium.mjs';

const TARGETS = { performance: 0.95, accessibility: 1, 'best-practices': 1 };
const METRICS = {
  'first-contentful-paint': 'FCP',
  'largest-contentful-paint': 'LCP',
  'total-blocking-time': 'TBT',
  'cumulative-layout-shift': 'CLS',
  'speed-index': 'Speed Index',
};
// Modes whose score says nothing about pass/fail.
const UNSCORED = new Set(['informative', 'manual', 'notApplicable', 'error']);

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
const runs = Math.max(1, Number.parseInt(process.env.LH_RUNS ?? '3', 10) || 3);

if (process.env.LH_SKIP_BUILD === '1' && existsSync(join(root, 'dist', 'index.html'))) {
  console.log('[lighthouse] LH_SKIP_BUILD=1: reusing dist/');
} else {
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) {
    console.error('[lighthouse] npm run build failed.');
    process.exit(build.status || 1);
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

/** Audits of a category that Lighthouse itself would show as not passed (score under 0.9). */
function failingAudits(lhr, categoryId) {
  return lhr.categories[categoryId].auditRefs
    .map((ref) => lhr.audits[ref.id])
    .filter((a) => a && !UNSCORED.has(a.scoreDisplayMode) && a.score !== null && a.score < 0.9)
    .map(({ id, title, displayValue, score }) => ({ id, title, displayValue: displayValue ?? '', score }));
}

let server;
let chrome;
try {
  // Port 0: the OS picks a free one, so a second run or a dev server cannot collide with us.
  server = await preview({ preview: { port: 0, strictPort: true, host: '127.0.0.1' }, logLevel: 'warn' });
  const url = `http://127.0.0.1:${server.httpServer.address().port}/#/`;
  chrome = await chromeLauncher.launch({
    chromePath: await findChromium(),
    chromeFlags: ['--headless=new', '--no-sandbox'],
  });

  const lhrs = [];
  for (let i = 1; i <= runs; i++) {
    // Lighthouse resets storage between runs, so each one is a first visit (empty IndexedDB, cold cache).
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: Object.keys(TARGETS),
    });
    if (!result?.lhr) throw new Error(`run ${i} returned no result`);
    if (result.lhr.runtimeError) throw new Error(`run ${i}: ${result.lhr.runtimeError.message}`);
    lhrs.push(result.lhr);
    console.log(`[lighthouse] run ${i}/${runs}: performance ${result.lhr.categories.performance.score}`);
  }

  const scores = Object.fromEntries(
    Object.keys(TARGETS).map((id) => [id, median(lhrs.map((l) => l.categories[id].score ?? 0))]),
  );
  // The run whose performance is the median stands for all: its metrics and audits are consistent.
  const byPerf = [...lhrs].sort((a, b) => a.categories.performance.score - b.categories.performance.score);
  const rep = byPerf[Math.floor((byPerf.length - 1) / 2)];
  const metrics = Object.fromEntries(
    Object.keys(METRICS).map((id) => [id, { value: rep.audits[id].numericValue, display: rep.audits[id].displayValue }]),
  );
  const failing = Object.fromEntries(
    Object.entries(TARGETS)
      .filter(([id, target]) => scores[id] < target)
      .map(([id]) => [id, failingAudits(rep, id)]),
  );

  console.log(`\nLighthouse ${rep.lighthouseVersion}, mobile, median of ${runs} run(s): ${url}`);
  console.table(
    Object.fromEntries(
      Object.entries(TARGETS).map(([id, target]) => [
        id,
        {
          median: scores[id].toFixed(2),
          target: target.toFixed(2),
          runs: lhrs.map((l) => (l.categories[id].score ?? 0).toFixed(2)).join(' '),
        },
      ]),
    ),
  );
  console.table(Object.fromEntries(Object.entries(METRICS).map(([id, name]) => [name, metrics[id].display])));

  mkdirSync('bench-results', { recursive: true });
  writeFileSync(
    'bench-results/lighthouse.json',
    JSON.stringify(
      {
        date: new Date().toISOString(),
        url,
        lighthouseVersion: rep.lighthouseVersion,
        formFactor: rep.configSettings.formFactor,
        runs,
        targets: TARGETS,
        medianScores: scores,
        perRun: lhrs.map((l) => ({
          scores: Object.fromEntries(Object.keys(TARGETS).map((id) => [id, l.categories[id].score])),
          metrics: Object.fromEntries(Object.keys(METRICS).map((id) => [id, l.audits[id].numericValue])),
        })),
        medianRunMetrics: metrics,
        failing,
      },
      null,
      2,
    ) + '\n',
  );
  // The median run's whole report, for finding what the summary's audits point at.
  writeFileSync('bench-results/lighthouse-median-run.json', JSON.stringify(rep));
  console.log('[lighthouse] wrote bench-results/lighthouse.json and lighthouse-median-run.json');

  for (const [id, audits] of Object.entries(failing)) {
    console.error(`\n✗ ${id} ${scores[id].toFixed(2)} < ${TARGETS[id]}; audits to fix (median run):`);
    if (audits.length === 0) console.error('  (no single audit under 0.9: the metrics above add up to the shortfall)');
    for (const a of audits) console.error(`  - ${a.id}: ${a.title}${a.displayValue ? ` — ${a.displayValue}` : ''}`);
  }
  if (Object.keys(failing).length > 0) process.exitCode = 1;
  else console.log('\n✓ every category meets its target');
} catch (err) {
  console.error(`[lighthouse] ${err.stack ?? err}`);
  process.exitCode = 1;
} finally {
  // Each step on its own, so one failing to close does not leave the other running.
  try {
    chrome?.kill();
  } catch (err) {
    console.error(`[lighthouse] closing Chromium: ${err.message}`);
  }
  await server?.close().catch((err) => console.error(`[lighthouse] closing the server: ${err.message}`));
}
