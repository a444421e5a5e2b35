import { openDB } from 'idb';
import { createIdbStore } from '../../../src/data/adapters/idb/idbStore';
import { openDatabase } from '../../../src/data/adapters/idb/openDatabase';
import { STORES } from '../../../src/data/adapters/idb/schema';
import { PLANNER } from '../../contract/storeContract';
import { seedData } from '../../support/seed';

it("leaves an unreadable update out of the year's updates and keeps a copy of it in the quarantine", async () => {
  const name = `year-progress-${Math.random()}`;
  const db = await openDatabase({ name, initialData: seedData });
  const store = createIdbStore({ db, actor: () => PLANNER });
  const good = await store.appendProgress('msr-plan-1', { date: '2023-01-15', status: 'in-progress', percent: 40, note: '', evidenceUrl: '' });
  const raw = await openDB(name);
  const bad = { id: 'upd-bad', measureId: 'msr-plan-1', date: 'เมื่อวาน', createdAt: 'x' };
  await raw.put(STORES.progressUpdates, bad);

  expect(await store.listYearProgress('asm-2565')).toEqual([good]);
  // Read straight from the quarantine, not through listProblems, which would scan and find it itself.
  expect(await raw.getAll(STORES.quarantine)).toEqual([expect.objectContaining({ collection: 'progressUpdates', key: 'upd-bad', raw: bad })]);
  raw.close();
});
