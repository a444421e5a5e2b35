import { checkChosenFile, checkFileCount, checkKeptSize, checkQuota } from '../../../../src/domain/evidence/checks';
import { FOUND_TYPES } from '../../../../src/domain/evidence/fileType';
import { EVIDENCE_LIMITS, sizeText } from '../../../../src/domain/evidence/limits';
import { evidenceRefusalInThai, thaiEvidenceFill, type EvidenceRefusal } from '../../../../src/domain/evidence/refusals';
import { EVIDENCE_TH, FOUND_TH } from '../../../../src/domain/evidence/thaiWords';
import { bytes, utf8 } from './sampleBytes';

const MB = 1024 * 1024;

describe('sizes as people read them', () => {
  it.each([
    [0, '0 B'],
    [900, '900 B'],
    [1024, '1 KB'],
    [350 * 1024 + 300, '350 KB'],
    [4.24 * MB, '4.2 MB'],
    [10 * MB, '10 MB'],
    [10 * MB + 1, '10 MB'],
    [1945.3 * MB, '1.9 GB'],
    [2040 * MB, '1.99 GB'],
    [12_345 * MB, '12 GB'],
    [123_456_789, '118 MB'],
    [1023 * 1024, '1,023 KB'],
    [1.05 * MB, '1.1 MB'],
    [3 * 1024 ** 4, '3,072 GB'],
    [2048 * MB, '2 GB'],
  ])('%d bytes is %s', (n, text) => {
    expect(sizeText(n)).toBe(text);
  });
});

describe('the limits of issue 25', () => {
  it.each<[string, EvidenceRefusal | null, EvidenceRefusal | null]>([
    ['a file of exactly 10 MB is kept', checkKeptSize('a.pdf', 10 * MB), null],
    ['one byte more is too big', checkKeptSize('a.pdf', 10 * MB + 1), { code: 'file.tooBig', values: { name: 'a.pdf', size: 10 * MB + 1, limit: 10 * MB } }],
    ['20 files an update', checkFileCount(20), null],
    ['21 are too many', checkFileCount(21), { code: 'update.tooMany', values: { count: 21, limit: 20 } }],
    ['filling the quota to the byte', checkQuota(2047 * MB, MB), null],
    ['a byte over it', checkQuota(2047 * MB, MB + 1), { code: 'agency.overQuota', values: { used: 2047 * MB, adding: MB + 1, limit: 2048 * MB } }],
    ['an agency with its own quota', checkQuota(0, 6 * MB, 5 * MB), { code: 'agency.overQuota', values: { used: 0, adding: 6 * MB, limit: 5 * MB } }],
  ])('%s', (_, refusal, expected) => {
    expect(refusal).toEqual(expected);
  });

  it('are the figures the issue names', () => {
    expect(EVIDENCE_LIMITS).toEqual({ fileBytes: 10 * MB, filesPerUpdate: 20, agencyQuotaBytes: 2 * 1024 * MB });
  });
});

describe('a chosen file', () => {
  it.each([
    ['ภาพ.jpg', bytes([0xff, 0xd8, 0xff, 0xe1]), { ok: true, type: 'jpeg' }],
    ['ว่าง.pdf', new Uint8Array(0), { ok: false, refusal: { code: 'file.empty', values: { name: 'ว่าง.pdf' } } }],
    ['setup.jpg', bytes('MZ\x90\0'), { ok: false, refusal: { code: 'file.typeNotAllowed', values: { name: 'setup.jpg', found: 'exe' } } }],
  ])('%s', (name, file, expected) => {
    expect(checkChosenFile(name, file)).toEqual(expected);
  });
});

describe('refusals in Thai', () => {
  it.each<[EvidenceRefusal, string]>([
    [{ code: 'file.empty', values: { name: 'ว่าง.pdf' } }, 'ไฟล์ ว่าง.pdf ว่าง ไม่มีข้อมูล'],
    [
      { code: 'file.typeNotAllowed', values: { name: 'setup.jpg', found: 'exe' } },
      'แนบไฟล์ setup.jpg ไม่ได้: ไฟล์นี้เป็นโปรแกรม Windows (.exe) แนบได้เฉพาะรูปภาพ (JPEG, PNG, HEIC, WebP, GIF, TIFF), PDF, Word, Excel, PowerPoint และ OpenDocument',
    ],
    [
      { code: 'file.undecodable', values: { name: 'IMG_0012.HEIC', type: 'heic' } },
      'เบราว์เซอร์นี้เปิดรูป IMG_0012.HEIC (HEIC) ไม่ได้ จึงย่อและลบตำแหน่งที่ถ่ายไม่ได้: บันทึกรูปเป็น JPEG แล้วเลือกใหม่ หรือแนบจากโทรศัพท์โดยตรง',
    ],
    [{ code: 'file.tooBig', values: { name: 'สแกน.pdf', size: 12.34 * MB, limit: 10 * MB } }, 'ไฟล์ สแกน.pdf มีขนาด 12 MB เกินขนาดสูงสุด 10 MB ต่อไฟล์'],
    [{ code: 'update.tooMany', values: { count: 23, limit: 20 } }, 'แนบไฟล์ได้ไม่เกิน 20 ไฟล์ต่อการรายงานหนึ่งครั้ง (เลือกไว้ 23 ไฟล์)'],
    [
      { code: 'agency.overQuota', values: { used: 2040 * MB, adding: 9.5 * MB, limit: 2048 * MB } },
      'พื้นที่เก็บไฟล์ของหน่วยงานไม่พอ: ใช้ไปแล้ว 1.99 GB จาก 2 GB ไฟล์ที่แนบครั้งนี้มีขนาด 9.5 MB',
    ],
  ])('%j', (refusal, thai) => {
    expect(evidenceRefusalInThai(refusal)).toBe(thai);
  });

  it('name every type a file can be refused as, and leave no value unsaid', () => {
    expect(Object.keys(FOUND_TH).sort()).toEqual([...FOUND_TYPES].sort());
    for (const found of FOUND_TYPES) {
      expect(evidenceRefusalInThai({ code: 'file.typeNotAllowed', values: { name: 'x', found } })).not.toMatch(/[{}]/);
    }
    expect(Object.values(EVIDENCE_TH).join('')).toMatch(/\{name\}/);
  });

  it('leaves a placeholder it has no value for as it is, rather than saying "undefined"', () => {
    expect(thaiEvidenceFill('file.empty', {})).toBe('ไฟล์ {name} ว่าง ไม่มีข้อมูล');
  });

  it('says a page was refused as a page, though it was named .pdf', () => {
    const checked = checkChosenFile('หลักฐาน.pdf', utf8('<html><script>fetch("/api")</script></html>'));
    expect(checked.ok ? '' : evidenceRefusalInThai(checked.refusal)).toContain('หน้าเว็บ (HTML)');
  });
});
