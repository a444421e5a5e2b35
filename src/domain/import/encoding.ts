/**
 * Which text encoding a score file is in, read from its own bytes, since a browser is told
 * nothing about it: Excel on Thai Windows saves "CSV" in Windows-874 (TIS-620 with a few extra
 * signs), "CSV UTF-8" with a byte-order mark, and "Unicode Text" as UTF-16 LE with one.
 */
export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-874';

/** How the domain's Thai messages name an encoding; the screen names it from its own catalog. */
export const ENCODING_LABEL: Record<TextEncodingName, string> = {
  'utf-8': 'UTF-8',
  'utf-8-bom': 'UTF-8 (มี BOM)',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
  'windows-874': 'Windows-874 (TIS-620)',
};

export type DecodedText = { ok: true; text: string; encoding: TextEncodingName } | { ok: false; problem: string };

const NOT_TEXT = 'ไม่ใช่ CSV/ข้อความ';
const startsWith = (bytes: Uint8Array, ...signature: number[]) => signature.every((b, i) => bytes[i] === b);
const hasAscii = (bytes: Uint8Array, text: string, within = bytes.length) => {
  const needle = [...text].map((c) => c.charCodeAt(0));
  const end = Math.min(bytes.length, within) - needle.length;
  for (let i = 0; i <= end; i += 1) if (needle.every((b, j) => bytes[i + j] === b)) return true;
  return false;
};

/** Files people pick by mistake, by the signature their own format starts with. */
function knownBinary(bytes: Uint8Array): string | null {
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) {
    return `ไฟล์นี้เป็นไฟล์ Excel แบบเก่า (.xls) ${NOT_TEXT}: เปิดใน Excel แล้วบันทึกเป็น .xlsx หรือ CSV UTF-8 แล้วเลือกไฟล์นั้นแทน`;
  }
  if (startsWith(bytes, 0x25, 0x50, 0x44, 0x46)) return `ไฟล์นี้เป็น PDF ${NOT_TEXT}: ใช้ไฟล์ Excel หรือ CSV ที่ใช้ทำ PDF นั้นแทน`;
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04) || startsWith(bytes, 0x50, 0x4b, 0x05, 0x06)) {
    const what = hasAscii(bytes, 'opendocument.spreadsheet', 200)
      ? 'ไฟล์ LibreOffice Calc (.ods)'
      : hasAscii(bytes, 'word/')
        ? 'ไฟล์ Word (.docx)'
        : 'ไฟล์บีบอัด ZIP ที่ไม่ใช่สมุดงาน Excel (.xlsx)';
    return `ไฟล์นี้เป็น${what} ${NOT_TEXT}: บันทึกตารางคะแนนเป็น .xlsx หรือ CSV UTF-8 แล้วเลือกไฟล์นั้นแทน`;
  }
  if (startsWith(bytes, 0x89, 0x50, 0x4e, 0x47) || startsWith(bytes, 0xff, 0xd8, 0xff) || startsWith(bytes, 0x47, 0x49, 0x46, 0x38)) {
    return `ไฟล์นี้เป็นรูปภาพ ${NOT_TEXT}: ระบบอ่านคะแนนจากรูปไม่ได้ ให้พิมพ์ลงแบบฟอร์ม CSV`;
  }
  if (startsWith(bytes, 0xff, 0xfe, 0x00, 0x00) || startsWith(bytes, 0x00, 0x00, 0xfe, 0xff)) {
    return 'ไฟล์นี้เข้ารหัสเป็น UTF-32 ซึ่งระบบไม่อ่าน: บันทึกใหม่เป็น CSV UTF-8 หรือ Unicode Text (UTF-16)';
  }
  return null;
}

const hex = (n: number) => `0x${n.toString(16).toUpperCase().padStart(2, '0')}`;
/** C0 controls other than tab and line breaks, C1 controls, and what a decoder could not map. */
const NOT_TEXT_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFD\uF8C1-\uF8C8]/; // eslint-disable-line no-control-regex
/** A Thai vowel or tone mark sits on a Thai letter; on anything else it is Latin text read as Thai. */
const STRAY_THAI_MARK = /(^|[^\u0E01-\u0E4E])[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/u;
const THAI = /[\u0E01-\u0E5B]/;

function strange(text: string, encoding: string): string | null {
  const at = NOT_TEXT_CHAR.exec(text);
  if (!at) return null;
  const code = at[0].charCodeAt(0);
  const what = code === 0xfffd || (code >= 0xf8c1 && code <= 0xf8c8) ? 'ไบต์ที่ไม่ใช่ตัวอักษร ' : `อักขระควบคุม ${hex(code)} `;
  return `อ่านไฟล์เป็น ${encoding} แล้วพบ${what}ที่ตัวที่ ${at.index + 1} ซึ่งไฟล์ข้อความไม่มี: ไฟล์นี้${NOT_TEXT}`;
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
  const problem = strange(clean, ENCODING_LABEL[encoding]);
  return problem ? { ok: false, problem } : { ok: true, text: clean, encoding };
}

/**
 * The text of a score file and the encoding it was read in. A byte-order mark decides; without
 * one, bytes that are valid UTF-8 are UTF-8 (Thai in Windows-874 never is), else bytes whose
 * Thai letters read as Thai are Windows-874. Anything else is refused, naming what it looks like.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) return { ok: false, problem: 'ไฟล์ว่าง ไม่มีข้อมูล' };
  const binary = knownBinary(bytes);
  if (binary) return { ok: false, problem: binary };

  if (startsWith(bytes, 0xef, 0xbb, 0xbf)) {
    const text = decodeStrict('utf-8', bytes.subarray(3));
    return text === null
      ? { ok: false, problem: 'ไฟล์ขึ้นต้นด้วยเครื่องหมาย UTF-8 (BOM) แต่เนื้อไฟล์ไม่ใช่ UTF-8 ที่ถูกต้อง: บันทึกใหม่เป็น CSV UTF-8' }
      : accept(text, 'utf-8-bom');
  }
  for (const [encoding, bom] of [
    ['utf-16le', [0xff, 0xfe]],
    ['utf-16be', [0xfe, 0xff]],
  ] as const) {
    if (!startsWith(bytes, ...bom)) continue;
    const text = decodeStrict(encoding, bytes.subarray(2));
    if (text === null) {
      return { ok: false, problem: `ไฟล์ขึ้นต้นด้วยเครื่องหมาย ${ENCODING_LABEL[encoding]} (BOM) แต่เนื้อไฟล์อ่านเป็น ${ENCODING_LABEL[encoding]} ไม่ได้ (ไฟล์อาจไม่ครบ)` };
    }
    return accept(text, encoding);
  }
  if (bytes.includes(0)) {
    return {
      ok: false,
      problem: `ไฟล์นี้มีไบต์ศูนย์ (0x00) ซึ่งไฟล์ CSV ไม่มี: อาจเป็น UTF-16 ที่ไม่มีเครื่องหมาย BOM หรือไฟล์โปรแกรมอื่น ${NOT_TEXT} ให้บันทึกใหม่เป็น CSV UTF-8`,
    };
  }

  const asUtf8 = decodeStrict('utf-8', bytes);
  if (asUtf8 !== null) return accept(asUtf8, 'utf-8');

  const asThai = new TextDecoder('windows-874').decode(bytes);
  const unmapped = /[\u0080-\u009F\uF8C1-\uF8C8]/.exec(asThai);
  const stray = STRAY_THAI_MARK.exec(asThai);
  if (!THAI.test(asThai) || unmapped || stray) {
    const where = unmapped ? `ตัวที่ ${unmapped.index + 1} ไม่ใช่ตัวอักษรใน Windows-874` : stray ? `สระหรือวรรณยุกต์ที่ตัวที่ ${stray.index + (stray[1]?.length ?? 0) + 1} ไม่ได้อยู่บนพยัญชนะไทย` : 'ไม่มีอักษรไทย';
    return {
      ok: false,
      problem: `ไฟล์นี้ไม่ใช่ข้อความ UTF-8, UTF-16 หรือ Windows-874 (TIS-620): อ่านเป็น UTF-8 ไม่ได้ และเมื่ออ่านเป็น Windows-874 ${where} ${NOT_TEXT}`,
    };
  }
  return accept(asThai, 'windows-874');
}
