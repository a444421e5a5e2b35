import { describe, expect, it } from 'vitest';
import { ITA_2565 } from '../../../../src/domain/frameworks/ita2565';
import { thaiRefusal } from '../../../../src/domain/import/problems';
import { openWorkbook, readChosenFile } from '../../../../src/features/assessments/importRead';
import type { Sheet } from '../../../../src/ui/xlsx/readWorkbook';

const cover: Sheet = { name: 'ปก', rows: [['รายงานผลการประเมิน ITA'], ['เทศบาลตำบลตัวอย่าง']] };
const scores: Sheet = { name: 'คะแนน', rows: [['ตัวชี้วัด', 'คะแนน'], ['1', '93.75'], ['2', '99.65']] };
const oit: Sheet = { name: 'OIT', rows: [['ข้อ', 'ผล'], ['O1', 'มี']] };

/** The sheets, recording which of them the reading looked at. */
function watched(sheets: Sheet[]): { sheets: Sheet[]; looked: string[] } {
  const looked: string[] = [];
  const watchedSheets = sheets.map((sheet) => ({
    name: sheet.name,
    get rows() {
      looked.push(sheet.name);
      return sheet.rows;
    },
  }));
  return { sheets: watchedSheets, looked };
}

describe('opening a workbook', () => {
  it('reads sheets one by one up to the first with a score table, and names the ones passed over', () => {
    const { sheets, looked } = watched([cover, scores, oit]);
    const read = openWorkbook('คะแนน.xlsx', sheets, ITA_2565, 2565);
    expect(read.result.ok).toBe(true);
    expect(read.workbook).toMatchObject({ chosen: 1, passedOver: ['ปก'] });
    expect(read.workbook?.sheets).toBe(sheets);
    expect(looked).toEqual(['ปก', 'คะแนน']);
  });

  it('reads only the first sheet when it holds the table, and passes nothing over', () => {
    const { sheets, looked } = watched([scores, oit]);
    const read = openWorkbook('คะแนน.xlsx', sheets, ITA_2565, 2565);
    expect(read.workbook).toEqual({ sheets, chosen: 0 });
    expect(looked).toEqual(['คะแนน']);
  });

  it('gives the first sheet’s refusal when no sheet holds a table', () => {
    const { sheets, looked } = watched([cover, { name: 'หมายเหตุ', rows: [['-']] }]);
    const read = openWorkbook('คะแนน.xlsx', sheets, ITA_2565, 2565);
    expect(read.result).toMatchObject({ ok: false });
    if (!read.result.ok) expect(thaiRefusal(read.result)).toContain('"ปก"');
    expect(read.workbook).toMatchObject({ chosen: 0 });
    expect(looked).toEqual(['ปก', 'หมายเหตุ']);
  });
});

describe('reading a chosen file that is an OLE compound file', () => {
  it('names both an old .xls and a password-protected .xlsx, whatever the file is called', async () => {
    const ole = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array<number>(504).fill(0)]);
    const read = await readChosenFile(new File([ole], 'คะแนน.xlsx'), ITA_2565, 2565);
    expect(read.workbook).toBeNull();
    expect(read.result).toMatchObject({ ok: false, problem: { code: 'workbook.old-excel', values: {} } });
    if (!read.result.ok) expect(thaiRefusal(read.result)).toContain('.xls แบบเก่า หรือ .xlsx ที่ตั้งรหัสผ่าน');
  });
});
