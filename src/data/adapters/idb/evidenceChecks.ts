import type { EvidenceFile } from '../../../domain/evidence/schema';
import type { DataSet } from '../../../domain/schemas/dataSet';
import { checkUpload, uploadRefused } from '../../files/checkUpload';
import { validationError } from '../../storeError';
import type { KeptFileRecord } from './evidenceFiles';

// Loaded only when files arrive (a progress update with files, a restore that names some): the
// reader of file types and the hashing are no part of opening the store.

/**
 * The bytes of an update's files, checked (count, size, type, SHA-256) and read whole before the
 * writing transaction opens: a transaction closes on an await of anything but its own requests.
 * A fault is refused at `place(path)`: `files.<i>`, or the same under a restore's update.
 */
export async function checkedBytes(
  updateId: string,
  refs: readonly EvidenceFile[],
  blobs: readonly (Blob | undefined)[],
  place: (path: string) => string = (path) => path,
): Promise<KeptFileRecord[]> {
  const fault = await checkUpload(refs, blobs);
  if (fault) throw uploadRefused({ ...fault, path: place(fault.path) });
  // checkUpload read each blob too; read again here so that no more than one file's bytes are
  // held while checking, and each is held once after.
  return Promise.all(
    refs.map(async (file, i) => ({ id: file.id, updateId, file, bytes: await (blobs[i] as Blob).arrayBuffer() })),
  );
}

/**
 * Every file a data set's updates name, checked against its reference, before a restore's
 * transaction opens. A data set whose updates name files but that comes without them is refused
 * at the first such file, as is one file named by two updates (a withdrawal of either would take
 * the other's file).
 */
export async function restoredFiles(data: DataSet, files: ReadonlyMap<string, Blob> | undefined): Promise<KeptFileRecord[]> {
  const seen = new Set<string>();
  const kept: KeptFileRecord[] = [];
  for (const [i, update] of data.progressUpdates.entries()) {
    const refs = update.files ?? [];
    for (const [j, ref] of refs.entries()) {
      if (seen.has(ref.id))
        throw validationError([
          { path: `progressUpdates.${i}.files.${j}`, code: 'evidence-duplicate-id', message: `ไฟล์หลักฐานรหัส "${ref.id}" ถูกอ้างถึงจากรายงานความคืบหน้ามากกว่าหนึ่งรายการ` },
        ]);
      seen.add(ref.id);
    }
    if (refs.length > 0) kept.push(...(await checkedBytes(update.id, refs, refs.map((ref) => files?.get(ref.id)), (path) => `progressUpdates.${i}.${path}`)));
  }
  return kept;
}
