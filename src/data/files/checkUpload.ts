import { checkFileCount, checkKeptSize } from '../../domain/evidence/checks';
import { sniffFileType } from '../../domain/evidence/sniffFileType';
import { evidenceRefusalInThai, type EvidenceRefusal } from '../../domain/evidence/refusals';
import type { EvidenceFile } from '../../domain/evidence/schema';
import { StoreError } from '../storeError';
import { sha256Hex } from './sha256';

/** A refusal of one file (path `files.<i>`) or of the whole set (`files`). */
export interface UploadFault {
  path: string;
  refusal: EvidenceRefusal;
}

/**
 * What every store checks before it keeps an update's files (the browser's, the mocked API's and
 * the server's alike), since a client may lie about what it sends: as many blobs as references,
 * each of the size, type and SHA-256 its reference says, and within the limits. The first fault
 * found, or null. Hashing reads each blob whole: 20 × 10 MB at most. A blob left undefined (a
 * restore's file missing from the backup) is refused as one that did not arrive whole.
 */
export async function checkUpload(refs: readonly EvidenceFile[], blobs: readonly (Blob | undefined)[]): Promise<UploadFault | null> {
  const tooMany = checkFileCount(Math.max(refs.length, blobs.length));
  if (tooMany) return { path: 'files', refusal: tooMany };
  for (const [i, ref] of refs.entries()) {
    const blob = blobs[i];
    const path = `files.${i}`;
    const name = ref.name;
    if (blob === undefined) return { path, refusal: { code: 'file.hashMismatch', values: { name } } };
    // The limit holds for what arrived, whatever the reference claims: a 10 MB reference does not
    // let 11 MB in, and the refusal names the size that came.
    const big = checkKeptSize(name, blob.size);
    if (big) return { path, refusal: big };
    if (blob.size !== ref.size) return { path, refusal: { code: 'file.hashMismatch', values: { name } } };
    const bytes = new Uint8Array(await blob.arrayBuffer());
    const sniffed = sniffFileType(bytes);
    if (!sniffed.allowed) return { path, refusal: { code: 'file.typeNotAllowed', values: { name, found: sniffed.found } } };
    // A type the browser turns into another before keeping (HEIC, WebP, BMP…) must not arrive raw.
    if (sniffed.type !== ref.type) return { path, refusal: { code: 'file.typeNotAllowed', values: { name, found: 'unknown' } } };
    if ((await sha256Hex(bytes)) !== ref.sha256) return { path, refusal: { code: 'file.hashMismatch', values: { name } } };
  }
  if (blobs.length > refs.length) return { path: 'files', refusal: { code: 'file.hashMismatch', values: { name: `#${refs.length + 1}` } } };
  return null;
}

/** A fault as the stores refuse it: validation, the code `evidence.<code>`, the Thai beside it. */
export function uploadRefused({ path, refusal }: UploadFault): StoreError {
  const message = evidenceRefusalInThai(refusal);
  return new StoreError({ kind: 'validation', fields: [{ path, code: `evidence.${refusal.code}`, values: refusal.values, message }] }, message);
}
