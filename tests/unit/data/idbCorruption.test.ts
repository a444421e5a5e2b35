import { openDB } from 'idb';
import { createIdbStore } from '../../../src/data/adapters/idb/idbStore';
import { openDatabase } from '../../../src/data/adapters/idb/openDatabase';
import { STORES } from '../../../src/data/adapters/idb/schema';
import { StoreError } from '../../../src/data/storeError';
import { DEFAULT_ACTOR } from '../../../src/domain/schemas/actor';
import { seedData } from '../../support/seed';

let n = 0;

async function damagedStore() {
  const name = `corrupt-${++n}-${Math.random()}`;
  const db = await openDatabase({ name, initialData: seedData });
  const store = createIdbStore({ db, actor: () => DEFAULT_ACTOR });
  // What a person editing storage by hand, or a disk error, might leave behind.
  const raw = await openDB(name);
  const damaged = { ...(await raw.get(STORES.measures, 'msr-plan-2')), title: 42, steps: 'ไม่ใช่รายการ' };
  await raw.put(STORES.measures, damaged);
  await raw.put(STORES.progressUpdates, { id: 'upd-bad', measureId: 'msr-plan-1', date: 'เมื่อวาน', createdAt: 'x' });
  await raw.put(STORES.singletons, { improvementMark: 'เก้าสิบ' }, 'settings');
  return { store, raw, damaged };
}

describe('records that do not parse', () => {
  it('are left out of reads, reported in Thai naming the record and field, and kept as they were', async () => {
    const { store, raw, damaged } = await damagedStore();
    expect((await store.listMeasures('asm-2565')).map((m) => m.id)).not.toContain('msr-plan-2');
    expect(await store.getSettings()).toEqual({ improvementMark: 90 });
    const problems = await store.listProblems();
    expect(problems.map((p) => `${p.collection}/${p.key}`).sort()).toEqual([
      'measures/msr-plan-2',
      'progressUpdates/upd-bad',
      'singletons/settings',
    ]);
    const measureProblem = problems.find((p) => p.key === 'msr-plan-2');
    expect(measureProblem?.message).toContain('อ่านข้อมูลมาตรการ รหัส "msr-plan-2" ไม่ได้');
    expect(measureProblem?.message).toContain('title');
    // Kept with its fields' codes, so a screen in English names the field in its own words.
    expect(measureProblem?.fields).toEqual(expect.arrayContaining([expect.objectContaining({ path: 'title', code: 'invalid_type', values: expect.objectContaining({ expected: 'string' }) })]));
    expect(measureProblem?.raw).toEqual(damaged);
    expect(await raw.get(STORES.measures, 'msr-plan-2')).toEqual(damaged);
    raw.close();
  });

  it('are never overwritten: a write to one is refused, and a restore keeps a copy aside', async () => {
    const { store, raw, damaged } = await damagedStore();
    const error = await store.updateMeasure('msr-plan-2', 1, { title: 'แก้' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).detail).toEqual({ kind: 'storage', reason: 'unreadable' });
    expect(await raw.get(STORES.measures, 'msr-plan-2')).toEqual(damaged);
    await store.replaceData(seedData());
    expect((await store.getMeasure('msr-plan-2')).title).not.toBe(42);
    const kept = await store.listProblems();
    expect(kept.find((p) => p.key === 'msr-plan-2')?.raw).toEqual(damaged);
    raw.close();
  });

  it('keeps both copies when the same record is damaged twice in different ways', async () => {
    const { store, raw, damaged } = await damagedStore();
    await store.listProblems();
    await raw.put(STORES.measures, { ...damaged, title: 43 });
    const problems = (await store.listProblems()).filter((p) => p.key === 'msr-plan-2');
    expect(problems.map((p) => (p.raw as { title: number }).title).sort()).toEqual([42, 43]);
    raw.close();
  });

  it('fails a read of the organisation with a storage error when it is unreadable', async () => {
    const { store, raw } = await damagedStore();
    await raw.put(STORES.singletons, { name: '' }, 'organisation');
    const error = await store.getOrganisation().catch((e: unknown) => e);
    expect((error as StoreError).detail).toEqual({ kind: 'storage', reason: 'unreadable' });
    expect((error as StoreError).message).toContain('ข้อมูลหน่วยงานและการตั้งค่า');
    raw.close();
  });
});
