import type { EvidenceUpload, KeptEvidence, Store } from '../../src/data/store';
import { StoreError } from '../../src/data/storeError';
import type { ProgressInput } from '../../src/domain/schemas/measureInput';

export interface AppendCall {
  input: ProgressInput;
  upload: EvidenceUpload | undefined;
}

/**
 * The browser store with its files kept in a Map beside it: the screens are tested on their own,
 * whatever stage the adapters' own evidence code is at (their contract suite tests that).
 */
export function withFakeEvidence(store: Store) {
  const kept = new Map<string, KeptEvidence>();
  const filesOf = new Map<string, ProgressInput['files']>();
  const calls: AppendCall[] = [];
  const append = store.appendProgress.bind(store);
  const list = store.listProgress.bind(store);
  const save = async (measureId: string, input: ProgressInput, upload?: EvidenceUpload) => {
    const { files, ...plain } = input;
    const update = await append(measureId, plain);
    files?.forEach((file, i) => kept.set(file.id, { file, blob: upload?.files?.[i] as Blob }));
    filesOf.set(update.id, files);
    return files ? { ...update, files } : update;
  };
  const fake = {
    calls,
    kept,
    /** What the next saves do instead of keeping: a refusal, a hang until cancelled… */
    next: [] as ((measureId: string, input: ProgressInput, upload?: EvidenceUpload) => Promise<unknown>)[],
  };
  store.appendProgress = (measureId, input, upload) => {
    calls.push({ input, upload });
    const instead = fake.next.shift();
    return (instead ? instead(measureId, input, upload) : save(measureId, input, upload)) as ReturnType<Store['appendProgress']>;
  };
  store.listProgress = async (measureId) =>
    (await list(measureId)).map((u) => {
      const files = filesOf.get(u.id);
      return files ? { ...u, files } : u;
    });
  store.readEvidence = async (id) => {
    const found = kept.get(id);
    if (!found) throw new StoreError({ kind: 'not-found' }, 'ไม่พบไฟล์หลักฐาน');
    return found;
  };
  store.evidenceUrl = () => null;
  return fake;
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
