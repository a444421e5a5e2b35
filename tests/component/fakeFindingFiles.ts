import type { EvidenceUpload, KeptEvidence, Store } from '../../src/data/store';
import { StoreError } from '../../src/data/storeError';
import type { Finding } from '../../src/domain/schemas/finding';

export interface SaveFindingCall {
  finding: Finding;
  upload: EvidenceUpload | undefined;
}

/**
 * The browser store with a finding's files kept in a Map beside it, as Store.saveFinding's
 * contract says: `finding.files` is every file kept after the save, the new ones' blobs in
 * `upload.files` in their order. The screens are tested on their own, whatever stage the
 * adapters' finding files are at (their contract suite tests those).
 */
export function withFakeFindingFiles(store: Store) {
  const kept = new Map<string, KeptEvidence>();
  const filesOf = new Map<string, Finding['files']>();
  const calls: SaveFindingCall[] = [];
  const save = store.saveFinding.bind(store);
  const list = store.listFindings.bind(store);
  const keep = async (finding: Finding, upload?: EvidenceUpload) => {
    const { files, ...plain } = finding;
    const saved = await save(plain);
    const before = new Set((filesOf.get(finding.id) ?? []).map((f) => f.id));
    const fresh = (files ?? []).filter((f) => !before.has(f.id));
    fresh.forEach((file, i) => kept.set(file.id, { file, blob: upload?.files?.[i] as Blob }));
    for (const id of before) if (!files?.some((f) => f.id === id)) kept.delete(id);
    filesOf.set(finding.id, files);
    return files ? { ...saved, files } : saved;
  };
  const fake = {
    calls,
    kept,
    /** What the next saves do instead of keeping: a refusal, a hang until cancelled… */
    next: [] as ((finding: Finding, upload?: EvidenceUpload) => Promise<unknown>)[],
  };
  store.saveFinding = (finding, upload) => {
    calls.push({ finding, upload });
    const instead = fake.next.shift();
    return (instead ? instead(finding, upload) : keep(finding, upload)) as ReturnType<Store['saveFinding']>;
  };
  store.listFindings = async (assessmentId) =>
    (await list(assessmentId)).map((f) => {
      const files = filesOf.get(f.id);
      return files ? { ...f, files } : f;
    });
  store.readEvidence = async (id) => {
    const found = kept.get(id);
    if (!found) throw new StoreError({ kind: 'not-found' }, 'ไม่พบไฟล์หลักฐาน');
    return found;
  };
  store.evidenceUrl = () => null;
  return fake;
}
