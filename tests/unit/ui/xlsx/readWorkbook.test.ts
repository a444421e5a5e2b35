import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import writeXlsxFile from 'write-excel-file/universal';
import { describe, expect, it } from 'vitest';
import { cellText, isXlsx, readWorkbook } from '../../../../src/ui/xlsx/readWorkbook';

// Written by the library the app itself exports with: two sheets, Thai, numbers, a blank row.
async function fixture(): Promise<ArrayBuffer> {
  const blob = await writeXlsxFile([
    {
      sheet: 'คะแนน',
      data: [
        ['ตัวชี้วัด', 'ชื่อ', 'คะแนน'],
        [1, 'การปฏิบัติหน้าที่', 93.75],
        [],
        [2, 'การใช้งบประมาณ', 100],
        ['รวม', null, 87.5],
      ],
    },
    { sheet: 'OIT', data: [['ข้อ', 'ผล'], ['O1', 'มี'], ['O2', 'ไม่มี']] },
  ]).toBlob();
  return blob.arrayBuffer();
}

describe('readWorkbook', () => {
  it('reads every sheet in order, cells as text, numbers as plain digits', async () => {
    const result = await readWorkbook(await fixture());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.sheets.map((s) => s.name)).toEqual(['คะแนน', 'OIT']);
    const [scores, oit] = result.sheets;
    expect(scores?.rows).toEqual([
      ['ตัวชี้วัด', 'ชื่อ', 'คะแนน'],
      ['1', 'การปฏิบัติหน้าที่', '93.75'],
      ['', '', ''],
      ['2', 'การใช้งบประมาณ', '100'],
      ['รวม', '', '87.5'],
    ]);
    expect(oit?.rows).toEqual([['ข้อ', 'ผล'], ['O1', 'มี'], ['O2', 'ไม่มี']]);
  });

  it('reads a workbook laid out as Excel saves one: shared strings, styled numbers, dates, a missing row', async () => {
    // Made by fixtures/makeExcelShaped.ts.
    const file = readFileSync(join(import.meta.dirname, 'fixtures', 'excel-shaped.xlsx'));
    const result = await readWorkbook(file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength));
    expect(result).toMatchObject({ ok: true });
    if (!result.ok) return;
    expect(result.sheets).toEqual([
      {
        name: 'ผลคะแนน',
        rows: [
          ['ตัวชี้วัด', 'คะแนน', 'วันที่ประเมิน'],
          ['การเปิดเผยข้อมูล', '93.75', '2023-10-20'],
          ['', '', ''],
          ['1', '100', ''],
          ['คะแนนรวม', '96.875', ''],
        ],
      },
      { name: 'OIT', rows: [['ข้อ', 'ผล'], ['O1', 'มี']] },
    ]);
  });

  it.each([
    ['a CSV', new TextEncoder().encode('ตัวชี้วัด,คะแนน\n1,93.75\n'), 'not-xlsx'],
    ['an empty file', new Uint8Array(), 'not-xlsx'],
    ['an old .xls', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'old-excel'],
  ])('refuses %s by its bytes, with a code the import catalogs word', async (_name, bytes, code) => {
    const result = await readWorkbook(bytes.slice().buffer);
    expect(result).toEqual({ ok: false, code, values: {} });
  });

  it('refuses a workbook whose parts are cut off', async () => {
    const bytes = new Uint8Array(await fixture());
    // Keep the names (so it still looks like a workbook) but corrupt the compressed parts.
    const broken = bytes.slice();
    for (let i = 200; i < broken.length - 400; i += 7) broken[i] = (broken[i] ?? 0) ^ 0xff;
    const result = await readWorkbook(broken.buffer);
    expect(result).toMatchObject({ ok: false, code: 'unreadable' });
  });
});

describe('isXlsx', () => {
  it('knows a workbook by its bytes', async () => {
    expect(isXlsx(new Uint8Array(await fixture()))).toBe(true);
  });

  it.each([
    ['text', new TextEncoder().encode('PK but not a zip')],
    ['a zip without an Office package', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...new TextEncoder().encode('a.txt')])],
    ['a Word document', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...new TextEncoder().encode('[Content_Types].xml word/document.xml')])],
    ['nothing', new Uint8Array()],
  ])('says no to %s', (_name, bytes) => {
    expect(isXlsx(bytes)).toBe(false);
  });
});

describe('cellText', () => {
  it.each([
    [null, ''],
    [undefined, ''],
    [93.75, '93.75'],
    [93.750000000000014, '93.75'],
    [100, '100'],
    [0.1 + 0.2, '0.3'],
    [-4.5, '-4.5'],
    [Number.NaN, ''],
    [true, 'TRUE'],
    [false, 'FALSE'],
    [new Date(Date.UTC(2023, 9, 20)), '2023-10-20'],
    [new Date(Date.UTC(2023, 9, 20, 13, 30)), '2023-10-20T13:30:00.000Z'],
    ['  ข้อความ ', '  ข้อความ '],
  ])('%s → %j', (value, text) => {
    expect(cellText(value)).toBe(text);
  });
});
