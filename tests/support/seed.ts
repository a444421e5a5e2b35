import { seedDataSet } from '../../mocks/seedDataSet';
import { createIdbStore } from '../../src/data/adapters/idb/idbStore';
import { openDatabase } from '../../src/data/adapters/idb/openDatabase';
import type { Store } from '../../src/data/store';
import { DEFAULT_ACTOR, type Actor } from '../../src/domain/schemas/actor';
import type { DataSet } from '../../src/domain/schemas/dataSet';

export const SEED_NOW = '2026-11-24T00:00:00.000Z';

/** A fresh copy of the seed's data set, for a test to change as it likes. */
export function seedData(): DataSet {
  const seeded = seedDataSet(new Date(SEED_NOW));
  if (!seeded.ok) throw new Error(JSON.stringify(seeded.issues));
  return seeded.data;
}

let databases = 0;

/** A browser-storage store on a database of its own (fake-indexeddb), holding `data`. */
export async function seedStore(data: DataSet = seedData(), actor: () => Actor = () => DEFAULT_ACTOR): Promise<Store> {
  databases += 1;
  const db = await openDatabase({ name: `test-${databases}-${Math.random()}`, initialData: () => data });
  return createIdbStore({ db, actor });
}
