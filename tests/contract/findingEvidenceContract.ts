import type { Store } from '../../src/data/store';
import type { Actor } from '../../src/domain/schemas/actor';
import type { Finding } from '../../src/domain/schemas/finding';
import { seedData } from '../support/seed';
import { blobsOf, filesOf, keptFiles, keptUpdate, MEASURE, refsOf, total } from './evidenceFiles';
import { attachment, PDF, sha256, type Attachment } from './evidenceSamples';
import { failure, FINANCE_HEAD, PLANNER, progress, type StoreFactory } from './storeContract';

const ASSESSMENT = 'asm-2565';

function at<T>(list: readonly T[], i: number): T {
  const item = list[i];
  if (item === undefined) throw new Error(`nothing at ${i}`);
  return item;
}

/** The seed's first finding, as the screen would hand it back with `files`. */
function findingWith(files: Attachment['ref'][] | undefined): Finding {
  const [finding] = seedData().findings;
  if (!finding) throw new Error('the seed has no finding');
  return files === undefined ? finding : { ...finding, files };
}

/**
 * A finding's evidence files through every store (issue 25): `finding.files` lists every file the
 * finding keeps after a save, only the new ones' bytes travel, and the finding and its files are
 * written, changed and restored together or not at all.
 */
export function describeFindingEvidenceContract(name: string, factory: StoreFactory) {
  describe(`Store contract, a finding's evidence files: ${name}`, () => {
    let who: Actor;
    let store: Store;
    const FINDING = findingWith(undefined).id;

    beforeEach(async () => {
      who = PLANNER;
      store = await factory(seedData(), () => who);
    });

    const listed = async () => (await store.listFindings(ASSESSMENT)).find((f) => f.id === FINDING);

    const { expectKept, expectGone, expectAddressed } = keptFiles(() => store);

    /** Saves the finding with `files`, all new. */
    const saveNew = (files: Attachment[]) => store.saveFinding(findingWith(refsOf(files)), { files: blobsOf(files) });

    it('keeps a finding with its files, read back byte for byte and counted in the space used', async () => {
      const before = await store.evidenceUsage();
      const files = [attachment('png', 'หน้าเว็บไซต์.png'), attachment('pdf', 'หนังสือแจ้งผล.pdf')];
      const saved = await saveNew(files);
      expect(saved.files).toEqual(refsOf(files));
      expect((await listed())?.files).toEqual(refsOf(files));
      await expectKept(files);
      expectAddressed(files);
      expect((await store.evidenceUsage()).used - before.used).toBe(total(files));
    });

    it('keeps its files when saved again listing them, with no bytes sent', async () => {
      const files = [attachment('jpeg', 'ภาพ.jpg'), attachment('pdf', 'หนังสือ.pdf')];
      await saveNew(files);
      const used = (await store.evidenceUsage()).used;
      await store.saveFinding({ ...findingWith(refsOf(files)), title: 'หัวข้อแก้ไขแล้ว' });
      expect(await listed()).toMatchObject({ title: 'หัวข้อแก้ไขแล้ว', files: refsOf(files) });
      await expectKept(files);
      expect((await store.evidenceUsage()).used).toBe(used);
    });

    it('deletes a kept file the finding no longer lists, and only that one', async () => {
      const files = [attachment('jpeg', 'ภาพ.jpg'), attachment('pdf', 'หนังสือ.pdf'), attachment('png', 'หน้าจอ.png')];
      await saveNew(files);
      const used = (await store.evidenceUsage()).used;
      const [first, removed, last] = [at(files, 0), at(files, 1), at(files, 2)];
      await store.saveFinding(findingWith([first.ref, last.ref]));
      expect((await listed())?.files).toEqual([first.ref, last.ref]);
      await expectGone([removed]);
      await expectKept([first, last]);
      expect((await store.evidenceUsage()).used).toBe(used - removed.ref.size);
    });

    it('adds files later: only the new ones’ bytes, in the order they stand among the kept', async () => {
      const kept = [attachment('jpeg', 'เดิม ๑.jpg'), attachment('pdf', 'เดิม ๒.pdf')];
      await saveNew(kept);
      const added = [attachment('png', 'ใหม่ ๑.png'), attachment('pdf', 'ใหม่ ๒.pdf')];
      const [k1, k2, a1, a2] = [at(kept, 0), at(kept, 1), at(added, 0), at(added, 1)];
      await store.saveFinding(findingWith([a1.ref, k1.ref, a2.ref, k2.ref]), { files: [a1.blob, a2.blob] });
      expect((await listed())?.files).toEqual([a1.ref, k1.ref, a2.ref, k2.ref]);
      await expectKept([...kept, ...added]);
    });

    it('clears every file with an empty list', async () => {
      const before = await store.evidenceUsage();
      const files = [attachment('jpeg', 'ภาพ.jpg')];
      await saveNew(files);
      await store.saveFinding(findingWith([]));
      await expectGone(files);
      expect((await store.evidenceUsage()).used).toBe(before.used);
    });

    describe('refusals, each changing nothing', () => {
      let kept: Attachment[];
      let before: { used: number };
      beforeEach(async () => {
        kept = [attachment('jpeg', 'ที่เก็บไว้.jpg')];
        await saveNew(kept);
        before = await store.evidenceUsage();
      });

      /** The finding still has just the kept file, and nothing else was written. */
      async function expectUnchanged(tried: Attachment[]) {
        expect((await listed())?.files).toEqual(refsOf(kept));
        await expectKept(kept);
        await expectGone(tried.filter((f) => !kept.includes(f)));
        expect((await store.evidenceUsage()).used).toBe(before.used);
      }

      it('refuses a new file whose SHA-256 is not its reference’s, at its place in finding.files', async () => {
        const good = attachment('png', 'ดี.png');
        const bad = attachment('pdf', 'รายงาน.pdf');
        const refs = [at(kept, 0).ref, good.ref, { ...bad.ref, sha256: sha256(PDF.subarray(1)) }];
        const error = await failure(store.saveFinding(findingWith(refs), { files: [good.blob, bad.blob] }));
        expect(error.detail).toMatchObject({
          kind: 'validation',
          fields: [expect.objectContaining({ path: 'files.2', code: 'evidence.file.hashMismatch', values: { name: 'รายงาน.pdf' } })],
        });
        await expectUnchanged([good, bad]);
      });

      it('refuses a kept file whose reference the save changed', async () => {
        const renamed = { ...at(kept, 0).ref, name: 'เปลี่ยนชื่อ.jpg' };
        const error = await failure(store.saveFinding(findingWith([renamed])));
        expect(error.detail).toMatchObject({ kind: 'validation', fields: [expect.objectContaining({ path: 'files.0', code: 'evidence.file.hashMismatch' })] });
        await expectUnchanged([]);
      });

      it('refuses a new file sent without its bytes', async () => {
        const missing = attachment('pdf', 'ไม่ได้ส่ง.pdf');
        const error = await failure(store.saveFinding(findingWith([at(kept, 0).ref, missing.ref])));
        expect(error.detail).toMatchObject({ kind: 'validation', fields: [expect.objectContaining({ path: 'files.1', code: 'evidence.file.hashMismatch' })] });
        await expectUnchanged([missing]);
      });

      it('refuses more bytes than new references, and more than 20 files', async () => {
        const files = Array.from({ length: 20 }, (_, i) => attachment('pdf', `หลักฐาน ${i + 1}.pdf`));
        const extra = attachment('pdf', 'เกิน.pdf');
        const blobs = await failure(store.saveFinding(findingWith([at(kept, 0).ref, ...refsOf(files.slice(0, 19))]), { files: [...blobsOf(files), extra.blob] }));
        expect(blobs.detail).toMatchObject({ kind: 'validation', fields: [expect.objectContaining({ path: 'files', code: 'evidence.update.tooMany' })] });
        const refs = await failure(store.saveFinding(findingWith([at(kept, 0).ref, ...refsOf(files)]), { files: blobsOf(files) }));
        expect(refs.detail).toMatchObject({ kind: 'validation', fields: [expect.objectContaining({ path: 'files' })] });
        await expectUnchanged([...files, extra]);
      });

      it('refuses a file id an update keeps, and one another finding keeps', async () => {
        who = FINANCE_HEAD;
        const updates = [attachment('pdf', 'ของรายงาน.pdf')];
        await store.appendProgress(MEASURE, progress({ files: refsOf(updates) }), { files: blobsOf(updates) });
        who = PLANNER;
        const other = at(seedData().findings, 1);
        const others = [attachment('png', 'ของข้อบกพร่องอื่น.png')];
        await store.saveFinding({ ...other, files: refsOf(others) }, { files: blobsOf(others) });
        const before = (await store.evidenceUsage()).used;
        for (const owned of [at(updates, 0), at(others, 0)]) {
          const again = attachment('jpeg', 'แทนที่.jpg');
          const ref = { ...again.ref, id: owned.ref.id };
          const error = await failure(store.saveFinding(findingWith([at(kept, 0).ref, ref]), { files: [again.blob] }));
          expect(error.detail).toMatchObject({ kind: 'validation', fields: [expect.objectContaining({ path: 'files.1', code: 'evidence-duplicate-id' })] });
          await expectKept([owned]);
        }
        expect((await listed())?.files).toEqual(refsOf(kept));
        expect((await store.evidenceUsage()).used).toBe(before);
      });

      it('keeps nothing of a save cancelled before it starts', async () => {
        const files = [attachment('png', 'ยกเลิก.png')];
        const cancel = new AbortController();
        cancel.abort();
        const saving = store.saveFinding(findingWith([at(kept, 0).ref, ...refsOf(files)]), { files: blobsOf(files), signal: cancel.signal });
        await expect(saving).rejects.toMatchObject({ detail: { kind: 'network', reason: 'cancelled' } });
        await expectUnchanged(files);
      });

      it('refuses anyone but the planning officer', async () => {
        who = FINANCE_HEAD;
        const files = [attachment('png', 'ไม่มีสิทธิ์.png')];
        expect((await failure(store.saveFinding(findingWith([...refsOf(kept), ...refsOf(files)]), { files: blobsOf(files) }))).kind).toBe('forbidden');
        await expectUnchanged(files);
      });
    });

    describe('backups', () => {
      it('exports the references in the findings, and a replace with the bytes brings the files back', async () => {
        const files = [attachment('png', 'หน้าเว็บไซต์.png'), attachment('pdf', 'หนังสือ.pdf')];
        await saveNew(files);
        const exported = await store.exportData();
        expect(exported.findings.find((f) => f.id === FINDING)?.files).toEqual(refsOf(files));
        const fresh = await factory(seedData(), () => who);
        await fresh.replaceData(exported, { files: filesOf(files) });
        store = fresh;
        expect((await listed())?.files).toEqual(refsOf(files));
        await expectKept(files);
        expect((await store.evidenceUsage()).used).toBe(total(files));
      });

      it.each<[string, (files: Attachment[]) => ReadonlyMap<string, Blob> | undefined]>([
        ['a finding’s file missing from the backup', (files) => filesOf(files.slice(0, 1))],
        ['no files at all', () => undefined],
      ])('refuses %s, naming the finding and the file, and changes nothing', async (_, given) => {
        const kept = [attachment('png', 'ก่อนกู้คืน.png')];
        await saveNew(kept);
        const files = [attachment('jpeg', 'ภาพ.jpg'), attachment('pdf', 'หนังสือ.pdf')];
        const data = seedData();
        const place = data.findings.findIndex((f) => f.id === FINDING);
        data.findings[place] = findingWith(refsOf(files));
        const j = given(files) === undefined ? 0 : 1;
        const error = await failure(store.replaceData(data, { files: given(files) }));
        expect(error.detail).toMatchObject({ kind: 'validation', fields: [expect.objectContaining({ path: `findings.${place}.files.${j}`, code: 'evidence.file.hashMismatch' })] });
        expect((await listed())?.files).toEqual(refsOf(kept));
        await expectKept(kept);
        await expectGone(files);
      });

      it('refuses a file id named by an update and by a finding', async () => {
        const shared = attachment('pdf', 'ใช้ร่วมกัน.pdf');
        const data = seedData();
        data.progressUpdates.push(keptUpdate([shared], { id: 'upd-shared-file', note: 'แนบไฟล์เดียวกับข้อบกพร่อง' }));
        data.findings[1] = { ...at(data.findings, 1), files: [shared.ref] };
        const error = await failure(store.replaceData(data, { files: filesOf([shared]) }));
        expect(error.detail).toMatchObject({ kind: 'validation', fields: [expect.objectContaining({ code: 'evidence-duplicate-id' })] });
        expect(error.detail).toMatchObject({ fields: [expect.objectContaining({ path: expect.stringMatching(/^(findings\.1|progressUpdates\.\d+)\.files\.0$/) })] });
        await expectGone([shared]);
      });
    });
  });
}
