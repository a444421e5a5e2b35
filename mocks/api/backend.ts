import type { IDBPDatabase } from 'idb';
import { createIdbStore } from '../../src/data/adapters/idb/idbStore';
import { openDatabase } from '../../src/data/adapters/idb/openDatabase';
import type { Store } from '../../src/data/store';
import type { Actor } from '../../src/domain/schemas/actor';
import type { DataSet } from '../../src/domain/schemas/dataSet';

export const MOCK_API_DB = 'ita-measures-mock-api';

/**
 * The mocked server's storage: the browser-storage adapter on a database of its own, so the
 * API enforces exactly the rules the app does and keeps its data across reloads.
 */
export function createMockApiBackend({ name = MOCK_API_DB, initialData }: { name?: string; initialData: () => DataSet | Promise<DataSet> }) {
  let db: Promise<IDBPDatabase<unknown>> | null = null;
  return {
    storeFor: async (actor: Actor): Promise<Store> => {
      db ??= openDatabase({ name, initialData });
      return createIdbStore({ db: await db, actor: () => actor });
    },
  };
}
