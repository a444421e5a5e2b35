// Screenshots of the production build for the README and for looking at what we built:
// `npm run build && node scripts/screenshots.mjs [outDir]`. Uses the same Chromium as e2e.
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { preview, runnerImport } from 'vite';
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
  // Every slide of the meeting screen, one by one, as the room sees it.
  ...['result', 'instruments', 'indicators', 'year-progress', 'health', 'late', 'gaps'].map((kind) => ({
    name: kind === 'result' ? 'meeting-1920' : `meeting-${kind}-1920`,
    url: `meeting?interval=600&slides=${kind}`,
    width: 1920,
    height: 1080,
    fullPage: false,
    ready: '.slide',
  })),
  { name: 'reports-1366', url: 'reports', width: 1366, height: 768, fullPage: false, ready: '.report-doc' },
  { name: 'reports-360', url: 'reports', width: 360, height: 740, fullPage: false, ready: '.report-doc' },
  { name: 'framework-1366', url: 'assessments/framework?year=2565', width: 1366, height: 768, fullPage: false, ready: '.framework-form' },
  { name: 'framework-360', url: 'assessments/framework?year=2565', width: 360, height: 740, fullPage: false, ready: '.framework-form' },
];

// Several years are needed for a trend: a synthetic agency's data (tests/support/bigDataSet.ts),
// restored through the settings screen, named as such in the README.
const demoShots = [
  { name: 'charts-1366', url: '', width: 1366, height: 768, fullPage: true, charts: 3 },
  { name: 'charts-360', url: '', width: 360, height: 740, fullPage: true, charts: 3 },
  { name: 'meeting-trend-1920', url: 'meeting?interval=600&slides=trend', width: 1920, height: 1080, fullPage: false, ready: '.slide svg' },
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
  const take = async (page, shot) => {
    await page.goto(base + '#/' + shot.url);
    await page.locator(shot.ready ?? '.health-counts').first().waitFor();
    await page.evaluate(() => globalThis.document.fonts.ready);
    // Cards off screen are laid out only when they come near (content-visibility: auto); a
    // full-page picture takes them all at once, so they are drawn for it.
    if (shot.fullPage) await page.addStyleTag({ content: '* { content-visibility: visible !important; }' });
    // Charts load as they come near the screen: read down the page, then wait until each has drawn.
    if (shot.charts) {
      await page.evaluate(async () => {
        const doc = globalThis.document.documentElement;
        for (let y = 0; y <= doc.scrollHeight; y += 300) {
          globalThis.scrollTo(0, y);
          await new Promise((resolve) => globalThis.requestAnimationFrame(() => globalThis.requestAnimationFrame(resolve)));
        }
        globalThis.scrollTo(0, 0);
      });
      await page.waitForFunction((n) => globalThis.document.querySelectorAll('.chart-card svg.recharts-surface').length >= n, shot.charts, { timeout: 30_000 });
    }
    await page.screenshot({ path: `${outDir}/${shot.name}.png`, fullPage: shot.fullPage });
    console.log(`${outDir}/${shot.name}.png`);
  };
  for (const shot of shots) {
    const page = await browser.newPage({ viewport: { width: shot.width, height: shot.height }, locale: 'th-TH' });
    await take(page, shot);
    await page.close();
  }
  const { module: sets } = await runnerImport('/tests/support/bigDataSet.ts');
  const demo = sets.backupText(sets.bigDataSet({ years: 10, units: 6, measures: 120, updates: 900, longHistory: 1 }));
  const context = await browser.newContext({ locale: 'th-TH' });
  await restore(await context.newPage(), demo);
  for (const shot of demoShots) {
    const page = await context.newPage();
    await page.setViewportSize({ width: shot.width, height: shot.height });
    await take(page, shot);
    await page.close();
  }
  await context.close();
  await browser.close();
} finally {
  await server.close();
}

/** Restores a backup through the settings screen, as the planning officer would. */
async function restore(page, text) {
  await page.goto(base);
  await page.evaluate(() =>
    globalThis.localStorage.setItem(
      'ita-measures.preferences',
      JSON.stringify({ dataSource: 'browser', actor: { name: 'เจ้าหน้าที่วิเคราะห์นโยบายและแผน', role: 'planning-officer', unitId: null } }),
    ),
  );
  await page.goto(`${base}#/settings`);
  await page.reload();
  const region = page.getByRole('region', { name: 'กู้คืนข้อมูลจากไฟล์สำรอง' });
  await region.getByLabel('เลือกไฟล์สำรองข้อมูล (.json)').setInputFiles({ name: 'demo.json', mimeType: 'application/json', buffer: Buffer.from(text, 'utf8') });
  await region.getByRole('group').getByRole('button', { name: 'แทนที่ข้อมูลปัจจุบันด้วยข้อมูลในไฟล์นี้' }).click();
  await region.getByRole('status').filter({ hasText: 'กู้คืนข้อมูลจากไฟล์' }).waitFor({ timeout: 120_000 });
  await page.close();
}
