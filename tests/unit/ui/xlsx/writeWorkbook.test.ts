import { describe, expect, it } from 'vitest';
import type { ExportTable } from '../../../../src/domain/reports/xlsxTables';
import { readWorkbook } from '../../../../src/ui/xlsx/readWorkbook';
import { columnWidth, writeWorkbook, XLSX_TYPE } from '../../../../src/ui/xlsx/writeWorkbook';

const scores: ExportTable = {
  name: 'คะแนนตัวชี้วัด',
  header: ['เครื่องมือ', 'ตัวชี้วัดที่', 'ชื่อตัวชี้วัด', 'น้ำหนัก (ร้อยละ)', 'คะแนน'],
  rows: [
    ['IIT', 1, 'การปฏิบัติหน้าที่', 6, 93.75],
    ['IIT', 2, 'การใช้งบประมาณ', 6, null],
    ['คะแนนรวม', null, null, 100, 100],
  ],
};
const progress: ExportTable = {
  name: 'ความคืบหน้า',
  header: ['วันที่', 'มาตรการ', 'ร้อยละความคืบหน้า', 'สิ่งที่ดำเนินการ'],
  rows: [
    ['20 ต.ค. 2569', 'การสร้างมาตรฐาน', 60, '1. อบรมแล้ว\n2. ประชุมแล้ว'],
    ['=HYPERLINK("http://x")', '', 0, '+1'],
  ],
};

describe('writeWorkbook', () => {
  it('writes an .xlsx that reads back to the same Thai text and numbers, a sheet per table', async () => {
    const blob = await writeWorkbook([scores, progress]);
    expect(blob.type).toBe(XLSX_TYPE);
    const result = await readWorkbook(await blob.arrayBuffer());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.sheets).toEqual([
      {
        name: 'คะแนนตัวชี้วัด',
        rows: [
          ['เครื่องมือ', 'ตัวชี้วัดที่', 'ชื่อตัวชี้วัด', 'น้ำหนัก (ร้อยละ)', 'คะแนน'],
          ['IIT', '1', 'การปฏิบัติหน้าที่', '6', '93.75'],
          ['IIT', '2', 'การใช้งบประมาณ', '6', ''],
          ['คะแนนรวม', '', '', '100', '100'],
        ],
      },
      {
        name: 'ความคืบหน้า',
        rows: [
          ['วันที่', 'มาตรการ', 'ร้อยละความคืบหน้า', 'สิ่งที่ดำเนินการ'],
          ['20 ต.ค. 2569', 'การสร้างมาตรฐาน', '60', '1. อบรมแล้ว\n2. ประชุมแล้ว'],
          // Text that looks like a formula is written as text: it never runs.
          ['=HYPERLINK("http://x")', '', '0', '+1'],
        ],
      },
    ]);
  });

  it('stores numbers as number cells and B.E. dates as text cells', async () => {
    const { unzipSync, strFromU8 } = await import('fflate');
    const blob = await writeWorkbook([progress]);
    const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml'] ?? new Uint8Array());
    // C2 holds 60 as a number (no t="s"/"inlineStr"); A2 holds the date as a string.
    expect(sheet).toMatch(/<c r="C2"(?![^>]*t="(?:s|inlineStr|str)")[^>]*><v>60<\/v><\/c>/);
    expect(sheet).toMatch(/<c r="A2"[^>]*t="(?:s|inlineStr)"/);
    expect(sheet).not.toMatch(/<f>/);
  });
});

describe('columnWidth', () => {
  it.each([
    [[], 6],
    [['ก'], 6],
    [['ร้อยละความคืบหน้า'], 16],
    [['บรรทัดสั้น\nบรรทัดที่ยาวกว่าบรรทัดแรกมาก'], 25],
    [[93.75, null], 7],
    [['ก'.repeat(200)], 60],
  ])('%j → %d characters', (values, width) => {
    expect(columnWidth(values)).toBe(width);
  });
});
