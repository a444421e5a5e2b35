import { setupWorker } from 'msw/browser';
import type { DataSet } from '../src/domain/schemas/dataSet';
import { createMockApiBackend } from './api/backend';
import { createFaults, readFaultsFromUrl } from './api/faults';
import { createApiHandlers } from './api/handlers';

/**
 * Starts the mocked REST API in this tab: a service worker hands /api/v1 requests to the
 * handlers, which keep their data in IndexedDB. Loaded only when the API source is chosen.
 * ?apiLatency=1500&apiFail=writes before the # makes it slow or failing, for demos.
 */
export async function startMockApi({ initialData }: { initialData: () => Promise<DataSet> }) {
  const faults = createFaults(readFaultsFromUrl(window.location.search));
  const backend = createMockApiBackend({ initialData });
  const worker = setupWorker(...createApiHandlers({ storeFor: backend.storeFor, faults: faults.get }));
  await worker.start({
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
  return { worker, faults };
}
