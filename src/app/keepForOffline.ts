import type { DataSource } from '../data/preferences';

/** Runs `work` once the page has loaded and is idle, so it never competes with the first screen. */
function whenSettled(work: () => void): void {
  const idle = () =>
    typeof requestIdleCallback === 'function' ? requestIdleCallback(work, { timeout: 5_000 }) : setTimeout(work, 1_000);
  if (document.readyState === 'complete') idle();
  else window.addEventListener('load', idle, { once: true });
}

/**
 * In browser-storage mode everything the app needs is on this device once its files are kept
 * too: the service worker (sw.js, written by the build) keeps every screen's files, so the app
 * opens and works with no connection after one visit. In API mode the mocked API's own worker
 * holds the page instead, and a real server is needed anyway. Development has no sw.js.
 */
export function keepForOffline(source: DataSource, serviceWorker: ServiceWorkerContainer | undefined = navigator.serviceWorker): void {
  if (!import.meta.env.PROD || source !== 'browser' || !serviceWorker) return;
  whenSettled(() => {
    serviceWorker.register(`${import.meta.env.BASE_URL}sw.js`).catch((error: unknown) => {
      // The app works as before, only not offline; nothing the user can act on.
      console.warn('The offline service worker could not be registered', error);
    });
  });
}
