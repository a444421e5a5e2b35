import { evidenceFileSchema, evidenceFilesSchema } from '../../../../src/domain/evidence/schema';

const photo = {
  id: 'ev-1',
  name: 'อบรมคุณธรรมจริยธรรม.jpg',
  type: 'jpeg',
  size: 345_678,
  sha256: 'a'.repeat(64),
  width: 2000,
  height: 1500,
};
const memo = { id: 'ev-2', name: 'บันทึกข้อความ.pdf', type: 'pdf', size: 120_000, sha256: '0123456789abcdef'.repeat(4) };

const problems = (value: unknown) => {
  const parsed = evidenceFileSchema.safeParse(value);
  return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('the reference an update carries to a file', () => {
  it.each([
    ['a photo, measured', photo],
    ['a PDF, not measured', memo],
    ['a scan kept as TIFF, which may be measured', { ...memo, type: 'tiff', name: 'scan.tif', width: 2480, height: 3508 }],
    ['a scan kept as TIFF, which may not', { ...memo, type: 'tiff', name: 'scan.tif' }],
  ])('reads %s', (_, value) => {
    expect(problems(value)).toEqual([]);
  });

  it.each([
    ['a name with a path', { ...memo, name: 'C:\\docs\\a.pdf' }, 'name: ชื่อไฟล์ต้องไม่มี / หรือ \\'],
    ['an empty name', { ...memo, name: '' }, 'name: ต้องมีชื่อไฟล์'],
    ['a name too long', { ...memo, name: `${'ก'.repeat(197)}.pdf` }, 'name: ชื่อไฟล์ยาวเกิน 200 ตัวอักษร'],
    ['a type kept only after conversion', { ...photo, type: 'heic' }, 'type: ชนิดไฟล์ไม่อยู่ในรายการที่แนบได้'],
    ['an SVG', { ...photo, type: 'svg' }, 'type: ชนิดไฟล์ไม่อยู่ในรายการที่แนบได้'],
    ['an empty file', { ...memo, size: 0 }, 'size: ไฟล์ว่าง ไม่มีข้อมูล'],
    ['a file over 10 MB', { ...memo, size: 10 * 1024 * 1024 + 1 }, 'size: ไฟล์มีขนาดเกิน 10 MB'],
    ['a hash in capitals', { ...memo, sha256: 'A'.repeat(64) }, 'sha256: SHA-256 ต้องเป็นเลขฐานสิบหก 64 ตัว (ตัวพิมพ์เล็ก)'],
    ['a hash too short', { ...memo, sha256: 'a'.repeat(63) }, 'sha256: SHA-256 ต้องเป็นเลขฐานสิบหก 64 ตัว (ตัวพิมพ์เล็ก)'],
    ['a photo not measured', { ...photo, width: undefined }, 'width: รูปภาพต้องมีความกว้างและความสูง'],
    ['a document measured', { ...memo, width: 10, height: 10 }, 'width: เอกสารไม่มีความกว้างและความสูง'],
  ])('refuses %s', (_, value, problem) => {
    expect(problems(value)).toEqual([problem]);
  });

  it('carries the code of each rule of its own, for a screen to word', () => {
    const parsed = evidenceFileSchema.safeParse({ ...photo, height: undefined });
    expect(parsed.success ? null : parsed.error.issues[0]).toMatchObject({ code: 'custom', params: { code: 'evidence-image-size-missing' } });
  });

  it('lets an update carry up to 20 files, each once', () => {
    const files = Array.from({ length: 21 }, (_, i) => ({ ...memo, id: `ev-${i}` }));
    expect(evidenceFilesSchema.safeParse([]).success).toBe(true);
    expect(evidenceFilesSchema.safeParse(files.slice(0, 20)).success).toBe(true);
    expect(evidenceFilesSchema.safeParse(files).success).toBe(false);
    expect(evidenceFilesSchema.safeParse([memo, memo]).error?.issues[0]).toMatchObject({ code: 'custom', params: { code: 'evidence-duplicate-id' } });
  });
});
