// Restoring a large backup through settings (issue 22: the 16× file must not freeze the tab):
// the longest main-thread task while the file is read and previewed, and while it is restored,
// the time each took, and whether a progress indicator was on screen while it ran.
import { chooseSource } from './scenarios.mjs';

/** Installed before the app's scripts: long tasks, the longest gap between frames, progress seen. */
export function restoreWatch() {
  const watch = { tasks: [], frames: [], progress: [] };
  window.__restoreWatch = watch;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) watch.tasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
  // A frame late is what a person sees as a frozen tab, whatever the task that held it.
  let last = performance.now();
  const frame = (now) => {
    watch.frames.push([last, now - last]);
    last = now;
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  // Progress counts when an indicator is rendered and visible, noted each time the DOM changes.
  const look = () => {
    const shown = [...document.querySelectorAll('[role=progressbar], progress')].some((el) => el.checkVisibility?.() ?? true);
    if (shown) watch.progress.push(performance.now());
  };
  const start = () => new MutationObserver(look).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  if (document.documentElement) start();
  else document.addEventListener('readystatechange', start, { once: true });
}

const phase = (page, name) => page.evaluate((n) => performance.mark(n), name);

/** Reads the watch between two marks: the longest task, the longest frame gap, progress seen. */
function summarise(watch, from, to) {
  const within = ([start]) => start >= from && start < to;
  const longest = (list) => Math.round(Math.max(0, ...list.filter(within).map(([, d]) => d)));
  return {
    ms: Math.round(to - from),
    longestTaskMs: longest(watch.tasks),
    longTasks: watch.tasks.filter(within).length,
    longestFrameGapMs: longest(watch.frames),
    progressShown: watch.progress.some((t) => t >= from && t < to),
  };
}

export async function restoreProbe(context, base, source, backupPath) {
  const page = await context.newPage();
  await page.addInitScript(restoreWatch);
  await chooseSource(page, base, source);
  const region = page.getByRole('region', { name: 'กู้คืนข้อมูลจากไฟล์สำรอง' });
  const confirm = region.getByRole('group').getByRole('button', { name: 'แทนที่ข้อมูลปัจจุบันด้วยข้อมูลในไฟล์นี้' });
  await phase(page, 'preview-start');
  await region.getByLabel('เลือกไฟล์สำรองข้อมูล (.json)').setInputFiles(backupPath);
  const refusal = region.getByRole('alert');
  await confirm.or(refusal).first().waitFor({ timeout: 600_000 });
  if (await refusal.isVisible()) {
    const refused = await refusal.textContent();
    await page.close();
    return { refused };
  }
  await phase(page, 'restore-start');
  await confirm.click();
  await region.getByRole('status').filter({ hasText: 'กู้คืนข้อมูลจากไฟล์' }).waitFor({ timeout: 1_200_000 });
  await phase(page, 'restore-end');
  const { watch, marks } = await page.evaluate(() => ({
    watch: window.__restoreWatch,
    marks: Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])),
  }));
  await page.close();
  return {
    preview: summarise(watch, marks['preview-start'], marks['restore-start']),
    restore: summarise(watch, marks['restore-start'], marks['restore-end']),
  };
}
