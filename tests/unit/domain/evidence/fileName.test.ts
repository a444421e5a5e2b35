import { evidenceName, FILE_NAME_MAX } from '../../../../src/domain/evidence/fileName';

describe('the name a file is kept under', () => {
  it.each([
    ['รูปอบรมคุณธรรม.jpg', 'jpeg', 'รูปอบรมคุณธรรม.jpg'],
    ['สแกน.JPEG', 'jpeg', 'สแกน.JPEG'.replace('JPEG', 'jpeg')],
    ['IMG_0012.HEIC', 'jpeg', 'IMG_0012.jpg'],
    ['Screenshot 2567-01-05.png', 'png', 'Screenshot 2567-01-05.png'],
    ['C:\\Users\\สมชาย\\Desktop\\บันทึกข้อความ.docx', 'docx', 'บันทึกข้อความ.docx'],
    ['/home/user/รายงาน.pdf', 'pdf', 'รายงาน.pdf'],
    ['scan.tiff', 'tiff', 'scan.tiff'],
    ['scan', 'tiff', 'scan.tif'],
    ['report.pdf', 'docx', 'report.docx'],
    ['final.v2', 'pdf', 'final.v2.pdf'],
    ['ภาพกิจกรรม.webp', 'jpeg', 'ภาพกิจกรรม.jpg'],
    ['  หลาย   ช่องว่าง\t.pdf ', 'pdf', 'หลาย ช่องว่าง .pdf'.replace(' .pdf', '.pdf')],
    ['bad\u0000name\u202e.pdf', 'pdf', 'badname.pdf'],
    ['.pdf', 'pdf', 'evidence.pdf'],
    ['', 'jpeg', 'evidence.jpg'],
    ['..\\..', 'xls', 'evidence.xls'],
  ] as const)('%s as %s is kept as %s', (given, type, kept) => {
    expect(evidenceName(given, type)).toBe(kept);
  });

  it('keeps Thai composed the one way, so the same name compares equal', () => {
    expect(evidenceName('Cafe\u0301.pdf', 'pdf')).toBe('Caf\u00e9.pdf');
  });

  it('caps a long name by whole characters and keeps its extension', () => {
    const kept = evidenceName(`${'ก'.repeat(150)}${'😀'.repeat(100)}.xlsx`, 'xlsx');
    // 150 Thai letters, then 22 emoji of two units each fill 194 units; a 23rd would split.
    expect(kept).toBe(`${'ก'.repeat(150)}${'😀'.repeat(22)}.xlsx`);
    expect(kept.length).toBeLessThanOrEqual(FILE_NAME_MAX);
  });
});
