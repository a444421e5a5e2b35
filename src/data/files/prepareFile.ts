import { checkChosenFile, checkKeptSize } from '../../domain/evidence/checks';
import { evidenceName } from '../../domain/evidence/fileName';
import { EVIDENCE_TYPES, isStoredType, type StoredType } from '../../domain/evidence/fileType';
import type { EvidenceRefusal } from '../../domain/evidence/refusals';
import type { EvidenceFile } from '../../domain/evidence/schema';
import { newId } from '../ids';
import { downscaleImage } from './downscale';
import { firstEncoding } from './fitWithin';
import { sha256Hex } from './sha256';

export interface PreparedFile {
  /** The reference the update will carry. */
  file: EvidenceFile;
  /** The bytes to keep under `file.id`: the downscaled image, or the document as chosen. */
  blob: Blob;
}

export type Prepared = { ok: true; prepared: PreparedFile } | { ok: false; refusal: EvidenceRefusal };

/** Chosen files are read whole: the type of a zip or an Office 97–2003 file is known only from its directory. */
async function bytesOf(file: Blob): Promise<Uint8Array | null> {
  try {
    return new Uint8Array(await file.arrayBuffer());
  } catch {
    return null;
  }
}

/**
 * A chosen file made ready to attach, or why it cannot be: its type from its bytes, a photo
 * downscaled and stripped, its size checked as kept, its SHA-256 and its kept name. Nothing is
 * stored here; the update's save keeps the blob with the update in one transaction.
 */
export async function prepareFile(chosen: File, downscale: typeof downscaleImage = downscaleImage): Promise<Prepared> {
  const bytes = await bytesOf(chosen);
  if (!bytes) return { ok: false, refusal: { code: 'file.unreadable', values: { name: chosen.name } } };
  const checked = checkChosenFile(chosen.name, bytes);
  if (!checked.ok) return checked;
  let blob: Blob;
  let type: StoredType;
  let measured: { width: number; height: number } | undefined;
  if (firstEncoding(checked.type)) {
    const downscaled = await downscale(chosen, chosen.name, checked.type);
    if (!downscaled.ok) return downscaled;
    ({ blob, type } = downscaled.image);
    measured = { width: downscaled.image.width, height: downscaled.image.height };
  } else if (isStoredType(checked.type)) {
    blob = new Blob([bytes as Uint8Array<ArrayBuffer>], { type: EVIDENCE_TYPES[checked.type].mime });
    type = checked.type;
  } else {
    throw new Error(`${checked.type} is neither re-encoded nor kept`);
  }
  const tooBig = checkKeptSize(chosen.name, blob.size);
  if (tooBig) return { ok: false, refusal: tooBig };
  const sha256 = await sha256Hex(measured ? blob : bytes);
  return { ok: true, prepared: { blob, file: { id: newId(), name: evidenceName(chosen.name, type), type, size: blob.size, sha256, ...measured } } };
}
