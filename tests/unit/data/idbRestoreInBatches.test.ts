import { openDB } from 'idb';
import { createIdbStore } from '../../../src/data/adapters/idb/idbStore';
import { checkDataSet } from '../../../src/data/adapters/idb/checkDataSet';
import { openDatabase } from '../../../src/data/adapters/idb/openDatabase';
import { DATA_STORES, STORES } from '../../../src/data/adapters/idb/schema';
import { writeDataSetInBatches } from '../../../src/data/adapters/idb/restoreInBatches';
import { parseInput, StoreError } from '../../../src/data/storeError';
import { dataSetSchema, type DataSet } from '../../../src/domain/schemas/dataSet';
import type { ProgressUpdate } from '../../../src/domain/schemas/measure';
import { PLANNER } from '../../contract/storeContract';
import { seedData } from '../../support/seed';

/** The seed with `count` updates of its first measure: enough for many slices and batches. */
function withUpdates(count: number): DataSet {
  const data = seedData();
  const update = (i: number): ProgressUpdate => ({
    id: `upd-${i}`,
    measureId: 'msr-plan-1',
    date: '2023-01-15',
    status: 'in-progress',
    percent: i % 100,
    note: `บันทึกครั้งที่ ${i}`,
    evidenceUrl: '',
    authorName: PLANNER.name,
    unitId: null,
    createdAt: `2023-01-15T03:00:00.${String(i % 1000).padStart(3, '0')}Z`,
  });
  data.progressUpdates = Array.from({ length: count }, (_, i) => update(i));
  return data;
}

async function storeOf(data: DataSet = seedData()) {
  const name = `batches-${Math.random()}`;
  const db = await openDatabase({ name, initialData: () => data });
  return { store: createIdbStore({ db, actor: () => PLANNER }), db, name };
}

describe('a restore written in batches', () => {
  it('says how far it is, from none to every record, and lands whole', async () => {
    const { store } = await storeOf();
    const data = withUpdates(6_000);
    const seen: [number, number][] = [];
    await store.replaceData(data, { onProgress: (done, total) => seen.push([done, total]) });
    const records = data.units.length + data.frameworks.length + data.assessments.length + data.findings.length + data.measures.length + 6_000 + data.audit.length;
    expect(seen[0]).toEqual([0, records]);
    expect(seen.at(-1)).toEqual([records, records]);
    expect(seen.every(([done], i) => i === 0 || done > (seen[i - 1]?.[0] ?? 0))).toBe(true);
    expect(await store.listProgress('msr-plan-1')).toHaveLength(6_000);
  });

  it('changes nothing when a record is refused part of the way through', async () => {
    const before = withUpdates(10);
    before.measures = before.measures.slice(0, 3);
    const { db, name } = await storeOf(before);
    const data = withUpdates(3_000);
    // No id: the store's key path has nothing to take, and the put is refused on the spot.
    (data.progressUpdates[2_500] as Partial<ProgressUpdate>).id = undefined;
    const tx = db.transaction([...DATA_STORES], 'readwrite');
    await Promise.all(DATA_STORES.map((store) => tx.objectStore(store).clear()));
    await expect(writeDataSetInBatches(tx, data)).rejects.toThrow();
    await expect(tx.done).rejects.toThrow();
    const raw = await openDB(name);
    expect(await raw.count(STORES.progressUpdates)).toBe(10);
    expect(await raw.count(STORES.measures)).toBe(3);
    raw.close();
  });

  it('says a write that failed changed nothing, not that the database cannot be read', async () => {
    const { db, name } = await storeOf();
    const data = withUpdates(3_000);
    (data.progressUpdates[2_500] as Partial<ProgressUpdate>).id = undefined;
    const tx = db.transaction([...DATA_STORES], 'readwrite');
    await Promise.all(DATA_STORES.map((store) => tx.objectStore(store).clear()));
    // The transaction is not awaited here, as replaceData does not: its abort must not go unhandled.
    const error = await writeDataSetInBatches(tx, data).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).message).toMatch(/^เขียนข้อมูลจากไฟล์สำรองลงในเบราว์เซอร์ไม่สำเร็จ จึงไม่ได้เปลี่ยนแปลงข้อมูลใด ๆ/);
    expect((error as StoreError).message).not.toContain('อ่านฐานข้อมูลในเบราว์เซอร์ไม่ได้');
    const raw = await openDB(name);
    expect(await raw.count(STORES.measures)).toBe(seedData().measures.length);
    raw.close();
  });

  it('stops before its next batch when called back, and leaves the data as it was', async () => {
    const { store, name } = await storeOf();
    const controller = new AbortController();
    const restore = store.replaceData(withUpdates(6_000), {
      signal: controller.signal,
      // Told before the first batch, once the stores are cleared: the clearing must be undone too.
      onProgress: () => controller.abort(),
    });
    await expect(restore).rejects.toThrow();
    const raw = await openDB(name);
    expect(await raw.count(STORES.progressUpdates)).toBe(seedData().progressUpdates.length);
    expect(await raw.count(STORES.measures)).toBe(seedData().measures.length);
    raw.close();
  });
});

describe('a data set checked a slice at a time', () => {
  it('comes out as the whole-set parse makes it', async () => {
    // A backup from before the audit trail: the parse gives it an empty one.
    const withoutAudit: Partial<DataSet> = withUpdates(1_200);
    delete withoutAudit.audit;
    expect(await checkDataSet(withoutAudit)).toEqual(parseInput(dataSetSchema, withoutAudit));
  });

  it('is refused with the fields the whole-set parse names, however far in the bad record is', async () => {
    const data = withUpdates(1_200);
    const bad = data.progressUpdates[1_100];
    if (!bad) throw new Error('no update');
    bad.percent = 120;
    const error = await checkDataSet(data).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).detail).toMatchObject({ kind: 'validation', fields: [{ path: 'progressUpdates.1100.percent' }] });
  });
});
