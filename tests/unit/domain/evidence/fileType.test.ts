import { isStoredType, type Sniffed } from '../../../../src/domain/evidence/fileType';
import { sniffFileType } from '../../../../src/domain/evidence/sniffFileType';
import { asZip64, bytes, ftyp, ole, utf8, zip } from './sampleBytes';

const ok = (type: string): Sniffed => ({ allowed: true, type } as Sniffed);
const no = (found: string): Sniffed => ({ allowed: false, found } as Sniffed);

const CONTENT_TYPES = '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>';
const ooxml = (...parts: string[]) => zip({ '[Content_Types].xml': CONTENT_TYPES, '_rels/.rels': '<Relationships/>', ...Object.fromEntries(parts.map((p) => [p, '<x/>'])) });
const odf = (mimetype: string, ...parts: string[]) => zip({ mimetype, 'content.xml': '<office:document-content/>', ...Object.fromEntries(parts.map((p) => [p, 'x'])) }, ['mimetype']);
const docx = ooxml('word/document.xml', 'docProps/core.xml');

const setU16 = (file: Uint8Array, at: number, value: number) => {
  const copy = file.slice();
  new DataView(copy.buffer).setUint16(at, value, true);
  return copy;
};
const setU32 = (file: Uint8Array, at: number, value: number) => {
  const copy = file.slice();
  new DataView(copy.buffer).setUint32(at, value, true);
  return copy;
};
const odt = odf('application/vnd.oasis.opendocument.text');
const docx64 = asZip64(docx);
const centralAt = (z: Uint8Array) => new DataView(z.buffer, z.byteOffset).getUint32(z.length - 22 + 16, true);
const withoutEnd = (z: Uint8Array) => z.subarray(0, centralAt(z));

describe('the type of a file from its own bytes', () => {
  it.each<[string, Uint8Array, Sniffed]>([
    ['a JPEG (JFIF)', bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10], 'JFIF'), ok('jpeg')],
    ['a JPEG from a camera (Exif)', bytes([0xff, 0xd8, 0xff, 0xe1, 0x12, 0x34], 'Exif\0\0'), ok('jpeg')],
    ['a PNG', bytes([0x89], 'PNG\r\n\x1a\n', [0, 0, 0, 13], 'IHDR'), ok('png')],
    ['a GIF 89a', bytes('GIF89a', [1, 0, 1, 0]), ok('gif')],
    ['a GIF 87a', bytes('GIF87a', [1, 0, 1, 0]), ok('gif')],
    ['a WebP', bytes('RIFF', [26, 0, 0, 0], 'WEBPVP8 '), ok('webp')],
    ['a Windows bitmap', bytes('BM', [70, 0, 0, 0, 0, 0, 0, 0, 54, 0, 0, 0, 40, 0, 0, 0]), ok('bmp')],
    ['a TIFF from a scanner (Intel order)', bytes('II*\0', [8, 0, 0, 0]), ok('tiff')],
    ['a TIFF (Motorola order)', bytes('MM\0*', [0, 0, 0, 8]), ok('tiff')],
    ['an iPhone photo (HEIC)', ftyp('heic', 'mif1', 'heic'), ok('heic')],
    ['a HEIF still named only mif1', ftyp('mif1', 'mif1', 'miaf'), ok('heic')],
    ['an AVIF that also lists mif1', ftyp('avif', 'mif1', 'avif', 'miaf'), ok('avif')],
    ['a PDF', bytes('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n'), ok('pdf')],
    ['a PDF with bytes before its marker', bytes([0, 0, 0], '\r\n%PDF-1.4\n'), ok('pdf')],
    ['a Word document (.docx)', docx, ok('docx')],
    ['an Excel workbook (.xlsx)', ooxml('xl/workbook.xml', 'xl/worksheets/sheet1.xml'), ok('xlsx')],
    ['a PowerPoint deck (.pptx)', ooxml('ppt/presentation.xml'), ok('pptx')],
    ['a .docx whose writer always uses Zip64', asZip64(docx), ok('docx')],
    ['an OpenDocument text (.odt)', odf('application/vnd.oasis.opendocument.text'), ok('odt')],
    ['an OpenDocument spreadsheet (.ods)', odf('application/vnd.oasis.opendocument.spreadsheet'), ok('ods')],
    ['an OpenDocument presentation (.odp)', odf('application/vnd.oasis.opendocument.presentation'), ok('odp')],
    ['a Word 97–2003 document (.doc)', ole(['WordDocument', '1Table', '\x05SummaryInformation']), ok('doc')],
    ['an Excel 97–2003 workbook (.xls)', ole(['Workbook', '\x05SummaryInformation']), ok('xls')],
    ['an Excel 5 workbook', ole(['Book']), ok('xls')],
    ['a PowerPoint 97–2003 deck (.ppt)', ole(['PowerPoint Document', 'Current User']), ok('ppt')],
    ['a .doc whose directory runs over several sectors', ole(['\x01CompObj', '\x05DocumentSummaryInformation', '\x05SummaryInformation', '1Table', 'Data', 'ObjectPool', 'WordDocument']), ok('doc')],
    ['a .doc whose last sector is cut short', ole(['WordDocument', 'a', 'b', 'c', 'd', 'e', 'f']).subarray(0, 2048 - 100), ok('doc')],
    ['a large .xls whose FAT is listed past the header (DIFAT)', ole(['Workbook'], { fatCount: 110 }), ok('xls')],
  ])('allows %s', (_, file, expected) => {
    expect(sniffFileType(file)).toEqual(expected);
  });

  it.each<[string, Uint8Array, Sniffed]>([
    ['a Windows program renamed .jpg', bytes('MZ\x90\0\x03\0\0\0'), no('exe')],
    ['a Linux program', bytes([0x7f], 'ELF', [2, 1, 1]), no('program')],
    ['a Mac program', bytes([0xcf, 0xfa, 0xed, 0xfe, 7, 0, 0, 1]), no('program')],
    ['a shell script', utf8('#!/bin/sh\nrm -rf /\n'), no('script')],
    ['a web page', utf8('<!DOCTYPE html><html><body>หลักฐาน</body></html>'), no('html')],
    ['a web page that opens with a comment', utf8('\n  <!-- saved page --><HTML><script>alert(1)</script>'), no('html')],
    ['a web page that quotes a PDF marker', utf8('<html><body>%PDF-1.7</body></html>'), no('html')],
    ['an SVG drawing', utf8('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), no('svg')],
    ['an SVG with an XML declaration and a BOM', utf8('\ufeff<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>'), no('svg')],
    ['an XML file', utf8('<?xml version="1.0"?><data/>'), no('xml')],
    ['a Thai text file', utf8('รายงานผลการดำเนินงาน\nไตรมาสที่ 1\n'), no('text')],
    ['a rich text file', utf8('{\\rtf1\\ansi\\deff0 {\\fonttbl}}'), no('rtf')],
    ['a zip of other things', zip({ 'photo.jpg': 'x', 'notes.txt': 'y' }), no('zip')],
    ['an empty zip', bytes('PK\x05\x06', new Array(18).fill(0)), no('zip')],
    ['a Word document with macros (.docm)', ooxml('word/document.xml', 'word/vbaProject.bin'), no('office-macros')],
    ['an Excel workbook with macros (.xlsm)', ooxml('xl/workbook.xml', 'xl/vbaProject.bin'), no('office-macros')],
    ['an OpenDocument with Basic macros', odf('application/vnd.oasis.opendocument.text', 'Basic/Standard/Module1.xml'), no('office-macros')],
    ['an OpenDocument drawing', odf('application/vnd.oasis.opendocument.graphics'), no('zip')],
    ['a Visio drawing (.vsdx)', ooxml('visio/document.xml'), no('ooxml-other')],
    ['a .docx cut off half-way', docx.subarray(0, docx.length >> 1), no('office-damaged')],
    ['a .doc with macros', ole(['WordDocument', 'Macros']), no('office-macros')],
    ['an .xls with macros', ole(['Workbook', '_VBA_PROJECT_CUR']), no('office-macros')],
    ['a password-protected .docx', ole(['EncryptionInfo', 'EncryptedPackage']), no('office-encrypted')],
    ['a Windows installer (.msi)', ole(['\u4840\u3f3f\u4577\u446c']), no('ole-other')],
    ['a compound file of nothing but its header', bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], new Array(504).fill(0)), no('office-damaged')],
    ['a compound file cut off before its directory', ole(['WordDocument']).subarray(0, 1024), no('office-damaged')],
    ['an .xls whose DIFAT sector is missing', ole(['Workbook'], { fatCount: 110, dropDifat: true }), no('office-damaged')],
    ['a RAR archive', bytes('Rar!\x1a\x07\x01\0'), no('rar')],
    ['a 7-Zip archive', bytes([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c, 0, 4]), no('7z')],
    ['a gzip file', bytes([0x1f, 0x8b, 8, 0]), no('gzip')],
    ['a phone video (MP4)', ftyp('isom', 'isom', 'iso2', 'mp41'), no('video')],
    ['an iPhone video (MOV)', ftyp('qt  ', 'qt  '), no('video')],
    ['a WebM video', bytes([0x1a, 0x45, 0xdf, 0xa3, 0x9f]), no('video')],
    ['an AVI video', bytes('RIFF', [0, 0, 0, 0], 'AVI LIST'), no('video')],
    ['a voice memo (M4A)', ftyp('M4A ', 'M4A ', 'isom'), no('audio')],
    ['an MP3', bytes('ID3\x04\0\0'), no('audio')],
    ['a WAV recording', bytes('RIFF', [0, 0, 0, 0], 'WAVEfmt '), no('audio')],
    ['random bytes', bytes([0x00, 0x13, 0x37, 0x02, 0x99, 0x01, 0x00, 0x05]), no('unknown')],
    ['"BM" that begins a text, not a bitmap', utf8('BMA meeting notes, 2567'), no('text')],
    ['"BM" and nothing more', utf8('BM'), no('text')],
    // Damaged structures: each a refusal, never a throw or a loop.
    ['a zip whose end record claims more entries than it lists', setU16(docx, docx.length - 22 + 10, 9), no('office-damaged')],
    ['a zip whose end record claims 0xFFFF entries but has no Zip64 record', setU16(docx, docx.length - 22 + 10, 0xffff), no('office-damaged')],
    ['a zip whose directory names run past its end', setU16(docx, centralAt(docx) + 28, 0xffff), no('office-damaged')],
    ['a zip cut off before its directory, first part a photo', withoutEnd(zip({ 'a.jpg': 'x' })), no('zip')],
    ['a zip of one local header, cut off in its name', bytes('PK\x03\x04', new Array(22).fill(0), [200, 0, 0, 0]), no('zip')],
    ['a Zip64 whose 64-bit record is not one', setU32(docx64, docx64.length - 22 - 20 - 56, 0), no('office-damaged')],
    ['a Zip64 whose locator points past the end', setU32(docx64, docx64.length - 22 - 12, 0x7fffffff), no('office-damaged')],
    ['an OpenDocument whose mimetype is encrypted', setU16(odt, centralAt(odt) + 8, 1), no('zip')],
    ['an OpenDocument whose mimetype is said to be past the end', setU32(odt, centralAt(odt) + 42, 0x7fffffff), no('zip')],
    ['an OpenDocument whose mimetype is said to be elsewhere', setU32(odt, centralAt(odt) + 42, 4), no('zip')],
    ['an OpenDocument whose mimetype is said to run past the end', setU32(odt, centralAt(odt) + 20, 0x7fffffff), no('zip')],
    ['an OpenDocument whose mimetype is deflated', zip({ mimetype: 'application/vnd.oasis.opendocument.text', 'content.xml': 'x' }), no('zip')],
    ['a compound file with 1 KB sectors', setU16(ole(['WordDocument']), 0x1e, 10), no('office-damaged')],
    ['a compound file of 40 bytes', bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], new Array(32).fill(0)), no('office-damaged')],
    ['a compound file whose directory chain loops', ole(['WordDocument'], { loop: true }), no('office-damaged')],
    ['a compound file whose directory starts at a marker', ole(['WordDocument'], { firstDir: 0xfffffffd }), no('office-damaged')],
    ['a compound file whose directory is past its end', ole(['WordDocument'], { firstDir: 40 }), no('office-damaged')],
    ['a compound file whose FAT is past its end', ole(['WordDocument'], { fatAt: 99 }), no('office-damaged')],
    ['a compound file whose DIFAT chain loops', ole(['Workbook'], { fatCount: 10_000, difatLoop: true }), no('office-damaged')],
    ['a compound file whose DIFAT runs past its end', ole(['Workbook'], { fatCount: 110 }).subarray(0, 1024 + 100), no('office-damaged')],
  ])('refuses %s', (_, file, expected) => {
    expect(sniffFileType(file)).toEqual(expected);
  });

  it.each([
    ['jpeg', true],
    ['tiff', true],
    ['docx', true],
    ['heic', false],
    ['webp', false],
    ['gif', false],
  ] as const)('%s may be kept as it is: %s', (type, kept) => {
    expect(isStoredType(type)).toBe(kept);
  });
});
