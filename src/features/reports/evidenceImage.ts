import type { EvidenceFile } from '../../domain/evidence/schema';

// Word measures a picture in pixels at 96 to the inch.
const PX_PER_CM = 96 / 2.54;
/** The widest a picture goes: 15 cm, inside the 16.5 cm between the margins. */
export const MAX_WIDTH_CM = 15;
/** The tallest: a tall scan still leaves room on its page for its name under it. */
export const MAX_HEIGHT_CM = 20;

/**
 * A picture's size in the Word file, in Word's pixels: its own size at 96 to the inch, made
 * smaller (never larger, which would blur it) to fit 15 × 20 cm, keeping its shape.
 */
export function pictureBox(file: Pick<EvidenceFile, 'width' | 'height'>): { width: number; height: number } {
  const width = file.width ?? 1;
  const height = file.height ?? 1;
  const scale = Math.min(1, (MAX_WIDTH_CM * PX_PER_CM) / width, (MAX_HEIGHT_CM * PX_PER_CM) / height);
  return { width: Math.max(1, Math.floor(width * scale)), height: Math.max(1, Math.floor(height * scale)) };
}
