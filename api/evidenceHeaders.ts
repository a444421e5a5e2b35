import { encodeEvidenceHeader, EVIDENCE_FILE_HEADER } from '../src/data/adapters/http/evidenceHeader';
import { EVIDENCE_TYPES } from '../src/domain/evidence/fileType';
import type { EvidenceFile } from '../src/domain/evidence/schema';

/** Types a browser shows itself, safely: the rest download. */
const INLINE = new Set<EvidenceFile['type']>(['jpeg', 'png', 'pdf']);

/**
 * The name for a browser that reads only `filename` (RFC 6266's fallback; every current browser
 * reads `filename*`): an ASCII name kept, each run of anything else one underscore; a name with
 * other letters (Thai) becomes `evidence`, with what ASCII it had after it.
 */
export function asciiFileName(name: string): string {
  const dot = name.lastIndexOf('.');
  const [stem, extension] = dot > 0 ? [name.slice(0, dot), name.slice(dot + 1)] : [name, ''];
  const plain = (text: string) => text.replace(/[^A-Za-z0-9._+-]+/g, '_').replace(/^[_.]+|_+$/g, '');
  const kept = plain(stem);
  const whole = /^[\x20-\x7e]*$/.test(stem) && /[A-Za-z0-9]/.test(kept);
  const tail = plain(extension);
  return `${whole ? kept : `evidence${kept ? `_${kept}` : ''}`}${tail ? `.${tail}` : ''}`;
}

// RFC 5987's attr-char: encodeURIComponent leaves ' ( ) * as they are, which it does not allow.
const rfc5987 = (name: string) => encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

export function contentDisposition(file: EvidenceFile): string {
  return `${INLINE.has(file.type) ? 'inline' : 'attachment'}; filename="${asciiFileName(file.name)}"; filename*=UTF-8''${rfc5987(file.name)}`;
}

/**
 * The headers a kept file is sent with. The type is the reference's, never the upload's; the
 * browser must not guess another (nosniff), nor run anything an image might carry (the CSP,
 * sandboxed); another site cannot embed it (CORP); and an id's bytes never change, so it is
 * cached for good, in the browser only (private: it is the agency's).
 */
export function evidenceHeaders(file: EvidenceFile): Headers {
  const { mime } = EVIDENCE_TYPES[file.type];
  const headers = new Headers({
    'Content-Type': mime,
    'Content-Length': String(file.size),
    'Content-Disposition': contentDisposition(file),
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'private, max-age=31536000, immutable',
    ETag: `"${file.sha256}"`,
    'Cross-Origin-Resource-Policy': 'same-origin',
    [EVIDENCE_FILE_HEADER]: encodeEvidenceHeader(file),
  });
  // Not on a PDF: Chromium's viewer will not open in a sandbox.
  if (mime.startsWith('image/')) headers.set('Content-Security-Policy', "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox");
  return headers;
}
