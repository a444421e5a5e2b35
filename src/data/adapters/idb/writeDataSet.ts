import type { IDBPTransaction, StoreNames } from 'idb';
import type { DataSet } from '../../../domain/schemas/dataSet';
import { STORES } from './schema';

export type WriteTx = IDBPTransaction<unknown, StoreNames<unknown>[], 'readwrite' | 'versionchange'>;

export const SINGLETON_KEYS = { organisation: 'organisation', settings: 'settings' } as const;

// A failed request aborts its transaction, and the transaction's failure is what gets reported.
const queued = (request: Promise<unknown>): void => void request.catch(() => undefined);

export function collectionsOf(tx: WriteTx, data: DataSet) {
  const collections: [string, readonly unknown[]][] = [
    [STORES.units, data.units],
    [STORES.frameworks, data.frameworks],
    [STORES.assessments, data.assessments],
    [STORES.findings, data.findings],
    [STORES.measures, data.measures],
    [STORES.progressUpdates, data.progressUpdates],
  ];
  // A database still being built by an older migration has no audit store yet, and nothing for it.
  if (tx.objectStoreNames.contains(STORES.audit)) collections.push([STORES.audit, data.audit]);
  return collections;
}

export function putSingletons(tx: WriteTx, data: DataSet): void {
  const singletons = tx.objectStore(STORES.singletons);
  queued(singletons.put(data.organisation, SINGLETON_KEYS.organisation));
  queued(singletons.put(data.settings, SINGLETON_KEYS.settings));
}

/**
 * Puts a whole data set into stores the caller has just created or cleared, in the caller's
 * transaction, so a restore lands whole or not at all. Requests are queued, not awaited: the
 * transaction's own completion is what the caller waits for.
 */
export function writeDataSet(tx: WriteTx, data: DataSet): void {
  putSingletons(tx, data);
  for (const [name, records] of collectionsOf(tx, data)) {
    const store = tx.objectStore(name);
    for (const record of records) queued(store.put(record));
  }
}
