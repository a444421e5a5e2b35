// Screenshots of the production build for the README and for looking at what we built:
// `npm run build && node scripts/screenshots.mjs [outDir]`. Uses the same Chromium as e2e.
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { preview } from 'vite';
import { findChromium } from './find-chromium.mjs';

const outDir = process.argv[2] ?? 'docs/screenshots';
const port = 4179;
const base = `http://127.0.0.1:${port}/`;
const shots = [
  { name: 'dashboard-1366', url: '', width: 1366, height: 768, fullPage: true },
  { name: 'dashboard-360', url: '', width: 360, height: 740, fullPage: true },
  { name: 'dashboard-en-1366', url: '?lang=en', width: 1366, height: 768, fullPage: true },
  { name: 'dashboard-1920', url: '', width: 1920, height: 1080, fullPage: false },
  { name: 'settings-1366', url: 'settings', width: 1366, height: 768, fullPage: true, ready: 'form' },
  { name: 'settings-360', url: 'settings', width: 360, height: 740, fullPage: true, ready: 'form' },
  { name: 'measures-1366', url: 'measures', width: 1366, height: 768, fullPage: true, ready: '.measure-list' },
  { name: 'measures-360', url: 'measures', width: 360, height: 740, fullPage: true, ready: '.measure-list' },
  { name: 'measure-1366', url: 'measures/msr-plan-1', width: 1366, height: 768, fullPage: true, ready: 'ol.steps' },
  { name: 'measure-360', url: 'measures/msr-plan-1', width: 360, height: 740, fullPage: true, ready: 'ol.steps' },
  { name: 'assessments-1366', url: 'assessments', width: 1366, height: 768, fullPage: true, ready: '.finding-list li' },
  { name: 'assessments-360', url: 'assessments', width: 360, height: 740, fullPage: true, ready: '.finding-list li' },
  { name: 'meeting-1920', url: 'meeting?interval=600', width: 1920, height: 1080, fullPage: false, ready: '.slide' },
  { name: 'meeting-indicators-1920', url: 'meeting?interval=600&slides=indicators', width: 1920, height: 1080, fullPage: false, ready: '.slide' },
  { name: 'reports-1366', url: 'reports', width: 1366, height: 768, fullPage: false, ready: '.report-doc' },
  { name: 'reports-360', url: 'reports', width: 360, height: 740, fullPage: false, ready: '.report-doc' },
  { name: 'framework-1366', url: 'assessments/framework?year=2565', width: 1366, height: 768, fullPage: false, ready: '.framework-form' },
  { name: 'framework-360', url: 'assessments/framework?year=2565', width: 360, height: 740, fullPage: false, ready: '.framework-form' },
];

mkdirSync(outDir, { recursive: true });
const { chromium } = createRequire(import.meta.url)('@playwright/test');
// In-process, so the server cannot outlive the script.
const server = await preview({ preview: { port, strictPort: true, host: '127.0.0.1' }, logLevel: 'warn' });
try {
  const browser = await chromium.launch({
    executablePath: await findChromium(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  for (const shot of shots) {
    const page = await browser.newPage({ viewport: { width: shot.width, height: shot.height }, locale: 'th-TH' });
    await page.goto(base + '#/' + shot.url);
    await page.locator(shot.ready ?? '.health-counts').first().waitFor();
    await page.evaluate(() => globalThis.document.fonts.ready);
    // Cards off screen are laid out only when they come near (content-visibility: auto); a
    // full-page picture takes them all at once, so they are drawn for it.
    if (shot.fullPage) await page.addStyleTag({ content: '* { content-visibility: visible !important; }' });
    await page.screenshot({ path: `${outDir}/${shot.name}.png`, fullPage: shot.fullPage });
    console.log(`${outDir}/${shot.name}.png`);
    await page.close();
  }
  await browser.close();
} finally {
  await server.close();
}
