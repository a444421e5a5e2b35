import { openDB } from 'idb';
import { createIdbStore } from '../../../src/data/adapters/idb/idbStore';
import { openDatabase } from '../../../src/data/adapters/idb/openDatabase';
import { DB_VERSION, EVIDENCE_BY_FINDING, EVIDENCE_BY_UPDATE, MIGRATIONS, STORES } from '../../../src/data/adapters/idb/schema';
import { writeDataSet } from '../../../src/data/adapters/idb/writeDataSet';
import { StoreError } from '../../../src/data/storeError';
import type { Actor } from '../../../src/domain/schemas/actor';
import type { ProgressUpdate } from '../../../src/domain/schemas/measure';
import { attachment, bytesOf, type Attachment } from '../../contract/evidenceSamples';
import { seedData } from '../../support/seed';

const PLANNER: Actor = { name: 'นางสาวแผนงาน ทดสอบ', role: 'planning-officer', unitId: null };
let n = 0;
const freshName = () => `idb-finding-files-${++n}-${Math.random()}`;
const record = ({ ref, bytes }: Attachment, owner: object) => ({ id: ref.id, ...owner, file: ref, bytes: bytes.slice().buffer });

/** A database as release 4 left it: an update carrying a file, its bytes in `evidenceFiles`. */
async function version4With(name: string, file: Attachment) {
  const data = seedData();
  const [measure] = data.measures;
  if (!measure) throw new Error('the seed has no measure');
  const update: ProgressUpdate = {
    id: 'upd-v4',
    measureId: measure.id,
    date: '2023-02-01',
    authorName: 'หัวหน้าสำนักปลัด',
    unitId: 'unit-palad',
    status: 'in-progress',
    percent: 30,
    note: 'แนบไฟล์ก่อนข้อบกพร่องมีไฟล์ได้',
    evidenceUrl: '',
    createdAt: '2023-02-01T09:00:00.000Z',
    files: [file.ref],
  };
  const db = await openDB(name, 4, {
    upgrade(database, _old, _new, tx) {
      for (let v = 1; v <= 4; v++) MIGRATIONS[v]?.(database, tx);
      writeDataSet(tx, { ...data, progressUpdates: [update] });
    },
  });
  await db.put(STORES.evidenceFiles, record(file, { updateId: update.id }));
  db.close();
  return update;
}

describe('migration 5: a finding’s files beside an update’s', () => {
  it('opens a version 4 database at version 5 with its update files intact, indexed by finding too', async () => {
    const name = freshName();
    const photo = attachment('jpeg', 'ภาพก่อนย้ายรุ่น.jpg');
    const update = await version4With(name, photo);
    const db = await openDatabase({ name, initialData: seedData });
    expect(DB_VERSION).toBe(5);
    expect(db.version).toBe(5);
    const tx = db.transaction(STORES.evidenceFiles);
    expect([...tx.store.indexNames].sort()).toEqual([EVIDENCE_BY_FINDING, 'size', EVIDENCE_BY_UPDATE].sort());
    expect(await tx.store.index(EVIDENCE_BY_UPDATE).getAllKeys(update.id)).toEqual([photo.ref.id]);
    // An update's record carries no findingId: it stays out of the new index.
    expect(await tx.store.index(EVIDENCE_BY_FINDING).count()).toBe(0);
    await tx.done;
    const store = createIdbStore({ db, actor: () => PLANNER });
    const kept = await store.readEvidence(photo.ref.id);
    expect(kept.file).toEqual(photo.ref);
    expect(await bytesOf(kept.blob)).toEqual(photo.bytes);
    expect((await store.evidenceUsage()).used).toBe(photo.ref.size);
    expect(await store.listProblems()).toEqual([]);
  });

  it('keeps a finding’s file after the migration, as `{ id, findingId, file, bytes }`', async () => {
    const name = freshName();
    await version4With(name, attachment('pdf', 'ของรายงาน.pdf'));
    const db = await openDatabase({ name, initialData: seedData });
    const store = createIdbStore({ db, actor: () => PLANNER });
    const [finding] = seedData().findings;
    if (!finding) throw new Error('the seed has no finding');
    const scan = attachment('png', 'หน้าเว็บไซต์.png');
    await store.saveFinding({ ...finding, files: [scan.ref] }, { files: [scan.blob] });
    const raw: unknown = await db.get(STORES.evidenceFiles, scan.ref.id);
    expect(raw).toEqual({ id: scan.ref.id, findingId: finding.id, file: scan.ref, bytes: expect.anything() });
    expect(await db.getAllKeysFromIndex(STORES.evidenceFiles, EVIDENCE_BY_FINDING, finding.id)).toEqual([scan.ref.id]);
  });

  it.each([
    ['both an update and a finding', { updateId: 'upd-1', findingId: 'fnd-1' }],
    ['no owner at all', {}],
  ])('reads a file record with %s as damaged', async (_, owner) => {
    const db = await openDatabase({ name: freshName(), initialData: seedData });
    const file = attachment('pdf', 'เสีย.pdf');
    await db.put(STORES.evidenceFiles, record(file, owner));
    const error = await createIdbStore({ db, actor: () => PLANNER })
      .readEvidence(file.ref.id)
      .then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).detail).toMatchObject({ kind: 'storage', reason: 'unreadable' });
  });
});
