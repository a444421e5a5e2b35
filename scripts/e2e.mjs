// Runs the Playwright suite against the production build (what users get),
// with a locally found Chromium because Playwright cannot download its own here.
// Usage: npm run e2e [-- <playwright test args>]   e.g. npm run e2e -- --grep smoke
// Env: E2E_SKIP_BUILD=1 reuses an existing dist/; E2E_DIST=<folder> tests a build made there
// instead (never building); CHROMIUM_PATH picks the browser.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensurePdfText, ensureThaiFonts, findChromium } from './find-chromium.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);

let chromium;
try {
  chromium = await findChromium();
} catch (err) {
  console.error(err.message);
  process.exit(1);
}
ensureThaiFonts();
ensurePdfText();
console.log(`[e2e] Chromium: ${chromium}`);

const haveDist = existsSync(join(root, 'dist', 'index.html'));
if (process.env.E2E_DIST) {
  if (!existsSync(join(process.env.E2E_DIST, 'index.html'))) {
    console.error(`[e2e] E2E_DIST=${process.env.E2E_DIST} holds no build (npx vite build --outDir ${process.env.E2E_DIST})`);
    process.exit(1);
  }
  console.log(`[e2e] E2E_DIST: testing the build in ${process.env.E2E_DIST}`);
} else if (process.env.E2E_SKIP_BUILD === '1' && haveDist) {
  console.log('[e2e] E2E_SKIP_BUILD=1: reusing dist/');
} else {
  if (process.env.E2E_SKIP_BUILD === '1') console.log('[e2e] E2E_SKIP_BUILD=1 but dist/ is missing: building');
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) {
    console.error('[e2e] npm run build failed; not running Playwright.');
    process.exit(build.status || 1);
  }
}

// Run Playwright's CLI with this Node directly: no npx lookup, and signals reach it.
const cli = createRequire(import.meta.url).resolve('@playwright/test/cli');
const pw = spawnSync(process.execPath, [cli, 'test', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, CHROMIUM_PATH: chromium },
});
if (pw.error) console.error(`[e2e] could not start Playwright: ${pw.error.message}`);
process.exit(pw.status ?? 1);
