import type { DataSource } from '../data/preferences';

// The worker fetches every screen's files at install, about a megabyte: on a phone's connection
// that would compete with the first screen's own late parts (the dashboard's lower sections load
// after it paints), so it waits until those have had their turn.
const AFTER_LOAD_MS = 5_000;

/** Runs `work` a while after the page has loaded, when it is idle, so it never competes with the first screen. */
function whenSettled(work: () => void): void {
  const idle = () =>
    typeof requestIdleCallback === 'function' ? requestIdleCallback(work, { timeout: 5_000 }) : setTimeout(work, 1_000);
  const later = () => setTimeout(idle, AFTER_LOAD_MS);
  if (document.readyState === 'complete') later();
  else window.addEventListener('load', later, { once: true });
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
