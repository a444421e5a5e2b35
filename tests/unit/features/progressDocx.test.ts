import { strFromU8, unzipSync, zlibSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { EvidenceFile } from '../../../src/domain/evidence/schema';
import { pictureBox } from '../../../src/features/reports/evidenceImage';
import { progressDocx } from '../../../src/features/reports/progressDocx';
import type { ProgressReport } from '../../../src/domain/reports/progressReport';

const EMU_PER_CM = 360_000;

/** A real grey PNG of the given size: what the store would hand back for a screenshot. */
function png(width: number, height: number): Uint8Array {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes: Uint8Array) => {
    let c = 0xffffffff;
    for (const b of bytes) c = (crcTable[(c ^ b) & 0xff] as number) ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Uint8Array) => {
    const out = new Uint8Array(12 + data.length);
    const view = new DataView(out.buffer);
    view.setUint32(0, data.length);
    out.set(new TextEncoder().encode(type), 4);
    out.set(data, 8);
    view.setUint32(8 + data.length, crc(out.subarray(4, 8 + data.length)));
    return out;
  };
  const header = new Uint8Array(13);
  const hv = new DataView(header.buffer);
  hv.setUint32(0, width);
  hv.setUint32(4, height);
  header.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale
  const rows = new Uint8Array((width + 1) * height).fill(0x80);
  for (let y = 0; y < height; y++) rows[y * (width + 1)] = 0; // no filter
  const parts = [new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', zlibSync(rows)), chunk('IEND', new Uint8Array())];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  parts.reduce((at, p) => (out.set(p, at), at + p.length), 0);
  return out;
}

const file = (id: string, name: string, type: EvidenceFile['type'], size?: { width: number; height: number }): EvidenceFile => ({
  id,
  name,
  type,
  size: 1000,
  sha256: '0'.repeat(64),
  ...size,
});

const wide = file('f-wide', 'อบรมคณะกรรมการ.png', 'png', { width: 1600, height: 900 });
const tall = file('f-tall', 'คำสั่งแต่งตั้ง.png', 'png', { width: 300, height: 2000 });
const memo = file('f-memo', 'บันทึกข้อความ.pdf', 'pdf');
const gone = file('f-gone', 'ภาพที่หายไป.png', 'png', { width: 800, height: 600 });

const report: ProgressReport = {
  fiscalYear: 2565,
  organisation: 'เทศบาลตำบลพอกน้อย',
  place: 'อำเภอพรรณานิคม จังหวัดสกลนคร',
  period: { from: '2022-10-01', to: '2023-03-31' },
  byHealth: { 'not-started': 0, 'on-track': 1, 'at-risk': 0, overdue: 0, done: 0 },
  byUnit: [{ unit: 'กองคลัง', total: 1, byHealth: { 'not-started': 0, 'on-track': 1, 'at-risk': 0, overdue: 0, done: 0 } }],
  measures: [
    {
      order: 1,
      title: 'การสร้างมาตรการส่งเสริมความโปร่งใสในการจัดซื้อจัดจ้าง',
      units: 'กองคลัง',
      timeframe: 'ม.ค.-ส.ค.66',
      steps: [{ text: 'จัดอบรม', done: true }],
      updates: [
        { date: '2022-11-15', status: 'in-progress', percent: 40, note: 'จัดอบรมแล้ว', evidenceUrl: 'https://phoknoi.go.th/news/7', files: [wide, memo, tall, gone] },
        { date: '2022-12-01', status: 'in-progress', percent: 50, note: 'ไม่มีไฟล์', evidenceUrl: '' },
      ],
      status: 'in-progress',
      percent: 50,
      health: 'on-track',
    },
  ],
};
const signatures = { signer: '', signerTitle: '', approver: '', approverTitle: '' };
const bytes: Record<string, Uint8Array> = { 'f-wide': png(1600, 900), 'f-tall': png(300, 2000) };

async function wordFile() {
  const asked: string[] = [];
  const blob = await progressDocx(report, signatures, 'thai', async (f) => {
    asked.push(f.id);
    return bytes[f.id] ?? null;
  });
  const parts = unzipSync(new Uint8Array(await blob.arrayBuffer()));
  const body = strFromU8(parts['word/document.xml'] ?? new Uint8Array());
  const paragraphs = [...body.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => [...p[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''));
  const media = Object.keys(parts).filter((name) => name.startsWith('word/media/'));
  const extents = [...body.matchAll(/<wp:extent cx="(\d+)" cy="(\d+)"\/>/g)].map((m) => ({ cx: Number(m[1]), cy: Number(m[2]) }));
  return { parts, paragraphs, media, extents, asked };
}

describe('the progress report as a Word file', () => {
  it('holds each picture as it was kept, at most 15 cm wide and in its own shape', async () => {
    const { parts, media, extents, asked } = await wordFile();
    expect(asked).toEqual(['f-wide', 'f-tall', 'f-gone']); // the PDF's bytes are never read
    expect(media).toHaveLength(2);
    expect(media.map((m) => parts[m]?.length).sort()).toEqual([bytes['f-wide']?.length, bytes['f-tall']?.length].sort());
    expect(extents).toHaveLength(2);
    const [landscape, portrait] = extents as [{ cx: number; cy: number }, { cx: number; cy: number }];
    expect(landscape.cx).toBeLessThanOrEqual(15 * EMU_PER_CM);
    expect(landscape.cx).toBeGreaterThan(14.9 * EMU_PER_CM);
    expect(landscape.cx / landscape.cy).toBeCloseTo(1600 / 900, 2);
    // A tall scan is held to 20 cm high, and stays as narrow as its shape says.
    expect(portrait.cy).toBeLessThanOrEqual(20 * EMU_PER_CM);
    expect(portrait.cx / portrait.cy).toBeCloseTo(300 / 2000, 2);
  });

  it('lists every update with its link and files, then shows the evidence under its measure', async () => {
    const { paragraphs } = await wordFile();
    expect(paragraphs).toContain('15 พ.ย. 2565: ร้อยละ 40 จัดอบรมแล้ว');
    expect(paragraphs).toContain('หลักฐาน: https://phoknoi.go.th/news/7');
    expect(paragraphs).toContain('ไฟล์: อบรมคณะกรรมการ.png, บันทึกข้อความ.pdf, คำสั่งแต่งตั้ง.png, ภาพที่หายไป.png');
    expect(paragraphs).toContain('1 ธ.ค. 2565: ร้อยละ 50 ไม่มีไฟล์');
    const part3 = paragraphs.indexOf('3) ภาพและไฟล์หลักฐาน');
    expect(part3).toBeGreaterThan(paragraphs.indexOf('2) ผลการดำเนินการรายมาตรการ'));
    const after = paragraphs.slice(part3);
    // Pictures carry their names under them; a PDF, and a picture that could not be read, are named.
    expect(after).toEqual(
      expect.arrayContaining(['1. การสร้างมาตรการส่งเสริมความโปร่งใสในการจัดซื้อจัดจ้าง', 'อบรมคณะกรรมการ.png', 'ไฟล์: บันทึกข้อความ.pdf', 'คำสั่งแต่งตั้ง.png', 'ไฟล์: ภาพที่หายไป.png']),
    );
    expect(after).not.toContain('1 ธ.ค. 2565: ร้อยละ 50 ไม่มีไฟล์');
  });

  it('leaves out the evidence part when no update in the period has a file', async () => {
    const plain: ProgressReport = { ...report, measures: report.measures.map((m) => ({ ...m, updates: m.updates.map((u) => ({ ...u, files: [] })) })) };
    const blob = await progressDocx(plain, signatures, 'thai', () => Promise.reject(new Error('not asked')));
    const parts = unzipSync(new Uint8Array(await blob.arrayBuffer()));
    expect(strFromU8(parts['word/document.xml'] ?? new Uint8Array())).not.toContain('ภาพและไฟล์หลักฐาน');
    expect(Object.keys(parts).some((name) => name.startsWith('word/media/'))).toBe(false);
  });
});

describe('a picture’s size in the Word file', () => {
  const cm = (px: number) => (px * 2.54) / 96;
  it.each([
    { what: 'a 2,000 px photo, made 15 cm wide', width: 2000, height: 1500, cmWide: 15, cmHigh: 11.25 },
    { what: 'a small screenshot, kept at its own size', width: 300, height: 200, cmWide: 7.94, cmHigh: 5.29 },
    { what: 'a tall scan, held to 20 cm high', width: 1000, height: 4000, cmWide: 5, cmHigh: 20 },
    { what: 'a square photo, 15 cm a side', width: 2000, height: 2000, cmWide: 15, cmHigh: 15 },
  ])('$what', ({ width, height, cmWide, cmHigh }) => {
    const box = pictureBox({ width, height });
    expect(cm(box.width)).toBeCloseTo(cmWide, 1);
    expect(cm(box.height)).toBeCloseTo(cmHigh, 1);
    expect(cm(box.width)).toBeLessThanOrEqual(15);
    expect(cm(box.height)).toBeLessThanOrEqual(20);
  });
});
