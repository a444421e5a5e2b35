import { STORED_TYPES, type StoredType } from './storedTypes';

/**
 * What becomes of an allowed file before it is kept: `photo` is re-encoded as JPEG (orientation
 * applied, metadata gone), `picture` as PNG so a screenshot's text stays sharp (JPEG when that is
 * too heavy), `document` is kept byte for byte. `inline` types open in the browser; the rest download.
 */
interface TypeFacts {
  /** What a person calls it, the same in Thai and English. */
  label: string;
  mime: string;
  extension: string;
  handling: 'photo' | 'picture' | 'document';
  inline: boolean;
}

export const EVIDENCE_TYPES = {
  jpeg: { label: 'JPEG', mime: 'image/jpeg', extension: 'jpg', handling: 'photo', inline: true },
  // iPhone photos: Safari decodes them and they are re-encoded like any photo; where the browser
  // cannot (Chromium, Firefox), the downscale refuses them, as keeping one would keep its location.
  heic: { label: 'HEIC', mime: 'image/heic', extension: 'heic', handling: 'photo', inline: false },
  avif: { label: 'AVIF', mime: 'image/avif', extension: 'avif', handling: 'photo', inline: true },
  webp: { label: 'WebP', mime: 'image/webp', extension: 'webp', handling: 'photo', inline: true },
  png: { label: 'PNG', mime: 'image/png', extension: 'png', handling: 'picture', inline: true },
  gif: { label: 'GIF', mime: 'image/gif', extension: 'gif', handling: 'picture', inline: true },
  bmp: { label: 'BMP', mime: 'image/bmp', extension: 'bmp', handling: 'picture', inline: true },
  // Scanners: no browser but Safari shows a TIFF, so it is kept as the scanner wrote it and downloads.
  tiff: { label: 'TIFF', mime: 'image/tiff', extension: 'tif', handling: 'document', inline: false },
  pdf: { label: 'PDF', mime: 'application/pdf', extension: 'pdf', handling: 'document', inline: true },
  docx: { label: 'Word (.docx)', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extension: 'docx', handling: 'document', inline: false },
  xlsx: { label: 'Excel (.xlsx)', mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extension: 'xlsx', handling: 'document', inline: false },
  pptx: { label: 'PowerPoint (.pptx)', mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', extension: 'pptx', handling: 'document', inline: false },
  odt: { label: 'OpenDocument (.odt)', mime: 'application/vnd.oasis.opendocument.text', extension: 'odt', handling: 'document', inline: false },
  ods: { label: 'OpenDocument (.ods)', mime: 'application/vnd.oasis.opendocument.spreadsheet', extension: 'ods', handling: 'document', inline: false },
  odp: { label: 'OpenDocument (.odp)', mime: 'application/vnd.oasis.opendocument.presentation', extension: 'odp', handling: 'document', inline: false },
  doc: { label: 'Word 97–2003 (.doc)', mime: 'application/msword', extension: 'doc', handling: 'document', inline: false },
  xls: { label: 'Excel 97–2003 (.xls)', mime: 'application/vnd.ms-excel', extension: 'xls', handling: 'document', inline: false },
  ppt: { label: 'PowerPoint 97–2003 (.ppt)', mime: 'application/vnd.ms-powerpoint', extension: 'ppt', handling: 'document', inline: false },
} as const satisfies Record<string, TypeFacts>;

export type EvidenceType = keyof typeof EVIDENCE_TYPES;

export { STORED_TYPES, type StoredType } from './storedTypes';

/** What a refused file was found to be, so the refusal can name it. */
export const FOUND_TYPES = [
  'exe',
  'program',
  'script',
  'html',
  'svg',
  'xml',
  'text',
  'rtf',
  'zip',
  'rar',
  '7z',
  'gzip',
  'video',
  'audio',
  'office-macros',
  'office-encrypted',
  'office-damaged',
  'ole-other',
  'ooxml-other',
  'unknown',
] as const;
export type FoundType = (typeof FOUND_TYPES)[number];

export type Sniffed = { allowed: true; type: EvidenceType } | { allowed: false; found: FoundType };

export const isStoredType = (type: EvidenceType): type is StoredType => (STORED_TYPES as readonly string[]).includes(type);
