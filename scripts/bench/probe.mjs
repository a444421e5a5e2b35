// Timings taken inside the page, so Playwright's own round trips are not counted: from the
// navigation's start, or from the user's input event, to the moment the DOM shows the result,
// plus the next animation frame (the result is on screen, not only in the DOM).

/** Installed before the app's scripts: notes when `check` first holds after navigation. */
export function readyProbe({ check }) {
  const test = new Function(`return (${check})();`);
  window.__ready = null;
  const look = () => {
    if (window.__ready !== null) return;
    try {
      if (!test()) return;
    } catch {
      return;
    }
    const seen = performance.now();
    requestAnimationFrame(() => {
      window.__ready = { dom: seen, painted: performance.now() };
    });
    observer.disconnect();
  };
  const observer = new MutationObserver(look);
  const start = () => observer.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  if (document.documentElement) start();
  else document.addEventListener('readystatechange', start, { once: true });
}

/** Armed before an input: notes the input event's time and when `check` first holds after it. */
export function actionProbe({ check, events }) {
  const test = new Function(`return (${check})();`);
  const probe = { start: null, dom: null, painted: null };
  window.__action = probe;
  const onEvent = (e) => {
    if (probe.start === null) probe.start = e.timeStamp;
  };
  for (const type of events) window.addEventListener(type, onEvent, { capture: true, once: true });
  const observer = new MutationObserver(() => {
    if (probe.start === null || probe.dom !== null) return;
    if (!test()) return;
    probe.dom = performance.now();
    observer.disconnect();
    requestAnimationFrame(() => {
      probe.painted = performance.now();
    });
  });
  observer.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
}

/** The page's JavaScript heap after a full garbage collection, in MB. */
export async function heapMb(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
  return used / 1_048_576;
}
