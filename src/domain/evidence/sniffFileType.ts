import { latin1, r32be, startsWith, u32le } from './bytes';
import { oleNames } from './oleNames';
import { firstLocalName, storedText, zipEntries } from './zipParts';
import type { EvidenceType, FoundType, Sniffed } from './fileType';

// The reader of a file's own bytes, apart from the tables: the stores parse references with
// the tables on every start, and need the reader only when a file arrives.
const allowed = (type: EvidenceType): Sniffed => ({ allowed: true, type });
const refused = (found: FoundType): Sniffed => ({ allowed: false, found });

const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = ascii('PK\x03\x04');
const EMPTY_ZIP = ascii('PK\x05\x06');

// The header sizes a Windows bitmap's info header can have: 'BM' alone begins too many texts.
const BMP_INFO_SIZES = new Set([12, 40, 52, 56, 64, 108, 124]);

const HEIF_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1']);
const AVIF_BRANDS = new Set(['avif', 'avis']);
const AUDIO_BRANDS = new Set(['M4A ', 'M4B ', 'M4P ']);

/** ISO base media (HEIC, AVIF, MP4, MOV): the brands of its `ftyp` box say which. */
function isoMedia(b: Uint8Array): Sniffed {
  // Called only when the `ftyp` at 4 is there, so the box's size at 0 is too.
  const size = Math.min(r32be(b, 0), 256, b.length);
  const major = latin1(b, 8, 4);
  const brands = [major];
  for (let at = 16; at + 4 <= size; at += 4) brands.push(latin1(b, at, 4));
  if (brands.some((brand) => AVIF_BRANDS.has(brand))) return allowed('avif');
  if (brands.some((brand) => HEIF_BRANDS.has(brand))) return allowed('heic');
  return refused(AUDIO_BRANDS.has(major) ? 'audio' : 'video');
}

function zipType(b: Uint8Array): Sniffed {
  const entries = zipEntries(b);
  if (!entries) {
    const first = firstLocalName(b);
    return refused(first !== undefined && /^(\[Content_Types\]\.xml|mimetype|word\/|xl\/|ppt\/|_rels\/|docProps\/)/.test(first) ? 'office-damaged' : 'zip');
  }
  const names = entries.map((e) => e.name);
  if (names.some((name) => /(^|\/)vbaProject\.bin$/i.test(name) || /^Basic\//.test(name))) return refused('office-macros');
  const mimetype = entries.find((e) => e.name === 'mimetype');
  if (mimetype) {
    const kind = storedText(b, mimetype, 100);
    if (kind === 'application/vnd.oasis.opendocument.text') return allowed('odt');
    if (kind === 'application/vnd.oasis.opendocument.spreadsheet') return allowed('ods');
    if (kind === 'application/vnd.oasis.opendocument.presentation') return allowed('odp');
  }
  if (!names.includes('[Content_Types].xml')) return refused('zip');
  if (names.some((name) => name.startsWith('word/'))) return allowed('docx');
  if (names.some((name) => name.startsWith('xl/'))) return allowed('xlsx');
  if (names.some((name) => name.startsWith('ppt/'))) return allowed('pptx');
  return refused('ooxml-other');
}

function oleType(b: Uint8Array): Sniffed {
  const names = oleNames(b);
  if (!names) return refused('office-damaged');
  // A password-protected .docx/.xlsx is a compound file holding the encrypted zip.
  if (names.includes('EncryptedPackage')) return refused('office-encrypted');
  if (names.includes('Macros') || names.includes('_VBA_PROJECT_CUR')) return refused('office-macros');
  if (names.includes('WordDocument')) return allowed('doc');
  if (names.includes('Workbook') || names.includes('Book')) return allowed('xls');
  if (names.includes('PowerPoint Document')) return allowed('ppt');
  return refused('ole-other');
}

/**
 * Writers may put a few bytes before the marker and readers look for it in the first kilobyte;
 * markup before it is a page that quotes a PDF, not one.
 */
function isPdf(b: Uint8Array): boolean {
  const at = latin1(b, 0, 1024).indexOf('%PDF-');
  return at >= 0 && !latin1(b, 0, at).includes('<');
}

/** Text that is markup or a script; the rest, if it reads as text, is text. */
function textType(b: Uint8Array): FoundType {
  const head = latin1(b, 0, 4096);
  const body = head.replace(/^(\xef\xbb\xbf|\xff\xfe|\xfe\xff)/, '').trimStart().toLowerCase();
  if (body.startsWith('{\\rtf')) return 'rtf';
  if (body.startsWith('#!')) return 'script';
  if (body.startsWith('<')) {
    // The root element names it: an SVG may hold a script and still be an SVG.
    const root = body.replace(/^(<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!doctype (?!html)[^>]*>|\s)+/, '');
    if (/^<svg[\s>/]/.test(root)) return 'svg';
    if (/^<!doctype html|<html|<head|<body|<script|<iframe/.test(root)) return 'html';
    return 'xml';
  }
  // Tab, line feed, form feed, carriage return and escape are the only controls text has.
  const controls = [...head.slice(0, 1024)].filter((c) => c < ' ' && !'\t\n\f\r\x1b'.includes(c)).length;
  return controls === 0 ? 'text' : 'unknown';
}

/**
 * The type of a file from its own bytes, never its name: a renamed program is refused for what it
 * is. Reads the whole file for a zip (its directory is at the end) and a compound file (its
 * directory can be anywhere), the first bytes for the rest.
 */
export function sniffFileType(b: Uint8Array): Sniffed {
  if (startsWith(b, [0xff, 0xd8, 0xff])) return allowed('jpeg');
  if (startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return allowed('png');
  if (startsWith(b, ascii('GIF87a')) || startsWith(b, ascii('GIF89a'))) return allowed('gif');
  if (startsWith(b, ascii('RIFF')) && latin1(b, 8, 4) === 'WEBP') return allowed('webp');
  if (startsWith(b, ascii('RIFF'))) return refused(latin1(b, 8, 4) === 'WAVE' ? 'audio' : 'video');
  if (startsWith(b, ascii('BM')) && BMP_INFO_SIZES.has(u32le(b, 14) ?? 0)) return allowed('bmp');
  if (startsWith(b, ascii('II*\0')) || startsWith(b, ascii('MM\0*'))) return allowed('tiff');
  if (latin1(b, 4, 4) === 'ftyp') return isoMedia(b);
  if (isPdf(b)) return allowed('pdf');
  if (startsWith(b, ZIP) || startsWith(b, EMPTY_ZIP)) return zipType(b);
  if (startsWith(b, OLE)) return oleType(b);
  if (startsWith(b, ascii('MZ'))) return refused('exe');
  if (startsWith(b, [0x7f, 0x45, 0x4c, 0x46]) || startsWith(b, [0xcf, 0xfa, 0xed, 0xfe]) || startsWith(b, [0xce, 0xfa, 0xed, 0xfe]) || startsWith(b, [0xca, 0xfe, 0xba, 0xbe])) {
    return refused('program');
  }
  if (startsWith(b, ascii('Rar!\x1a\x07'))) return refused('rar');
  if (startsWith(b, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c])) return refused('7z');
  if (startsWith(b, [0x1f, 0x8b])) return refused('gzip');
  if (startsWith(b, [0x1a, 0x45, 0xdf, 0xa3])) return refused('video');
  if (startsWith(b, ascii('ID3')) || startsWith(b, ascii('OggS')) || startsWith(b, ascii('fLaC'))) return refused('audio');
  return refused(textType(b));
}

