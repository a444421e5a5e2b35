import { decodeText } from '../../support/importInThai';

const THAI = 'ตัวชี้วัด,คะแนน\r\n5,78.20\r\n';
const bytes = (...parts: (number[] | Buffer)[]) => new Uint8Array(Buffer.concat(parts.map((p) => (Buffer.isBuffer(p) ? p : Buffer.from(p)))));
const tis620 = (text: string) => Buffer.from([...text].map((c) => (c.charCodeAt(0) < 0x80 ? c.charCodeAt(0) : c.charCodeAt(0) - 0x0e00 + 0xa0)));
const be = (text: string) => Buffer.from(text, 'utf16le').swap16();

it('has a Windows-874 decoder in this runtime, as the browsers do', () => {
  expect(new TextDecoder('windows-874').encoding).toBe('windows-874');
  expect(new TextDecoder('tis-620').encoding).toBe('windows-874');
});

describe('reading a file’s encoding from its bytes', () => {
  it.each([
    ['UTF-8 without a mark', bytes(Buffer.from(THAI)), 'utf-8', THAI],
    ['UTF-8 with a mark (Excel’s CSV UTF-8)', bytes([0xef, 0xbb, 0xbf], Buffer.from(THAI)), 'utf-8-bom', THAI],
    ['UTF-16 LE with a mark (Excel’s Unicode Text)', bytes([0xff, 0xfe], Buffer.from(THAI, 'utf16le')), 'utf-16le', THAI],
    ['UTF-16 BE with a mark', bytes([0xfe, 0xff], be(THAI)), 'utf-16be', THAI],
    ['Windows-874 (Excel’s CSV on Thai Windows)', bytes(tis620(THAI)), 'windows-874', THAI],
    ['Windows-874 with its own signs (… and –)', bytes(tis620('ตัวชี้วัด,คะแนน\r\n'), [0x85, 0x96]), 'windows-874', 'ตัวชี้วัด,คะแนน\r\n…–'],
    ['plain ASCII, which is UTF-8', bytes(Buffer.from('indicator,score\n5,78.2\n')), 'utf-8', 'indicator,score\n5,78.2\n'],
    ['a DOS end-of-file mark after the last line', bytes(Buffer.from(THAI), [0x1a]), 'utf-8', THAI],
  ])('%s', (_what, input, encoding, text) => {
    expect(decodeText(input)).toEqual({ ok: true, encoding, text });
  });

  it.each([
    ['an empty file', bytes([]), 'ไฟล์ว่าง ไม่มีข้อมูล'],
    ['an old Excel workbook', bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'ไฟล์นี้เป็นไฟล์ Excel แบบเก่า (.xls) ไม่ใช่ CSV/ข้อความ: เปิดใน Excel แล้วบันทึกเป็น .xlsx หรือ CSV UTF-8'],
    ['a PDF', bytes(Buffer.from('%PDF-1.7\n')), 'ไฟล์นี้เป็น PDF ไม่ใช่ CSV/ข้อความ'],
    ['a Word document', bytes([0x50, 0x4b, 0x03, 0x04], Buffer.from('....word/document.xml')), 'ไฟล์นี้เป็นไฟล์ Word (.docx) ไม่ใช่ CSV/ข้อความ'],
    ['a LibreOffice sheet', bytes([0x50, 0x4b, 0x03, 0x04], Buffer.from('mimetypeapplication/vnd.oasis.opendocument.spreadsheet')), 'ไฟล์นี้เป็นไฟล์ LibreOffice Calc (.ods)'],
    ['a PNG picture', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]), 'ไฟล์นี้เป็นรูปภาพ ไม่ใช่ CSV/ข้อความ'],
    ['UTF-32 LE', bytes([0xff, 0xfe, 0, 0, 0x35, 0, 0, 0]), 'ไฟล์นี้เข้ารหัสเป็น UTF-32'],
    ['UTF-32 BE', bytes([0, 0, 0xfe, 0xff, 0, 0, 0, 0x35]), 'ไฟล์นี้เข้ารหัสเป็น UTF-32'],
    ['UTF-16 without its mark', bytes(Buffer.from('indicator', 'utf16le')), 'ไฟล์นี้มีไบต์ศูนย์ (0x00) ซึ่งไฟล์ CSV ไม่มี: อาจเป็น UTF-16 ที่ไม่มีเครื่องหมาย BOM'],
    ['a UTF-8 mark over bytes that are not UTF-8', bytes([0xef, 0xbb, 0xbf], tis620('ตัวชี้วัด')), 'ไฟล์ขึ้นต้นด้วยเครื่องหมาย UTF-8 (BOM) แต่เนื้อไฟล์ไม่ใช่ UTF-8 ที่ถูกต้อง'],
    ['a UTF-16 mark over an odd number of bytes', bytes([0xff, 0xfe, 0x35, 0x00, 0x36]), 'ไฟล์ขึ้นต้นด้วยเครื่องหมาย UTF-16 LE (BOM) แต่เนื้อไฟล์อ่านเป็น UTF-16 LE ไม่ได้'],
    ['bytes Windows-874 leaves unassigned', bytes(tis620('ตัวชี้วัด'), [0xfc, 0xfd]), 'อ่านเป็น UTF-8 ไม่ได้ และเมื่ออ่านเป็น Windows-874 ตัวที่ 10 ไม่ใช่ตัวอักษรใน Windows-874'],
    ['Latin-1 text, whose accents would land as stray Thai marks', bytes(Buffer.from('C\xf4te d\x27Ivoire,caf\xe9', 'latin1')), 'เมื่ออ่านเป็น Windows-874 สระหรือวรรณยุกต์ที่ตัวที่ 18 ไม่ได้อยู่บนพยัญชนะไทย'],
    ['bytes Windows-874 maps to control codes', bytes([0x41, 0x81, 0x41]), 'เมื่ออ่านเป็น Windows-874 ตัวที่ 2 ไม่ใช่ตัวอักษรใน Windows-874'],
    ['high bytes with no Thai in them', bytes([0x80, 0x41]), 'เมื่ออ่านเป็น Windows-874 ไม่มีอักษรไทย'],
    ['control bytes in UTF-8 text', bytes(Buffer.from('ตัวชี้วัด,คะแนน\n'), [0x07, 0x08]), 'อ่านไฟล์เป็น UTF-8 แล้วพบอักขระควบคุม 0x07 ที่ตัวที่ 17 ซึ่งไฟล์ข้อความไม่มี'],
  ])('refuses %s by name', (_what, input, problem) => {
    const read = decodeText(input);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problem).toContain(problem);
  });
});
