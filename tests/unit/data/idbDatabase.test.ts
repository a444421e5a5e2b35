import { openDB } from 'idb';
import { createIdbStore } from '../../../src/data/adapters/idb/idbStore';
import { openDatabase } from '../../../src/data/adapters/idb/openDatabase';
import { DB_VERSION, MIGRATIONS, STORES } from '../../../src/data/adapters/idb/schema';
import { asStoreError } from '../../../src/data/adapters/idb/storageErrors';
import { writeDataSet } from '../../../src/data/adapters/idb/writeDataSet';
import { StoreError } from '../../../src/data/storeError';
import { DEFAULT_ACTOR } from '../../../src/domain/schemas/actor';
import { seedData } from '../../support/seed';

let n = 0;
const freshName = () => `idb-test-${++n}-${Math.random()}`;

async function failure(promise: Promise<unknown>): Promise<StoreError> {
  const error = await promise.then(() => new Error('expected a refusal'), (e: unknown) => e);
  if (!(error instanceof StoreError)) throw error;
  return error;
}

/** A database exactly as an earlier release left it: migrations up to `version`, then data. */
async function databaseAtVersion(name: string, version: number) {
  const db = await openDB(name, version, {
    upgrade(database, _old, _new, tx) {
      for (let v = 1; v <= version; v++) MIGRATIONS[v]?.(database, tx);
      writeDataSet(tx, seedData());
    },
  });
  await db.put(STORES.progressUpdates, {
    id: 'upd-old',
    measureId: 'msr-plan-1',
    date: '2023-02-01',
    authorName: 'หัวหน้าสำนักปลัด',
    unitId: 'unit-palad',
    status: 'in-progress',
    percent: 30,
    note: 'บันทึกจากรุ่นก่อน',
    evidenceUrl: '',
    createdAt: '2023-02-01T09:00:00.000Z',
  });
  db.close();
}

describe('opening the browser database', () => {
  it('puts the seed in only when it creates the database, never over what is there', async () => {
    const name = freshName();
    const initialData = vi.fn(seedData);
    const first = createIdbStore({ db: await openDatabase({ name, initialData }), actor: () => DEFAULT_ACTOR });
    expect(initialData).toHaveBeenCalledTimes(1);
    const only = await first.getMeasure('msr-plan-1');
    await first.replaceData({ ...seedData(), measures: [{ ...only, title: 'ข้อมูลของผู้ใช้' }] });
    const again = createIdbStore({ db: await openDatabase({ name, initialData }), actor: () => DEFAULT_ACTOR });
    expect(initialData).toHaveBeenCalledTimes(1);
    expect((await again.listMeasures('asm-2565')).map((m) => m.title)).toEqual(['ข้อมูลของผู้ใช้']);
  });

  it.each(Array.from({ length: DB_VERSION - 1 }, (_, i) => i + 1))(
    'migrates a database from version %i forward, keeping every record',
    async (version) => {
      const name = freshName();
      await databaseAtVersion(name, version);
      const initialData = vi.fn(seedData);
      const db = await openDatabase({ name, initialData });
      expect(db.version).toBe(DB_VERSION);
      expect(initialData).not.toHaveBeenCalled();
      const store = createIdbStore({ db, actor: () => DEFAULT_ACTOR });
      expect(await store.listMeasures('asm-2565')).toHaveLength(9);
      expect((await store.listProgress('msr-plan-1')).map((u) => u.note)).toEqual(['บันทึกจากรุ่นก่อน']);
      expect(await store.listProblems()).toEqual([]);
    },
  );

  it('has a migration for every version up to the current one', () => {
    expect(Object.keys(MIGRATIONS).map(Number)).toEqual(Array.from({ length: DB_VERSION }, (_, i) => i + 1));
  });

  it('refuses a database written by a newer version of the app, and leaves it alone', async () => {
    const name = freshName();
    const newer = await openDB(name, DB_VERSION + 1, { upgrade: (db) => void db.createObjectStore('future') });
    newer.close();
    const error = await failure(openDatabase({ name, initialData: seedData }));
    expect(error.detail).toEqual({ kind: 'storage', reason: 'newer-version' });
    expect(error.message).toContain('แอปรุ่นที่ใหม่กว่า');
    const still = await openDB(name);
    expect(still.version).toBe(DB_VERSION + 1);
    expect([...still.objectStoreNames]).toEqual(['future']);
    still.close();
  });

  it('says so when an older tab holds the database open and will not let go', async () => {
    const name = freshName();
    await databaseAtVersion(name, 1);
    const oldTab = await openDB(name, 1);
    const error = await failure(openDatabase({ name, initialData: seedData }));
    expect(error.detail).toEqual({ kind: 'storage', reason: 'blocked' });
    oldTab.close();
  });

  it('tells this tab when a newer tab needs the database, and lets go of it', async () => {
    const name = freshName();
    const onVersionChange = vi.fn();
    const db = await openDatabase({ name, initialData: seedData, onVersionChange });
    const newer = await openDB(name, DB_VERSION + 1);
    expect(onVersionChange).toHaveBeenCalledTimes(1);
    newer.close();
    expect(() => db.transaction(STORES.measures)).toThrow();
  });

  it('turns what IndexedDB throws into typed storage errors with Thai messages', () => {
    expect(asStoreError(new DOMException('full', 'QuotaExceededError')).detail).toEqual({ kind: 'storage', reason: 'quota' });
    expect(asStoreError(new DOMException('full', 'QuotaExceededError')).message).toContain('ข้อมูลที่พิมพ์ไว้ยังอยู่');
    expect(asStoreError(new DOMException('closed', 'InvalidStateError')).detail).toEqual({ kind: 'storage', reason: 'unavailable' });
    expect(asStoreError(new Error('boom')).detail).toEqual({ kind: 'storage', reason: 'unreadable' });
    expect(asStoreError(new Error('boom')).message).toContain('boom');
    const own = new StoreError({ kind: 'not-found' }, 'ไม่พบ');
    expect(asStoreError(own)).toBe(own);
  });
});
