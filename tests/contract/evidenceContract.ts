import type { Store } from '../../src/data/store';
import type { Actor } from '../../src/domain/schemas/actor';
import type { DataSet } from '../../src/domain/schemas/dataSet';
import { seedData } from '../support/seed';
import { blobsOf, filesOf, keptFiles, keptUpdate, MEASURE, refsOf, total } from './evidenceFiles';
import { attachment, EXE, PDF, sha256, type Attachment } from './evidenceSamples';
import { failure, FINANCE_HEAD, PLANNER, progress, type StoreFactory } from './storeContract';

const MB = 1024 * 1024;

/** The seed with one more update, which names `files`; `at` is that update's index. */
function dataWith(files: Attachment[]): { data: DataSet; at: number } {
  const data = seedData();
  data.progressUpdates.push(keptUpdate(files));
  return { data, at: data.progressUpdates.length - 1 };
}

/**
 * Evidence files through every store (issue 25): an update and its files are kept, taken back and
 * restored together, and a file that is not what its reference says is refused with nothing kept.
 */
export function describeEvidenceContract(name: string, factory: StoreFactory) {
  describe(`Store contract, evidence files: ${name}`, () => {
    let who: Actor;
    let store: Store;

    beforeEach(async () => {
      who = FINANCE_HEAD;
      store = await factory(seedData(), () => who);
    });

    const { expectKept, expectGone, expectAddressed } = keptFiles(() => store);

    it('keeps an update with its files: the references on the update, the bytes read back as sent', async () => {
      const files = [attachment('jpeg', 'อบรม ๑.jpg'), attachment('png', 'หน้าจอ.png'), attachment('pdf', 'บันทึกข้อความ.pdf')];
      const update = await store.appendProgress(MEASURE, progress({ files: refsOf(files) }), { files: blobsOf(files) });
      expect(update.files).toEqual(refsOf(files));
      expect((await store.listProgress(MEASURE))[0]?.files).toEqual(refsOf(files));
      await expectKept(files);
      expectAddressed(files);
    });

    it('answers not found for a file it does not hold', async () => {
      expect((await failure(store.readEvidence('file-none'))).kind).toBe('not-found');
    });

    it('counts the bytes it keeps in the space used', async () => {
      const before = await store.evidenceUsage();
      const files = [attachment('jpeg', 'a.jpg'), attachment('pdf', 'b.pdf')];
      await store.appendProgress(MEASURE, progress({ files: refsOf(files) }), { files: blobsOf(files) });
      const after = await store.evidenceUsage();
      expect(after.used - before.used).toBe(total(files));
      expect(after.limit === null || after.limit >= after.used).toBe(true);
    });

    it('takes the files back with a withdrawn update, and only its own', async () => {
      const before = await store.evidenceUsage();
      const other = [attachment('png', 'ยังอยู่.png')];
      await store.appendProgress(MEASURE, progress({ files: refsOf(other) }), { files: blobsOf(other) });
      const files = [attachment('jpeg', 'a.jpg'), attachment('pdf', 'b.pdf')];
      const update = await store.appendProgress(MEASURE, progress({ files: refsOf(files) }), { files: blobsOf(files) });
      await store.withdrawProgress(update.id);
      await expectGone(files);
      await expectKept(other);
      expect((await store.evidenceUsage()).used).toBe(before.used + total(other));
    });

    it('keeps nothing of an upload cancelled before it starts', async () => {
      const files = [attachment('jpeg', 'ยกเลิก.jpg')];
      const cancel = new AbortController();
      cancel.abort();
      await expect(store.appendProgress(MEASURE, progress({ files: refsOf(files) }), { files: blobsOf(files), signal: cancel.signal })).rejects.toMatchObject({ detail: { kind: 'network', reason: 'cancelled' } });
      expect(await store.listProgress(MEASURE)).toEqual([]);
      await expectGone(files);
    });

    it('never writes over a file another update keeps: the same id again is refused', async () => {
      const first = [attachment('pdf', 'ฉบับแรก.pdf')];
      const kept = await store.appendProgress(MEASURE, progress({ files: refsOf(first) }), { files: blobsOf(first) });
      const again = attachment('jpeg', 'แทนที่.jpg');
      const error = await failure(store.appendProgress(MEASURE, progress({ files: [{ ...again.ref, id: first[0]?.ref.id ?? '' }] }), { files: [again.blob] }));
      expect(error.detail).toMatchObject({ kind: 'validation', fields: [expect.objectContaining({ path: 'files.0' })] });
      expect((await store.listProgress(MEASURE)).map((u) => u.id)).toEqual([kept.id]);
      await expectKept(first);
    });

    const good = () => attachment('jpeg', 'ภาพกิจกรรม.jpg');
    // Each fault comes after a good file, so the refusal must name the right one and keep neither.
    it.each<[string, () => { refs: Attachment['ref'][]; blobs: Blob[] }, { path: string; code: string; values?: object }]>([
      [
        'a file whose SHA-256 is not its reference’s',
        () => {
          const ok = good();
          const bad = attachment('pdf', 'รายงาน.pdf');
          return { refs: [ok.ref, { ...bad.ref, sha256: sha256(PDF.subarray(1)) }], blobs: [ok.blob, bad.blob] };
        },
        { path: 'files.1', code: 'evidence.file.hashMismatch', values: { name: 'รายงาน.pdf' } },
      ],
      [
        'an 11 MB file, though its reference claims the 10 MB limit',
        () => {
          const ok = good();
          const big = new Uint8Array(11 * MB).fill(0x20);
          big.set(PDF);
          const bad = attachment('pdf', 'สแกนทั้งเล่ม.pdf', big);
          return { refs: [ok.ref, { ...bad.ref, size: 10 * MB }], blobs: [ok.blob, bad.blob] };
        },
        { path: 'files.1', code: 'evidence.file.tooBig', values: { name: 'สแกนทั้งเล่ม.pdf', size: 11 * MB, limit: 10 * MB } },
      ],
      [
        'a Windows program whose reference says JPEG',
        () => {
          const ok = good();
          const bad = attachment('jpeg', 'รูป.jpg', EXE);
          return { refs: [ok.ref, bad.ref], blobs: [ok.blob, bad.blob] };
        },
        { path: 'files.1', code: 'evidence.file.typeNotAllowed', values: { name: 'รูป.jpg', found: 'exe' } },
      ],
      [
        'fewer files than references',
        () => {
          const ok = good();
          const missing = attachment('pdf', 'ไม่ได้ส่ง.pdf');
          return { refs: [ok.ref, missing.ref], blobs: [ok.blob] };
        },
        { path: 'files.1', code: 'evidence.file.hashMismatch', values: { name: 'ไม่ได้ส่ง.pdf' } },
      ],
      [
        'a 21st file',
        () => {
          const files = Array.from({ length: 21 }, (_, i) => attachment('pdf', `หลักฐาน ${i + 1}.pdf`));
          return { refs: refsOf(files.slice(0, 20)), blobs: blobsOf(files) };
        },
        { path: 'files', code: 'evidence.update.tooMany', values: { count: 21, limit: 20 } },
      ],
    ])('refuses %s, keeping neither the update nor any file', async (_, make, field) => {
      const before = await store.evidenceUsage();
      const { refs, blobs } = make();
      const error = await failure(store.appendProgress(MEASURE, progress({ files: refs }), { files: blobs }));
      expect(error.detail).toMatchObject({ kind: 'validation', fields: [expect.objectContaining(field)] });
      expect(await store.listProgress(MEASURE)).toEqual([]);
      expect((await store.listAudit(MEASURE)).filter((e) => e.action === 'progress-added')).toEqual([]);
      for (const ref of refs) expect((await failure(store.readEvidence(ref.id))).kind).toBe('not-found');
      expect((await store.evidenceUsage()).used).toBe(before.used);
    });

    it('refuses 21 references on the files field, keeping nothing', async () => {
      const files = Array.from({ length: 21 }, (_, i) => attachment('pdf', `หลักฐาน ${i + 1}.pdf`));
      const error = await failure(store.appendProgress(MEASURE, progress({ files: refsOf(files) }), { files: blobsOf(files) }));
      expect(error.detail).toMatchObject({ kind: 'validation', fields: [expect.objectContaining({ path: 'files' })] });
      expect(await store.listProgress(MEASURE)).toEqual([]);
      await expectGone(files.slice(0, 1));
    });

    describe('restoring a data set with its files', () => {
      beforeEach(() => {
        who = PLANNER;
      });

      it('keeps the files beside the updates that name them, and nothing kept before', async () => {
        const earlier = [attachment('png', 'ก่อนกู้คืน.png')];
        await store.appendProgress(MEASURE, progress({ files: refsOf(earlier) }), { files: blobsOf(earlier) });
        const files = [attachment('jpeg', 'อบรม.jpg'), attachment('pdf', 'บันทึกข้อความ.pdf')];
        const { data } = dataWith(files);
        await store.replaceData(data, { files: filesOf(files) });
        await expectKept(files);
        await expectGone(earlier);
        expect((await store.listProgress(MEASURE)).map((u) => u.files)).toEqual([refsOf(files)]);
        expect((await store.exportData()).progressUpdates.find((u) => u.id === 'upd-with-files')?.files).toEqual(refsOf(files));
        expect((await store.evidenceUsage()).used).toBe(total(files));
      });

      it.each<[string, (files: Attachment[]) => ReadonlyMap<string, Blob> | undefined, string]>([
        ['a file missing from the backup', (files) => filesOf(files.slice(0, 1)), 'files.1'],
        [
          'a file whose bytes were damaged',
          (files) => new Map(files.map((f, i) => [f.ref.id, i === 1 ? new Blob([Uint8Array.from(f.bytes, (b, j) => (j === 20 ? b ^ 0xff : b))]) : f.blob])),
          'files.1',
        ],
        ['no files at all for updates that name some', () => undefined, 'files.0'],
      ])('refuses %s, naming the update and the file, and changes nothing', async (_, given, filePath) => {
        const kept = [attachment('png', 'ก่อนกู้คืน.png')];
        const update = await store.appendProgress(MEASURE, progress({ files: refsOf(kept) }), { files: blobsOf(kept) });
        const files = [attachment('jpeg', 'อบรม.jpg'), attachment('pdf', 'บันทึกข้อความ.pdf')];
        const { data, at } = dataWith(files);
        const error = await failure(store.replaceData(data, { files: given(files) }));
        expect(error.detail).toMatchObject({
          kind: 'validation',
          fields: [expect.objectContaining({ path: `progressUpdates.${at}.${filePath}`, code: 'evidence.file.hashMismatch' })],
        });
        expect((await store.listProgress(MEASURE)).map((u) => u.id)).toEqual([update.id]);
        await expectKept(kept);
        await expectGone(files);
      });
    });
  });
}
