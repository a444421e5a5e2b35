import type { EvidenceType } from './fileType';
import { sniffFileType } from './sniffFileType';
import { EVIDENCE_LIMITS } from './limits';
import type { EvidenceRefusal } from './refusals';

export type Checked = { ok: true; type: EvidenceType } | { ok: false; refusal: EvidenceRefusal };

/** A file as chosen: refused when empty or of a type not allowed, else its type as its bytes say. */
export function checkChosenFile(name: string, bytes: Uint8Array): Checked {
  if (bytes.length === 0) return { ok: false, refusal: { code: 'file.empty', values: { name } } };
  const sniffed = sniffFileType(bytes);
  return sniffed.allowed ? { ok: true, type: sniffed.type } : { ok: false, refusal: { code: 'file.typeNotAllowed', values: { name, found: sniffed.found } } };
}

/** A file as it will be kept (a photo after its downscale). */
export function checkKeptSize(name: string, size: number, limit: number = EVIDENCE_LIMITS.fileBytes): EvidenceRefusal | null {
  return size > limit ? { code: 'file.tooBig', values: { name, size, limit } } : null;
}

export function checkFileCount(count: number, limit: number = EVIDENCE_LIMITS.filesPerUpdate): EvidenceRefusal | null {
  return count > limit ? { code: 'update.tooMany', values: { count, limit } } : null;
}

/** The agency's space: what is kept already plus what this update adds, against its quota. */
export function checkQuota(used: number, adding: number, limit: number = EVIDENCE_LIMITS.agencyQuotaBytes): EvidenceRefusal | null {
  return used + adding > limit ? { code: 'agency.overQuota', values: { used, adding, limit } } : null;
}
