import { EVIDENCE_TYPES, type EvidenceType } from '../../domain/evidence/fileType';
import { PHOTO } from '../../domain/evidence/limits';

export interface Size {
  width: number;
  height: number;
}

/** A picture's size with its longest side at most `longest`, its shape kept; never enlarged. */
export function fitWithin({ width, height }: Size, longest: number = PHOTO.longestSide): Size {
  const scale = Math.min(1, longest / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

export type Encoding = 'jpeg' | 'png';

/**
 * How an image is first re-encoded, or null for a file kept as it is. Every photo is re-encoded,
 * however small: that is what drops its location. A picture (PNG, GIF, BMP) is tried as PNG, so a
 * screenshot's text stays sharp.
 */
export function firstEncoding(type: EvidenceType): Encoding | null {
  const { handling } = EVIDENCE_TYPES[type];
  return handling === 'photo' ? 'jpeg' : handling === 'picture' ? 'png' : null;
}

/** A PNG heavier than this was a photo saved as PNG: JPEG keeps it a fraction of the size. */
export const keepsPng = (pngBytes: number) => pngBytes <= PHOTO.pngKeepBytes;
