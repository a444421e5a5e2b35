// A CPU profile of one input on the measures list at k× (node scripts/bench/profile.mjs): where
// search or filter time goes, by function, self time summed over the runs. Env as run.mjs:
// BENCH_SCALE, BENCH_DIST (built already), BENCH_SOURCES (the first), BENCH_PROFILE=search|filter.
import { createRequire } from 'node:module';
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';
import { ensureThaiFonts, findChromium } from '../find-chromium.mjs';
import { loadData } from './scenarios.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
process.chdir(root);
const scale = Number(process.env.BENCH_SCALE ?? 4);
const what = process.env.BENCH_PROFILE ?? 'search';
const source = (process.env.BENCH_SOURCES ?? 'browser').split(',')[0];
// The backup run.mjs wrote for this scale: run it once first.
const file = readdirSync(tmpdir()).find((f) => f.startsWith(`bench-backup-${scale}x-`) && !f.includes('compact'));
if (!file) throw new Error(`no bench-backup-${scale}x-*.json in ${tmpdir()}: run npm run bench with BENCH_SCALE=${scale} first`);

const { chromium } = createRequire(import.meta.url)('@playwright/test');
ensureThaiFonts();
const server = await preview({ build: { outDir: resolve(process.env.BENCH_DIST ?? 'dist') }, preview: { port: 4291, strictPort: false, host: '127.0.0.1' }, logLevel: 'warn' });
const base = server.resolvedUrls.local[0].replace(/\/$/, '');
const browser = await chromium.launch({ executablePath: await findChromium(), args: ['--no-sandbox'] });
const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'th-TH' });
try {
  await loadData(context, base, source, join(tmpdir(), file));
  if (what === 'dashboard') {
    // The dashboard's first render, from navigation to the measure counts on screen; one
    // unprofiled visit first, as the bench's median is of warm ones.
    const visit = async (profiled) => {
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      if (profiled) await cdp.send('Profiler.start');
      await page.goto(`${base}/#/`);
      await page.waitForFunction(() => document.querySelectorAll('.measure-count').length >= 10, null, { timeout: 120_000 });
      const result = profiled ? (await cdp.send('Profiler.stop')).profile : null;
      await page.close();
      return result;
    };
    await visit(false);
    report(await visit(true), 1);
  } else {
    report(await inputs(), 11);
  }
} finally {
  await browser.close();
  await server.close();
}

async function inputs() {
  const page = await context.newPage();
  await page.goto(`${base}/#/measures`);
  const count = page.locator('main p.count');
  await count.waitFor({ timeout: 120_000 });
  // Two inputs before the profile: what the page loads after its first render is not the input's.
  const input = async () => {
    const before = await count.textContent();
    if (what === 'search') await page.getByLabel('ค้นหา', { exact: true }).fill('จัดซื้อ');
    else await page.getByLabel('ผู้รับผิดชอบ', { exact: true }).selectOption({ index: 1 });
    await page.waitForFunction((b) => document.querySelector('main p.count')?.textContent !== b, before);
    if (what === 'search') await page.getByLabel('ค้นหา', { exact: true }).fill('');
    else await page.getByLabel('ผู้รับผิดชอบ', { exact: true }).selectOption({ index: 0 });
    await count.filter({ hasText: before }).waitFor();
  };
  await input();
  await input();
  await page.evaluate(() => new Promise((r) => requestIdleCallback(r, { timeout: 5_000 })));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  for (let i = 0; i < 11; i += 1) await input();
  return (await cdp.send('Profiler.stop')).profile;
}

function report(profile, runs) {
  const self = new Map();
  const dt = new Map(profile.nodes.map((n) => [n.id, 0]));
  profile.samples.forEach((id, i) => dt.set(id, dt.get(id) + (profile.timeDeltas[i] ?? 0)));
  for (const n of profile.nodes) {
    const f = n.callFrame;
    const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber}:${f.columnNumber}`;
    self.set(key, (self.get(key) ?? 0) + dt.get(n.id) / 1000);
  }
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  console.log(`${what} at ${scale}×, ${source}: ${Math.round(total)} ms sampled over ${runs} run(s)`);
  for (const [k, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`${ms.toFixed(1).padStart(8)} ms  ${k}`);
  // Who calls a function (BENCH_CALLERS=name): the stacks its samples were taken in.
  const wanted = process.env.BENCH_CALLERS;
  if (!wanted) return;
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n);
  const stacks = new Map();
  for (const n of profile.nodes) {
    if (n.callFrame.functionName !== wanted || !dt.get(n.id)) continue;
    const names = [];
    for (let p = parent.get(n.id); p && names.length < 8; p = parent.get(p.id)) names.push(`${p.callFrame.functionName || '(anon)'}@${p.callFrame.url.split('/').pop()}:${p.callFrame.columnNumber}`);
    const key = names.join(' < ');
    stacks.set(key, (stacks.get(key) ?? 0) + dt.get(n.id) / 1000);
  }
  for (const [k, ms] of [...stacks].sort((a, b) => b[1] - a[1]).slice(0, 8)) console.log(`${ms.toFixed(1).padStart(8)} ms  ${wanted} < ${k}`);
}
