import type { EvidenceType } from '../../domain/evidence/fileType';
import { PHOTO } from '../../domain/evidence/limits';
import type { EvidenceRefusal } from '../../domain/evidence/refusals';
import { firstEncoding, fitWithin, keepsPng, type Encoding, type Size } from './fitWithin';

export interface Downscaled extends Size {
  blob: Blob;
  type: Encoding;
  size: number;
}

export type DownscaleResult = { ok: true; image: Downscaled } | { ok: false; refusal: EvidenceRefusal };

type Canvas = OffscreenCanvas | HTMLCanvasElement;

function canvasOf({ width, height }: Size): Canvas {
  if (typeof OffscreenCanvas !== 'undefined') return new OffscreenCanvas(width, height);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  return canvas;
}

async function encode(canvas: Canvas, encoding: Encoding): Promise<Blob> {
  const type = `image/${encoding}`;
  const quality = encoding === 'jpeg' ? PHOTO.jpegQuality : undefined;
  if ('convertToBlob' in canvas) return canvas.convertToBlob({ type, quality });
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('canvas.toBlob gave nothing'))), type, quality));
}

function draw(canvas: Canvas, bitmap: ImageBitmap, encoding: Encoding): void {
  const context = canvas.getContext('2d') as CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null;
  if (!context) throw new Error('no 2d context');
  // JPEG has no transparency: a transparent PNG's background would turn black without this.
  if (encoding === 'jpeg') {
    context.fillStyle = '#fff';
    context.fillRect(0, 0, canvas.width, canvas.height);
  }
  context.imageSmoothingQuality = 'high';
  context.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
}

/**
 * A photo or picture made ready to keep: turned upright by its EXIF orientation, its longest side
 * at most 2,000 px, and re-encoded through a canvas, which writes no metadata, so the location
 * (GPS), the camera and the time are gone. JPEG for photos; PNG for pictures unless too heavy.
 * An image this browser cannot decode (HEIC outside Safari, a damaged file) is refused, not kept
 * as it is, since that would keep its location.
 */
export async function downscaleImage(source: Blob, name: string, type: EvidenceType): Promise<DownscaleResult> {
  const first = firstEncoding(type);
  if (!first) throw new Error(`${type} is kept as it is, not downscaled`);
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(source, { imageOrientation: 'from-image' });
  } catch {
    return { ok: false, refusal: { code: 'file.undecodable', values: { name, type } } };
  }
  try {
    const size = fitWithin(bitmap);
    const canvas = canvasOf(size);
    draw(canvas, bitmap, first);
    let blob = await encode(canvas, first);
    let encoding = first;
    if (encoding === 'png' && !keepsPng(blob.size)) {
      encoding = 'jpeg';
      draw(canvas, bitmap, encoding);
      blob = await encode(canvas, encoding);
    }
    return { ok: true, image: { blob, type: encoding, size: blob.size, ...size } };
  } finally {
    bitmap.close();
  }
}
