import { EVIDENCE_TYPES, type EvidenceType } from './fileType';
import { FILE_NAME_MAX } from './limits';

export { FILE_NAME_MAX };

/** The extensions each kept type may already carry; the first is the one given when it carries none. */
const EXTENSIONS: Partial<Record<EvidenceType, readonly [string, ...string[]]>> = { jpeg: ['jpg', 'jpeg'], tiff: ['tif', 'tiff'], heic: ['heic', 'heif'] };
const KNOWN = new Set([...Object.values(EVIDENCE_TYPES).map((t) => t.extension), ...Object.values(EXTENSIONS).flat()]);

/**
 * The name a file is kept and downloaded under: the last part of what the browser gave (a path
 * from an old browser or a zip is dropped), Thai and every other script kept as typed, control
 * characters gone, the length capped with the extension kept, and the extension made the kept
 * type's (IMG_0012.HEIC becomes IMG_0012.jpg once it is a JPEG).
 */
export function evidenceName(given: string, type: EvidenceType): string {
  const last = given.slice(Math.max(given.lastIndexOf('/'), given.lastIndexOf('\\')) + 1);
  // eslint-disable-next-line no-control-regex -- the control characters are what is being removed
  const clean = last.normalize('NFC').replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '').replace(/\s+/g, ' ').trim();
  const dot = clean.lastIndexOf('.');
  const own = dot >= 0 ? clean.slice(dot + 1).toLowerCase() : '';
  const allowed = EXTENSIONS[type] ?? ([EVIDENCE_TYPES[type].extension] as const);
  // Another type's extension is replaced (the photo is a JPEG now); an unknown one is part of the name.
  const stem = (KNOWN.has(own) ? clean.slice(0, dot) : clean).replace(/^\.+/, '').trim() || 'evidence';
  const extension = (allowed as readonly string[]).includes(own) ? own : allowed[0];
  const room = FILE_NAME_MAX - extension.length - 1;
  // The cap counts UTF-16 units, as the schema does, but the cut falls between code points so an
  // emoji's surrogate pair is never split.
  let cut = '';
  for (const point of stem) {
    if (cut.length + point.length > room) break;
    cut += point;
  }
  cut = cut.trim();
  return `${cut}.${extension}`;
}
