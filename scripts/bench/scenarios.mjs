// What the benchmark does to the app, as a person would: open the dashboard and the measures
// list, search and filter, record progress, open a measure with a long history.
import { actionProbe, heapMb, readyProbe } from './probe.mjs';

const PREFERENCES_KEY = 'ita-measures.preferences';
const COUNT = 'main p.count';

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Opens `hash` in a fresh tab and times it until `check` holds on screen. */
async function firstRender(context, base, hash, check) {
  const page = await context.newPage();
  await page.addInitScript(readyProbe, { check: check.toString() });
  await page.goto(`${base}/${hash}`);
  await page.waitForFunction(() => window.__ready !== null, null, { timeout: 120_000 });
  const ready = await page.evaluate(() => window.__ready);
  return { page, ms: ready.painted };
}

/**
 * Waits for a quiet page: the browser idle, then two frames. A person's next input comes after
 * the last result was on screen, not in the middle of its paint or of work the page left for idle
 * time, which a timing started at once would count against the next action.
 */
function settle(page) {
  return page.evaluate(
    () => new Promise((resolve) => requestIdleCallback(() => requestAnimationFrame(() => requestAnimationFrame(resolve)), { timeout: 2_000 })),
  );
}

/** Times one input: `act` performs it through Playwright, `check` says the screen shows its result. */
async function timeAction(page, check, act, events = ['input', 'change', 'click']) {
  await settle(page);
  await page.evaluate(actionProbe, { check: check.toString(), events });
  await act();
  await page.waitForFunction(() => window.__action.painted !== null, null, { timeout: 60_000 });
  const probe = await page.evaluate(() => window.__action);
  return probe.painted - probe.start;
}

/** Chooses the data source and restores the data set through settings, as a person would. */
export async function loadData(context, base, source, backupPath) {
  const page = await context.newPage();
  await chooseSource(page, base, source);
  const region = page.getByRole('region', { name: 'กู้คืนข้อมูลจากไฟล์สำรอง' });
  await region.getByLabel('เลือกไฟล์สำรองข้อมูล (.json)').setInputFiles(backupPath);
  const started = Date.now();
  await region.getByRole('group').getByRole('button', { name: 'แทนที่ข้อมูลปัจจุบันด้วยข้อมูลในไฟล์นี้' }).click();
  // A refusal or a failure is said in an alert: stop there, with its words, not at the timeout.
  const done = region.getByRole('status').filter({ hasText: 'กู้คืนข้อมูลจากไฟล์' });
  const alert = region.getByRole('alert');
  await done.or(alert).first().waitFor({ timeout: 300_000 });
  if (await alert.isVisible()) throw new Error(`restoring the backup through settings failed: ${await alert.textContent()}`);
  const restoreMs = Date.now() - started;
  await page.close();
  return restoreMs;
}

/** Sets the data source in the preferences and opens settings with it, as the app starts. */
export async function chooseSource(page, base, source) {
  await page.goto(`${base}/`);
  await page.evaluate(
    ([key, dataSource]) => localStorage.setItem(key, JSON.stringify({ dataSource, actor: { name: 'เจ้าหน้าที่วิเคราะห์นโยบายและแผน', role: 'planning-officer', unitId: null } })),
    [PREFERENCES_KEY, source],
  );
  // A reload, not a change of hash: the source is chosen as the app starts.
  await page.goto(`${base}/#/settings`);
  await page.reload();
}

/** Every scenario `runs` times; the median of each, and the heap the pages hold. */
export async function runScenarios(context, base, { runs, longHistory, saveMeasure }) {
  const figures = {};
  // Inputs take tens of milliseconds and vary by as much on a busy machine: more of them, so
  // their median is steady. The first of each is the cold one (code not yet optimised, nothing
  // cached) and stays in the runs the JSON file keeps.
  const quickRuns = Math.max(runs, 11);
  const record = (name, values) => {
    figures[name] = { median: median(values), runs: values };
  };

  const dashboard = [];
  for (let i = 0; i < runs; i += 1) {
    const { page, ms } = await firstRender(context, base, '#/', () => document.querySelectorAll('.measure-count').length >= 10);
    dashboard.push(ms);
    if (i === runs - 1) figures.dashboardHeapMb = await heapMb(page);
    await page.close();
  }
  record('dashboard', dashboard);

  const list = [];
  let listPage;
  for (let i = 0; i < runs; i += 1) {
    const { page, ms } = await firstRender(context, base, '#/measures', () => document.querySelector('main p.count') !== null);
    list.push(ms);
    if (i < runs - 1) await page.close();
    else listPage = page;
  }
  record('measuresList', list);
  figures.measuresHeapMb = await heapMb(listPage);

  // Search: type a word some titles hold; the count of what is shown changes when results are in.
  const search = listPage.getByLabel('ค้นหา', { exact: true });
  const searches = [];
  for (let i = 0; i < quickRuns; i += 1) {
    const before = await listPage.locator(COUNT).textContent();
    const changed = new Function(`return () => document.querySelector(${JSON.stringify(COUNT)})?.textContent !== ${JSON.stringify(before)};`)();
    searches.push(await timeAction(listPage, changed, () => search.fill('จัดซื้อ')));
    await search.fill('');
    await listPage.locator(COUNT).filter({ hasText: before }).waitFor();
  }
  record('search', searches);
  // What the first key a reader types costs: code not yet optimised, nothing cached.
  figures.searchFirst = searches[0];

  const unit = listPage.getByLabel('ผู้รับผิดชอบ', { exact: true });
  const filters = [];
  for (let i = 0; i < quickRuns; i += 1) {
    const before = await listPage.locator(COUNT).textContent();
    const changed = new Function(`return () => document.querySelector(${JSON.stringify(COUNT)})?.textContent !== ${JSON.stringify(before)};`)();
    filters.push(await timeAction(listPage, changed, () => unit.selectOption({ index: 1 })));
    await unit.selectOption({ index: 0 });
    await listPage.locator(COUNT).filter({ hasText: before }).waitFor();
  }
  record('filter', filters);

  // Opening the measure with the long history, from the list, as a click on its link would.
  const opens = [];
  for (let i = 0; i < runs; i += 1) {
    const check = new Function(`return () => document.querySelectorAll('ol.history > li').length >= ${longHistory};`)();
    await settle(listPage);
    await listPage.evaluate(actionProbe, { check: check.toString(), events: [] });
    await listPage.evaluate(() => {
      window.__action.start = performance.now();
      location.hash = '#/measures/bench-msr-long';
    });
    await listPage.waitForFunction(() => window.__action.painted !== null, null, { timeout: 60_000 });
    opens.push(await listPage.evaluate(() => window.__action.painted - window.__action.start));
    await listPage.evaluate(() => {
      location.hash = '#/measures';
    });
    await listPage.locator(COUNT).waitFor();
  }
  record('openLongHistory', opens);
  await listPage.close();

  // Recording progress: from the click on save to the saved state on screen.
  const { page: measurePage } = await firstRender(context, base, `#/measures/${saveMeasure}`, () => document.querySelector('ol.history, main .card p') !== null);
  const form = measurePage.getByRole('region', { name: 'บันทึกความคืบหน้า' });
  const saves = [];
  for (let i = 0; i < quickRuns; i += 1) {
    const percent = 50 + i;
    await form.getByLabel('ความคืบหน้า (ร้อยละ 0–100)').fill(String(percent));
    await form.getByLabel('ผลการดำเนินงาน').fill(`ทดสอบความเร็ว ครั้งที่ ${i + 1}`);
    const saved = new Function(`return () => (document.querySelector('[role=status]')?.textContent ?? '').includes('ร้อยละ ${percent} แล้ว');`)();
    saves.push(await timeAction(measurePage, saved, () => form.getByRole('button', { name: 'บันทึกความคืบหน้า' }).click(), ['click']));
  }
  record('saveProgress', saves);
  await measurePage.close();
  return figures;
}
