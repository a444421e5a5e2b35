import { EVIDENCE_TYPES } from '../../domain/evidence/fileType';
import type { StoredType } from '../../domain/evidence/fileType';

/** A document's kind at a glance (PDF, DOCX…): its name beside it says it in words, so this is hidden from readers. */
export function FileIcon({ type }: { type: StoredType }) {
  return (
    <span className={`file-icon file-icon-${type}`} aria-hidden="true">
      {EVIDENCE_TYPES[type].extension.toUpperCase()}
    </span>
  );
}

/** Types a browser shows as a picture: the thumbnail is the file itself. */
export const isPicture = (type: StoredType) => type === 'jpeg' || type === 'png';

/** A thumbnail's box: the picture's shape kept within `side` px, so the row does not jump as it loads. */
export function thumbnailSize(width: number | undefined, height: number | undefined, side = 96): { width: number; height: number } {
  if (!width || !height) return { width: side, height: side };
  const scale = side / Math.max(width, height);
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}
