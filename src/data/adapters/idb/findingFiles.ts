import type { IDBPDatabase } from 'idb';
import type { EvidenceFile } from '../../../domain/evidence/schema';
import { findingSchema, type Finding } from '../../../domain/schemas/finding';
import { uploadRefused } from '../../files/checkUpload';
import { validationError } from '../../storeError';
import { checkedBytes } from './evidenceChecks';
import type { KeptFileRecord } from './evidenceFiles';
import { EVIDENCE_BY_FINDING, STORES } from './schema';

// Loaded only for a finding that has or gets files, with the checks and the type reader.

/** What a finding's save does to its files, worked out before its transaction opens. */
export interface FilePlan {
  /** The new files, checked and read, and the place each stands in `finding.files`. */
  added: { record: KeptFileRecord; at: number }[];
  /** The files the finding keeps already and still lists, and the place each stands. */
  kept: { ref: EvidenceFile; at: number }[];
}

const sameFile = (a: EvidenceFile, b: EvidenceFile) => a.sha256 === b.sha256 && a.size === b.size && a.type === b.type && a.name === b.name;
const changed = ({ ref, at }: { ref: EvidenceFile; at: number }) => uploadRefused({ path: `files.${at}`, refusal: { code: 'file.hashMismatch', values: { name: ref.name } } });
const taken = (at: number) => validationError([{ path: `files.${at}`, code: 'evidence-duplicate-id', message: 'มีไฟล์หลักฐานรหัสนี้อยู่แล้ว' }]);

/**
 * Sorts `finding.files` into the files the finding keeps (each must be the reference kept) and new
 * ones (an id nobody keeps; their bytes are `blobs`, in the order they stand), and checks and reads
 * the new ones' bytes. A refusal names the file by its place in `finding.files`.
 */
export async function planFiles(db: IDBPDatabase<unknown>, finding: Finding, blobs: readonly Blob[]): Promise<FilePlan> {
  const tx = db.transaction([STORES.findings, STORES.evidenceFiles], 'readonly');
  const files = tx.objectStore(STORES.evidenceFiles);
  const [own, stored] = await Promise.all([files.index(EVIDENCE_BY_FINDING).getAllKeys(finding.id), tx.objectStore(STORES.findings).get(finding.id)]);
  const owned = new Set(own.map(String));
  // The finding's record holds a copy of each reference: compared without reading any bytes.
  const before = findingSchema.safeParse(stored);
  const copies = new Map((before.success ? (before.data.files ?? []) : []).map((f) => [f.id, f]));
  const plan: FilePlan = { added: [], kept: [] };
  const fresh: { ref: EvidenceFile; at: number }[] = [];
  for (const [at, ref] of (finding.files ?? []).entries()) {
    if (owned.has(ref.id)) {
      const was = copies.get(ref.id) ?? ((await files.get(ref.id)) as { file?: EvidenceFile } | undefined)?.file;
      if (!was || !sameFile(was, ref)) throw changed({ ref, at });
      plan.kept.push({ ref, at });
    } else if ((await files.count(ref.id)) > 0) throw taken(at);
    else fresh.push({ ref, at });
  }
  await tx.done;
  if (fresh.length === 0 && blobs.length === 0) return plan;
  // checkUpload says `files.<j>`, j the place among the new files: re-placed among all of them.
  const place = (path: string) => path.replace(/^files\.(\d+)$/, (_, j: string) => `files.${fresh[Number(j)]?.at ?? j}`);
  const records = await checkedBytes({ findingId: finding.id }, fresh.map((f) => f.ref), blobs, place);
  plan.added = records.map((record, i) => ({ record, at: fresh[i]?.at ?? i }));
  return plan;
}

/** The store `evidenceFiles` in the save's readwrite transaction: all this needs of it. */
interface FilesStore {
  count(key: string): Promise<number>;
  add(record: KeptFileRecord): Promise<unknown>;
}

/**
 * In the save's transaction: the plan checked again (another tab may have saved meanwhile), the new
 * files added. `owned` is what the finding keeps now, read in this transaction.
 */
export async function addPlanned(files: FilesStore, owned: ReadonlySet<string>, plan: FilePlan): Promise<void> {
  const gone = plan.kept.find(({ ref }) => !owned.has(ref.id));
  if (gone) throw changed(gone);
  const counts = await Promise.all(plan.added.map(({ record }) => files.count(record.id)));
  const twice = counts.findIndex((count) => count > 0);
  if (twice >= 0) throw taken(plan.added[twice]?.at ?? twice);
  await Promise.all(plan.added.map(({ record }) => files.add(record)));
}
