import { setupServer } from 'msw/node';
import type { DataSet } from '../src/domain/schemas/dataSet';
import { createMockApiBackend } from './api/backend';
import { createFaults } from './api/faults';
import { createApiHandlers } from './api/handlers';

let servers = 0;

/**
 * The mocked API for Vitest: its own database per call, so tests never share data. Start it
 * with server.listen() and close it after; change `faults` to make it slow or failing.
 */
export function createMockApiServer(initialData: () => DataSet) {
  servers += 1;
  const backend = createMockApiBackend({ name: `mock-api-test-${servers}-${Math.random()}`, initialData });
  const faults = createFaults();
  const server = setupServer(...createApiHandlers({ storeFor: backend.storeFor, faults: faults.get }));
  return { server, faults };
}
