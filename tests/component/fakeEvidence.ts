import type { EvidenceUpload, KeptEvidence, Store } from '../../src/data/store';
import { StoreError } from '../../src/data/storeError';
import type { EvidenceFile } from '../../src/domain/evidence/schema';
import type { ProgressInput } from '../../src/domain/schemas/measureInput';

export interface AppendCall {
  input: ProgressInput;
  upload: EvidenceUpload | undefined;
}

/**
 * The browser store with the files of one kind of record (a progress update's, a finding's) kept
 * in a Map beside it, as the Store contract says: a saved record's `files` is every file it keeps,
 * the new ones' blobs in `upload.files` in their order. The screens are tested on their own,
 * whatever stage the adapters' own file code is at (their contract suites test that).
 * `Args` are the arguments of the save it stands in for, `Call` what a test reads back of one.
 */
export function fakeFiles<Args extends unknown[], Call>(store: Store) {
  const kept = new Map<string, KeptEvidence>();
  const filesOf = new Map<string, EvidenceFile[] | undefined>();
  const fake = {
    calls: [] as Call[],
    kept,
    /** What the next saves do instead of keeping: a refusal, a hang until cancelled… */
    next: [] as ((...args: Args) => Promise<unknown>)[],
  };
  store.readEvidence = async (id) => {
    const found = kept.get(id);
    if (!found) throw new StoreError({ kind: 'not-found' }, 'ไม่พบไฟล์หลักฐาน');
    return found;
  };
  store.evidenceUrl = () => null;
  return {
    fake,
    /** Records the call, then does what a test queued in `next`, or else `save`. */
    route<T>(call: Call, args: Args, save: () => Promise<T>): Promise<T> {
      fake.calls.push(call);
      const instead = fake.next.shift();
      return (instead ? instead(...args) : save()) as Promise<T>;
    },
    /** Keeps `files` as the saved record's: the new ones with their blobs, the dropped ones forgotten. */
    keep<T extends { id: string }>(saved: T, files: EvidenceFile[] | undefined, upload?: EvidenceUpload): T {
      const before = new Set((filesOf.get(saved.id) ?? []).map((f) => f.id));
      const fresh = (files ?? []).filter((f) => !before.has(f.id));
      fresh.forEach((file, i) => kept.set(file.id, { file, blob: upload?.files?.[i] as Blob }));
      for (const id of before) if (!files?.some((f) => f.id === id)) kept.delete(id);
      filesOf.set(saved.id, files);
      return files ? { ...saved, files } : saved;
    },
    /** A listed record with the files kept for it. */
    withFiles<T extends { id: string }>(record: T): T {
      const files = filesOf.get(record.id);
      return files ? { ...record, files } : record;
    },
  };
}

/** The browser store with a progress update's files kept beside it (see `fakeFiles`). */
export function withFakeEvidence(store: Store) {
  const files = fakeFiles<Parameters<Store['appendProgress']>, AppendCall>(store);
  const append = store.appendProgress.bind(store);
  const list = store.listProgress.bind(store);
  store.appendProgress = (...args) => {
    const [measureId, input, upload] = args;
    const { files: chosen, ...plain } = input;
    return files.route({ input, upload }, args, async () => files.keep(await append(measureId, plain), chosen, upload));
  };
  store.listProgress = async (measureId) => (await list(measureId)).map((u) => files.withFiles(u));
  return files.fake;
}

/** Object URLs as jsdom lacks them: each blob gets `blob:test/<n>`, and revoking is recorded. */
export function fakeObjectUrls() {
  const made = new Map<string, Blob>();
  const revoked: string[] = [];
  const before = { createObjectURL: URL.createObjectURL, revokeObjectURL: URL.revokeObjectURL };
  let n = 0;
  Object.assign(URL, {
    createObjectURL: (blob: Blob) => {
      const url = `blob:test/${(n += 1)}`;
      made.set(url, blob);
      return url;
    },
    revokeObjectURL: (url: string) => void revoked.push(url),
  });
  return { made, revoked, restore: () => Object.assign(URL, before) };
}

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)));

export const pdfFile = (name = 'รายงานการประชุม.pdf') =>
  new File([bytes('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n')], name, { type: 'application/pdf' });

/** A JPEG as far as the type check reads it; the downscale is replaced in these tests. */
export const jpegFile = (name = 'อบรม.jpg') => new File([bytes([0xff, 0xd8, 0xff, 0xe0], 'JFIF camera bytes')], name, { type: 'image/jpeg' });

/** A Windows program renamed to look like a photo. */
export const exeAsJpeg = (name = 'setup.jpg') => new File([bytes('MZ', [0x90, 0, 3, 0, 0, 0, 4, 0], 'This program cannot be run in DOS mode.')], name, { type: 'image/jpeg' });
