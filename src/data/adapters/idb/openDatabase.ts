import { openDB, type IDBPDatabase } from 'idb';
import type { DataSet } from '../../../domain/schemas/dataSet';
import { DB_NAME, DB_VERSION, migrate } from './schema';
import { asStoreError, storageError } from './storageErrors';
import { writeDataSet } from './writeDataSet';

export interface OpenOptions {
  name?: string;
  /** The data a brand-new database starts with; called only when the database is created. */
  initialData: () => DataSet;
  /** Another tab opened a newer version of the app: this tab must stop writing and reload. */
  onVersionChange?: () => void;
}

/**
 * Opens (creating and migrating as needed) the browser database. The seed goes in only in the
 * transaction that creates the database, so it can never land on top of anyone's data.
 */
export async function openDatabase(options: OpenOptions): Promise<IDBPDatabase<unknown>> {
  if (typeof indexedDB === 'undefined') throw storageError('unavailable');
  let reportBlocked: (error: Error) => void = () => {};
  // An older tab that will not let go would leave the open waiting for ever; say so instead.
  const blocked = new Promise<never>((_, reject) => (reportBlocked = reject));
  const opening = openDB(options.name ?? DB_NAME, DB_VERSION, {
    upgrade(database, oldVersion, newVersion, tx) {
      migrate(database, tx, oldVersion, newVersion ?? DB_VERSION);
      if (oldVersion === 0) writeDataSet(tx, options.initialData());
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
    return await Promise.race([opening, blocked]);
  } catch (error) {
    throw asStoreError(error);
  }
}
