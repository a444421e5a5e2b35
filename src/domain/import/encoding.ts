import { problem, type ImportProblem } from './problems';

/**
 * Which text encoding a score file is in, read from its own bytes, since a browser is told
 * nothing about it: Excel on Thai Windows saves "CSV" in Windows-874 (TIS-620 with a few extra
 * signs), "CSV UTF-8" with a byte-order mark, and "Unicode Text" as UTF-16 LE with one.
 */
export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-874';

/** An encoding's name inside a problem, worded by the screen's catalog. */
export const encodingNamed = (encoding: TextEncodingName) => problem(`encoding.${encoding}` as const);

export type DecodedText = { ok: true; text: string; encoding: TextEncodingName } | { ok: false; problem: ImportProblem };

const startsWith = (bytes: Uint8Array, ...signature: number[]) => signature.every((b, i) => bytes[i] === b);
const hasAscii = (bytes: Uint8Array, text: string, within = bytes.length) => {
  const needle = [...text].map((c) => c.charCodeAt(0));
  const end = Math.min(bytes.length, within) - needle.length;
  for (let i = 0; i <= end; i += 1) if (needle.every((b, j) => bytes[i + j] === b)) return true;
  return false;
};

/** Files people pick by mistake, by the signature their own format starts with. */
function knownBinary(bytes: Uint8Array): ImportProblem | null {
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) return problem('binary.xls');
  if (startsWith(bytes, 0x25, 0x50, 0x44, 0x46)) return problem('binary.pdf');
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04) || startsWith(bytes, 0x50, 0x4b, 0x05, 0x06)) {
    return problem(hasAscii(bytes, 'opendocument.spreadsheet', 200) ? 'binary.ods' : hasAscii(bytes, 'word/') ? 'binary.docx' : 'binary.zip');
  }
  if (startsWith(bytes, 0x89, 0x50, 0x4e, 0x47) || startsWith(bytes, 0xff, 0xd8, 0xff) || startsWith(bytes, 0x47, 0x49, 0x46, 0x38)) {
    return problem('binary.image');
  }
  if (startsWith(bytes, 0xff, 0xfe, 0x00, 0x00) || startsWith(bytes, 0x00, 0x00, 0xfe, 0xff)) return problem('binary.utf32');
  return null;
}

const hex = (n: number) => `0x${n.toString(16).toUpperCase().padStart(2, '0')}`;
/** C0 controls other than tab and line breaks, C1 controls, and what a decoder could not map. */
const NOT_TEXT_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFD\uF8C1-\uF8C8]/; // eslint-disable-line no-control-regex
/** A Thai vowel or tone mark sits on a Thai letter; on anything else it is Latin text read as Thai. */
const STRAY_THAI_MARK = /(^|[^\u0E01-\u0E4E])[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/u;
const THAI = /[\u0E01-\u0E5B]/;

function strange(text: string, encoding: TextEncodingName): ImportProblem | null {
  const at = NOT_TEXT_CHAR.exec(text);
  if (!at) return null;
  const code = at[0].charCodeAt(0);
  const values = { encoding: encodingNamed(encoding), at: at.index + 1 };
  return code === 0xfffd || (code >= 0xf8c1 && code <= 0xf8c8) ? problem('text.notTextByte', values) : problem('text.control', { ...values, char: hex(code) });
}

/** The bytes as text in a Unicode encoding, or null where they are not valid in it. */
function decodeStrict(label: 'utf-8' | 'utf-16le' | 'utf-16be', bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** A DOS end-of-file mark some old programs leave after the last line. */
const dropEof = (text: string) => text.replace(/\u001A$/, ''); // eslint-disable-line no-control-regex

function accept(text: string, encoding: TextEncodingName): DecodedText {
  const clean = dropEof(text);
  const found = strange(clean, encoding);
  return found ? { ok: false, problem: found } : { ok: true, text: clean, encoding };
}

/**
 * The text of a score file and the encoding it was read in. A byte-order mark decides; without
 * one, bytes that are valid UTF-8 are UTF-8 (Thai in Windows-874 never is), else bytes whose
 * Thai letters read as Thai are Windows-874. Anything else is refused, naming what it looks like.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) return { ok: false, problem: problem('file.empty') };
  const binary = knownBinary(bytes);
  if (binary) return { ok: false, problem: binary };

  if (startsWith(bytes, 0xef, 0xbb, 0xbf)) {
    const text = decodeStrict('utf-8', bytes.subarray(3));
    return text === null
      ? { ok: false, problem: problem('text.utf8BomInvalid') }
      : accept(text, 'utf-8-bom');
  }
  for (const [encoding, bom] of [
    ['utf-16le', [0xff, 0xfe]],
    ['utf-16be', [0xfe, 0xff]],
  ] as const) {
    if (!startsWith(bytes, ...bom)) continue;
    const text = decodeStrict(encoding, bytes.subarray(2));
    if (text === null) return { ok: false, problem: problem('text.bomInvalid', { encoding: encodingNamed(encoding) }) };
    return accept(text, encoding);
  }
  if (bytes.includes(0)) return { ok: false, problem: problem('text.zeroByte') };

  const asUtf8 = decodeStrict('utf-8', bytes);
  if (asUtf8 !== null) return accept(asUtf8, 'utf-8');

  const asThai = new TextDecoder('windows-874').decode(bytes);
  const unmapped = /[\u0080-\u009F\uF8C1-\uF8C8]/.exec(asThai);
  const stray = STRAY_THAI_MARK.exec(asThai);
  if (!THAI.test(asThai) || unmapped || stray) {
    const where = unmapped
      ? problem('text.unmapped', { at: unmapped.index + 1 })
      : stray
        ? problem('text.strayMark', { at: stray.index + (stray[1]?.length ?? 0) + 1 })
        : problem('text.noThai');
    return { ok: false, problem: problem('text.unknown', { where }) };
  }
  return accept(asThai, 'windows-874');
}
