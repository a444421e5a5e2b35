import { createHash, randomUUID } from 'node:crypto';
import type { EvidenceFile } from '../../src/domain/evidence/schema';

/** Small but whole files, as a person would attach them: each opens in a viewer. */

// A 2×2 red JPEG (614 bytes), written once by jpeg-js's encoder at quality 50 and read back by its decoder.
const JPEG_BASE64 =
  '/9j/4AAQSkZJRgABAQAAAQABAAD/2wCEABALDA4MChAODQ4SERATGCgaGBYWGDEjJR0oOjM9PDkzODdASFxOQERXRTc4UG1RV19iZ2hnPk1xeXBkeFxlZ2MBERISGBUYLxoaL2NCOEJjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY//AABEIAAIAAgMBEQACEQEDEQH/xAGiAAABBQEBAQEBAQAAAAAAAAAAAQIDBAUGBwgJCgsQAAIBAwMCBAMFBQQEAAABfQECAwAEEQUSITFBBhNRYQcicRQygZGhCCNCscEVUtHwJDNicoIJChYXGBkaJSYnKCkqNDU2Nzg5OkNERUZHSElKU1RVVldYWVpjZGVmZ2hpanN0dXZ3eHl6g4SFhoeIiYqSk5SVlpeYmZqio6Slpqeoqaqys7S1tre4ubrCw8TFxsfIycrS09TV1tfY2drh4uPk5ebn6Onq8fLz9PX29/j5+gEAAwEBAQEBAQEBAQAAAAAAAAECAwQFBgcICQoLEQACAQIEBAMEBwUEBAABAncAAQIDEQQFITEGEkFRB2FxEyIygQgUQpGhscEJIzNS8BVictEKFiQ04SXxFxgZGiYnKCkqNTY3ODk6Q0RFRkdISUpTVFVWV1hZWmNkZWZnaGlqc3R1dnd4eXqCg4SFhoeIiYqSk5SVlpeYmZqio6Slpqeoqaqys7S1tre4ubrCw8TFxsfIycrS09TV1tfY2dri4+Tl5ufo6ery8/T19vf4+fr/2gAMAwEAAhEDEQA/AMeuE+oP/9k=';
// A 2×2 blue PNG (72 bytes): signature, IHDR, one deflated IDAT, IEND, each chunk with its CRC.
const PNG_BASE64 = 'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAD0lEQVR4nGNgCDgAQhAKABrOBEEOXFq6AAAAAElFTkSuQmCC';

const fromBase64 = (text: string) => new Uint8Array(Buffer.from(text, 'base64'));

export const JPEG = fromBase64(JPEG_BASE64);
export const PNG = fromBase64(PNG_BASE64);

/** A one-page PDF whose cross-reference table points at each object's true offset. */
function onePagePdf(): Uint8Array {
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 72 72] >>'];
  let text = '%PDF-1.4\n';
  const offsets = objects.map((body, i) => {
    const at = text.length;
    text += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xref = text.length;
  text += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  text += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  // Copied into this realm's Uint8Array: jsdom's TextEncoder answers with another, which toEqual tells apart.
  return Uint8Array.from(new TextEncoder().encode(text));
}

export const PDF = onePagePdf();

/** A Windows program's first bytes: what a `.jpg` that is really an .exe starts with. */
export const EXE = Uint8Array.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xff, 0xff, 0x00, 0x00]);

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

export interface Attachment {
  ref: EvidenceFile;
  blob: Blob;
  bytes: Uint8Array;
}

type Kind = 'jpeg' | 'png' | 'pdf';
const SAMPLES: Record<Kind, Uint8Array> = { jpeg: JPEG, png: PNG, pdf: PDF };

/**
 * A file ready to attach, as prepareFile would hand it over: its reference (name, type, size,
 * SHA-256, and the 2×2 of a picture) and its blob. `bytes` stands in for the sample's own.
 */
export function attachment(type: Kind, name: string, bytes: Uint8Array = SAMPLES[type]): Attachment {
  const ref: EvidenceFile = { id: `file-${randomUUID()}`, name, type, size: bytes.length, sha256: sha256(bytes) };
  if (type !== 'pdf') Object.assign(ref, { width: 2, height: 2 });
  return { ref, blob: new Blob([bytes as Uint8Array<ArrayBuffer>]), bytes };
}

export const bytesOf = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer());
