import type { Store } from '../../src/data/store';
import { EVIDENCE_TYPES } from '../../src/domain/evidence/fileType';
import type { ProgressUpdate } from '../../src/domain/schemas/measure';
import { bytesOf, sha256, type Attachment } from './evidenceSamples';
import { failure, FINANCE_HEAD } from './storeContract';

// What the two evidence contracts (a progress update's files, a finding's) share: the seed's
// measure their updates go on, the parts of an attachment a call takes, and the checks of what a
// store keeps.

export const MEASURE = 'msr-plan-3';

export const refsOf = (files: Attachment[]) => files.map((f) => f.ref);
export const blobsOf = (files: Attachment[]) => files.map((f) => f.blob);
export const total = (files: Attachment[]) => files.reduce((sum, f) => sum + f.ref.size, 0);
/** The files' bytes by id, as replaceData takes a backup's. */
export const filesOf = (files: Attachment[]) => new Map(files.map((f) => [f.ref.id, f.blob]));

/** A progress update of the finance head's on MEASURE as a backup holds it, naming `files`. */
export function keptUpdate(files: Attachment[], { id = 'upd-with-files', note = 'อบรมเจ้าหน้าที่แล้ว ภาพถ่ายและบันทึกข้อความแนบ' } = {}): ProgressUpdate {
  return {
    id,
    measureId: MEASURE,
    date: '2023-02-10',
    status: 'in-progress',
    percent: 50,
    note,
    evidenceUrl: '',
    authorName: FINANCE_HEAD.name,
    unitId: 'unit-finance',
    createdAt: '2023-02-10T09:00:00.000Z',
    files: refsOf(files),
  };
}

/** The checks of the files `store()` keeps; a getter, as a test may put another store in its place. */
export function keptFiles(store: () => Store) {
  return {
    /** Each of `files` reads back: its reference, its type, and bytes equal to those sent. */
    async expectKept(files: Attachment[]) {
      for (const { ref, bytes } of files) {
        const kept = await store().readEvidence(ref.id);
        expect(kept.file).toEqual(ref);
        const read = await bytesOf(kept.blob);
        expect(read).toEqual(bytes);
        expect(sha256(read)).toBe(ref.sha256);
        expect(kept.blob.type).toBe(EVIDENCE_TYPES[ref.type].mime);
      }
    },
    async expectGone(files: Attachment[]) {
      for (const { ref } of files) expect((await failure(store().readEvidence(ref.id))).kind).toBe('not-found');
    },
    /** Each file is served where the store says: no address (the browser's), or the API's. */
    expectAddressed(files: Attachment[]) {
      for (const { ref } of files) {
        const url = store().evidenceUrl(ref.id);
        expect(url === null || url.endsWith(`/evidence/${encodeURIComponent(ref.id)}`)).toBe(true);
      }
    },
  };
}
