import { openDB, type IDBPDatabase } from 'idb';
import type { DataSet } from '../../../domain/schemas/dataSet';
import { DB_NAME, DB_VERSION, migrate, STORES } from './schema';
import { asStoreError, storageError } from './storageErrors';
import { writeDataSet } from './writeDataSet';

export interface OpenOptions {
  name?: string;
  /**
   * The data a brand-new database starts with; called only while the database still waits
   * for it. May load lazily, so the seed's code and text cost nothing on every later visit.
   */
  initialData: () => DataSet | Promise<DataSet>;
  /** Another tab opened a newer version of the app: this tab must stop writing and reload. */
  onVersionChange?: () => void;
}

/** Set in the transaction that creates the database; cleared in the one that writes the seed. */
const SEED_PENDING = 'seedPending';

/**
 * Opens (creating and migrating as needed) the browser database. The seed is written only into
 * a database created empty, in the same transaction that clears its "seed pending" mark, so it
 * can never land on top of anyone's data, even with two tabs opening at once.
 */
export async function openDatabase(options: OpenOptions): Promise<IDBPDatabase<unknown>> {
  if (typeof indexedDB === 'undefined') throw storageError('unavailable');
  let reportBlocked: (error: Error) => void = () => {};
  // An older tab that will not let go would leave the open waiting for ever; say so instead.
  const blocked = new Promise<never>((_, reject) => (reportBlocked = reject));
  const opening = openDB(options.name ?? DB_NAME, DB_VERSION, {
    upgrade(database, oldVersion, newVersion, tx) {
      migrate(database, tx, oldVersion, newVersion ?? DB_VERSION);
      if (oldVersion === 0) tx.objectStore(STORES.singletons).put(true, SEED_PENDING).catch(() => undefined);
    },
    blocked() {
      reportBlocked(storageError('blocked'));
    },
    blocking() {
      void opening.then((db) => db.close());
      options.onVersionChange?.();
    },
  });
  try {
    const db = await Promise.race([opening, blocked]);
    await seedIfPending(db, options.initialData);
    return db;
  } catch (error) {
    throw asStoreError(error);
  }
}

async function seedIfPending(db: IDBPDatabase<unknown>, initialData: OpenOptions['initialData']): Promise<void> {
  if ((await db.get(STORES.singletons, SEED_PENDING)) !== true) return;
  const data = await initialData();
  const tx = db.transaction([...Object.values(STORES)].filter((s) => s !== STORES.quarantine), 'readwrite');
  // Checked again inside the writing transaction: another tab may have seeded meanwhile.
  if ((await tx.objectStore(STORES.singletons).get(SEED_PENDING)) === true) {
    writeDataSet(tx, data);
    await tx.objectStore(STORES.singletons).delete(SEED_PENDING);
  }
  await tx.done;
}
