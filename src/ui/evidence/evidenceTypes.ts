import type { EvidenceRefusal } from '../../domain/evidence/refusals';
import type { EvidenceFile } from '../../domain/evidence/schema';

/**
 * What the evidence pieces are handed by the hooks in src/data (evidenceChoice, evidenceQueries,
 * the upload mutations), said by shape here since ui imports no data module.
 */

/** One chosen file: its name while it is read, hashed and (a photo) shrunk, then what will be kept. */
export type ChosenRow = { key: string; name: string; prepared: { file: EvidenceFile; blob: Blob } | null };

/** A form's chosen files, and the ways to add and take out (src/data/evidenceChoice.ts). */
export interface ChoiceView {
  files: readonly ChosenRow[];
  refusals: readonly EvidenceRefusal[];
  preparing: number;
  choose: (files: readonly File[]) => void;
  remove: (key: string) => void;
  /** The address of a chosen picture's prepared bytes, for its thumbnail; null for the rest. */
  previewOf: (key: string) => string | null;
}

/** Where a kept file is shown or downloaded from; null while its bytes are read or if they cannot be. */
export interface FileSource {
  url: string | null;
  error: Error | null;
}

/** How much of an upload has gone, in bytes. */
export interface UploadShown {
  sent: number;
  total: number;
}
