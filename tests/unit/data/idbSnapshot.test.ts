import type { IDBPDatabase } from 'idb';
import { createIdbStore } from '../../../src/data/adapters/idb/idbStore';
import { openDatabase } from '../../../src/data/adapters/idb/openDatabase';
import { draft, PLANNER, progress } from '../../contract/storeContract';
import { seedData } from '../../support/seed';

/**
 * A connection on which every read-only transaction, once done, lets `between` run before the
 * reader goes on: another tab's save landing between two reads of a backup, every time, rather
 * than when the scheduler happens to allow it.
 */
function pausingReads(db: IDBPDatabase<unknown>, between: () => Promise<void>): IDBPDatabase<unknown> {
  return new Proxy(db, {
    get(target, property) {
      if (property !== 'transaction') return Reflect.get(target, property, target) as unknown;
      return (...args: Parameters<IDBPDatabase<unknown>['transaction']>) => {
        const tx = target.transaction(...args);
        if (args[1] === 'readwrite') return tx;
        const done = tx.done.then(between);
        return new Proxy(tx, {
          get(t, p) {
            if (p === 'done') return done;
            const value = Reflect.get(t, p, t) as unknown;
            return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(t) : value;
          },
        });
      };
    },
  });
}

describe('a backup taken while another tab writes', () => {
  it('is one snapshot: every update it holds has its measure, and it restores', async () => {
    const name = `snapshot-${Math.random()}`;
    const writing = createIdbStore({ db: await openDatabase({ name, initialData: () => seedData() }), actor: () => PLANNER });
    let written = 0;
    // Another tab adds a measure and reports on it after each read the backup makes: read
    // collection by collection, the backup would hold updates of measures it read before they existed.
    const anotherTabSaves = async () => {
      written += 1;
      const measure = await writing.createMeasure(draft({ title: `มาตรการจากอีกแท็บ ${written}` }));
      await writing.appendProgress(measure.id, progress());
    };
    const db = await openDatabase({ name, initialData: () => seedData() });
    const backingUp = createIdbStore({ db: pausingReads(db, anotherTabSaves), actor: () => PLANNER });

    const backup = await backingUp.exportData();

    expect(written).toBeGreaterThan(0);
    const measures = new Set(backup.measures.map((m) => m.id));
    expect(backup.progressUpdates.filter((u) => !measures.has(u.measureId))).toEqual([]);
    const restored = createIdbStore({ db: await openDatabase({ name: `restored-${Math.random()}`, initialData: () => seedData() }), actor: () => PLANNER });
    await restored.replaceData(backup);
    expect((await restored.exportData()).progressUpdates).toHaveLength(backup.progressUpdates.length);
  });
});
