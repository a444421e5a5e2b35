import { describe, expect, it } from 'vitest';
import { parseDelimited } from '../../../src/domain/import/delimited';
import { BOM, csvText } from '../../../src/domain/reports/csv';
import { measuresCsv, MEASURES_CSV_HEADER, progressCsv, PROGRESS_CSV_HEADER, thaiShortDate, type ExportWords } from '../../../src/domain/reports/exports';
import type { ProgressUpdate } from '../../../src/domain/schemas/measure';
import { seedData } from '../../support/seed';

const words: ExportWords = {
  kind: { plan: 'มาตรการ/แนวทาง', finding: 'มาตรการปรับปรุงตามข้อบกพร่อง', driving: 'มาตรการเพื่อขับเคลื่อน' },
  status: { 'not-started': 'ยังไม่เริ่ม', 'in-progress': 'กำลังดำเนินการ', blocked: 'ติดขัด', done: 'เสร็จแล้ว', cancelled: 'ยกเลิก' },
};

describe('CSV for Excel', () => {
  it('starts with a byte-order mark, ends lines with CRLF, and reads back to the same cells', () => {
    const rows = [['สำนักปลัด, กองคลัง', 'เขาว่า "ดี"', 40], ['บรรทัดแรก\nบรรทัดสอง', '', 0]];
    const text = csvText(['ก', 'ข', 'ค'], rows);
    expect(text.startsWith(BOM)).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(parseDelimited(text).rows.filter((r) => r.some((c) => c !== ''))).toEqual([['ก', 'ข', 'ค'], ...rows.map((r) => r.map(String))]);
  });

  it('keeps a cell that looks like a formula from running as one', () => {
    const text = csvText(['h'], [['=HYPERLINK("http://x")'], ['+1'], ['-'], ['@a'], ['ปกติ']]);
    expect(parseDelimited(text).rows.slice(1, 6).map((r) => r[0])).toEqual(["'=HYPERLINK(\"http://x\")", "'+1", "'-", "'@a", 'ปกติ']);
  });
});

describe('exports of the seed', () => {
  const data = seedData();
  const [plan2] = data.measures.filter((m) => m.id === 'msr-plan-2');
  if (!plan2) throw new Error('no msr-plan-2');
  const update: ProgressUpdate = {
    id: 'upd-1',
    measureId: plan2.id,
    date: '2026-10-20',
    authorName: 'ปลัดเทศบาล',
    unitId: 'unit-palad',
    status: 'in-progress',
    percent: 60,
    note: 'จัดอบรมแล้ว 1 ครั้ง, มีผู้เข้าร่วม 40 คน',
    evidenceUrl: 'https://phoknoi.go.th/news/1',
    createdAt: '2026-10-20T09:00:00.000Z',
  };

  it('lists every measure under a Thai header, with its steps, unit, timeframe as written and last report', () => {
    const rows = parseDelimited(measuresCsv(data.measures, data.units, [update], words)).rows.filter((r) => r.length > 1);
    expect(rows[0]).toEqual([...MEASURES_CSV_HEADER]);
    expect(rows).toHaveLength(1 + data.measures.length);
    const first = rows[1];
    expect(first?.slice(0, 3)).toEqual(['1', 'มาตรการ/แนวทาง', 'การสร้างมาตรฐานป้องกันการรับสินบน']);
    expect(first?.[4]).toMatch(/^1\. ฝ่ายบริหารงานบุคคลตรวจสอบหลักสูตร/);
    expect(first?.slice(5, 11)).toEqual(['สำนักปลัดเทศบาล', 'ต.ค.65-ธ.ค.66', 'ประชุมติดตาม ปีละ 1 ครั้ง', 'ยังไม่เริ่ม', '0', '']);
    const second = rows.find((r) => r[2] === plan2.title);
    expect(second?.slice(8)).toEqual(['กำลังดำเนินการ', '60', '20 ต.ค. 2569']);
  });

  it('lists progress updates oldest first with the date in the Buddhist Era', () => {
    const earlier = { ...update, id: 'upd-0', date: '2026-09-01', percent: 10, note: 'เริ่มแล้ว' };
    const rows = parseDelimited(progressCsv([update, earlier], data.measures, data.units, words)).rows.filter((r) => r.length > 1);
    expect(rows[0]).toEqual([...PROGRESS_CSV_HEADER]);
    expect(rows.slice(1).map((r) => [r[0], r[4], r[5]])).toEqual([
      ['1 ก.ย. 2569', '10', 'เริ่มแล้ว'],
      ['20 ต.ค. 2569', '60', 'จัดอบรมแล้ว 1 ครั้ง, มีผู้เข้าร่วม 40 คน'],
    ]);
    expect(rows[2]?.slice(1, 4)).toEqual([plan2.title, 'สำนักปลัดเทศบาล', 'กำลังดำเนินการ']);
  });

  it('writes a date the Thai way, and leaves one it cannot read as it was', () => {
    expect(thaiShortDate('2023-01-15')).toBe('15 ม.ค. 2566');
    expect(thaiShortDate('ไม่ทราบ')).toBe('ไม่ทราบ');
  });
});
