import type { EvidenceFile } from '../../../domain/evidence/schema';
import type { DataSet } from '../../../domain/schemas/dataSet';
import { checkUpload, uploadRefused } from '../../files/checkUpload';
import { validationError } from '../../storeError';
import type { FileOwner, KeptFileRecord } from './evidenceFiles';

// Loaded only when files arrive (an update or a finding with new files, a restore that names
// some): the reader of file types and the hashing are no part of opening the store.

/**
 * The bytes of an update's or a finding's new files, checked (count, size, type, SHA-256) and
 * read whole before the writing transaction opens: a transaction closes on an await of anything
 * but its own requests. A fault is refused at `place(path)`: `files.<i>`, or where the caller
 * says the file stands (its place among a finding's kept files, under a restore's record).
 */
export async function checkedBytes(
  owner: FileOwner,
  refs: readonly EvidenceFile[],
  blobs: readonly (Blob | undefined)[],
  place: (path: string) => string = (path) => path,
): Promise<KeptFileRecord[]> {
  const fault = await checkUpload(refs, blobs);
  if (fault) throw uploadRefused({ ...fault, path: place(fault.path) });
  // checkUpload read each blob too; read again here so that no more than one file's bytes are
  // held while checking, and each is held once after.
  return Promise.all(refs.map(async (file, i) => ({ id: file.id, ...owner, file, bytes: await (blobs[i] as Blob).arrayBuffer() })));
}

type Owned = { owner: FileOwner; at: string; files: readonly EvidenceFile[] };

/**
 * Every file a data set's updates and findings name, checked against its reference, before a
 * restore's transaction opens. A data set that names files but comes without them is refused at
 * the first such file, as is one file named twice anywhere (a withdrawal or save of either owner
 * would take the other's file).
 */
export async function restoredFiles(data: DataSet, files: ReadonlyMap<string, Blob> | undefined): Promise<KeptFileRecord[]> {
  const owners: Owned[] = [
    ...data.progressUpdates.map((u, i) => ({ owner: { updateId: u.id }, at: `progressUpdates.${i}`, files: u.files ?? [] })),
    ...data.findings.map((f, i) => ({ owner: { findingId: f.id }, at: `findings.${i}`, files: f.files ?? [] })),
  ];
  const seen = new Set<string>();
  for (const { at, files: refs } of owners) {
    for (const [j, ref] of refs.entries()) {
      if (seen.has(ref.id))
        throw validationError([{ path: `${at}.files.${j}`, code: 'evidence-duplicate-id', message: `ไฟล์หลักฐานรหัส "${ref.id}" ถูกอ้างถึงมากกว่าหนึ่งแห่ง` }]);
      seen.add(ref.id);
    }
  }
  const kept: KeptFileRecord[] = [];
  for (const { owner, at, files: refs } of owners) {
    if (refs.length > 0) kept.push(...(await checkedBytes(owner, refs, refs.map((ref) => files?.get(ref.id)), (path) => `${at}.${path}`)));
  }
  return kept;
}
