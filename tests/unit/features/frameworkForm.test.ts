import { describe, expect, it } from 'vitest';
import { frameworkFor } from '../../../src/domain/frameworks/registry';
import {
  formErrors,
  formFromFramework,
  oItemsFromPaste,
  readFrameworkForm,
  type FrameworkFormValues,
} from '../../../src/features/assessments/framework/frameworkForm';

const none = { findings: [], measures: [] };
const base = formFromFramework(frameworkFor(2565));
const edit = (change: (v: FrameworkFormValues) => void) => {
  const copy = structuredClone(base);
  change(copy);
  return copy;
};

describe('the framework form', () => {
  it('reads back the framework it was filled from, under the year it is for', () => {
    expect(readFrameworkForm(base, 2565, none)).toEqual({ framework: frameworkFor(2565), errors: {} });
    expect(readFrameworkForm(base, 2566, none).framework?.fiscalYear).toBe(2566);
  });

  it('understands Thai numerals, a decimal comma, and O-item codes typed loosely', () => {
    const { framework } = readFrameworkForm(
      edit((v) => {
        v.passMark = '๘๕,๕';
        if (v.oItems[0]) v.oItems[0].code = ' o 1 ';
      }),
      2566,
      none,
    );
    expect(framework?.passMark).toBe(85.5);
    expect(framework?.oItems[0]?.code).toBe('O1');
  });

  it.each(['present-absent', 'points'] as const)('keeps O-items scored as %s', (scoring) => {
    expect(readFrameworkForm(edit((v) => void (v.oItemScoring = scoring)), 2566, none).framework?.oItemScoring).toBe(scoring);
  });

  it('orders the level bands highest first whatever order they were typed in', () => {
    const { framework } = readFrameworkForm(edit((v) => v.levels.reverse()), 2566, none);
    expect(framework?.levels.map((b) => b.level)).toEqual(['AA', 'A', 'B', 'C', 'D', 'E', 'F']);
  });

  it.each<[string, (v: FrameworkFormValues) => void, Record<string, string>]>([
    ['a blank name', (v) => void (v.name = '  '), { name: 'กรอกชื่อเกณฑ์' }],
    ['a pass mark in words', (v) => void (v.passMark = 'แปดสิบห้า'), { passMark: 'เกณฑ์ผ่านต้องเป็นตัวเลข 0–100 ทศนิยมไม่เกิน 2 ตำแหน่ง' }],
    ['a weight of 0', (v) => void ((v.instruments[0] as { weight: string }).weight = '0'), { 'instruments.0.weight': 'น้ำหนักต้องมากกว่า 0' }],
    [
      'an indicator number that is not a whole number',
      (v) => void ((v.instruments[0]?.indicators[0] as { number: string }).number = '1.5'),
      { 'instruments.0.indicators.0.number': 'เลขตัวชี้วัดต้องเป็นจำนวนเต็มตั้งแต่ 1 ขึ้นไป' },
    ],
    ['an O-item code without its O', (v) => void ((v.oItems[2] as { code: string }).code = '3'), { 'oItems.2.code': 'รหัสข้อต้องเป็น O ตามด้วยตัวเลข เช่น O35' }],
    ['a band with no level chosen', (v) => void ((v.levels[1] as { level: string }).level = ''), { 'levels.1.level': 'เลือกระดับ' }],
    ['an instrument with no indicators', (v) => void ((v.instruments[2] as { indicators: unknown[] }).indicators = []), {
      'instruments.2.indicators': 'เครื่องมือต้องมีตัวชี้วัดอย่างน้อย 1 ตัว',
    }],
    [
      'an instrument whose indicators do not make its weight',
      (v) => void ((v.instruments[1]?.indicators[0] as { weight: string }).weight = '12'),
      { 'instruments.1.weight': 'น้ำหนักของตัวชี้วัดใน EIT รวมกันได้ 32 แต่น้ำหนักของ EIT คือ 30' },
    ],
  ])('refuses %s with a Thai message at the field', (_what, change, errors) => {
    const read = readFrameworkForm(edit(change), 2566, none);
    expect(read.framework).toBeNull();
    expect(read.errors).toEqual(errors);
  });

  it('refuses to drop an indicator the year still scores', () => {
    const fewer = edit((v) => {
      const iit = v.instruments[0];
      if (!iit) return;
      iit.indicators = iit.indicators.filter((d) => d.number !== '5');
      iit.weight = '24';
      v.instruments[2] = { ...(v.instruments[2] as (typeof v.instruments)[number]), weight: '46' };
      (v.instruments[2]?.indicators[0] as { weight: string }).weight = '26';
    });
    const uses = { assessment: { fiscalYear: 2566, indicatorScores: [{ indicator: 5, score: 80 }], subIssueNotes: [], oItemResults: [], recommendations: [] }, ...none };
    expect(readFrameworkForm(fewer, 2566, uses).errors).toEqual({
      instruments: 'ตัวชี้วัดที่ 5 ยังถูกอ้างถึงโดยคะแนนของปี 2566 จึงนำออกจากเกณฑ์ไม่ได้',
    });
    expect(readFrameworkForm(fewer, 2566, none).errors).toEqual({});
  });

  it('puts a list’s own error at its root, and a field’s at its path, as react-hook-form reads them', () => {
    const errors = formErrors({ instruments: 'รวมไม่ได้ 100', 'instruments.1.weight': 'ไม่ตรง', 'instruments.0.indicators': 'ว่าง', 'levels.2.min': 'ผิด' });
    expect(errors.instruments?.root?.message).toBe('รวมไม่ได้ 100');
    expect(errors.instruments?.[1]?.weight?.message).toBe('ไม่ตรง');
    expect(errors.instruments?.[0]?.indicators?.root?.message).toBe('ว่าง');
    expect(errors.levels?.[2]?.min?.message).toBe('ผิด');
  });
});

describe('an O-item list pasted from a spreadsheet', () => {
  it('reads tab- or comma-split lines, skips a heading, and reads loose codes and Thai numerals', () => {
    const tsv = 'รหัส\tตัวชี้วัด\tหมวด\tชื่อ\no1\t๙\t9.1 ข้อมูลพื้นฐาน\tโครงสร้าง\n\nO2\t9\t9.1 ข้อมูลพื้นฐาน\tข้อมูลผู้บริหาร\n';
    expect(oItemsFromPaste(tsv)).toEqual({
      rows: [
        { code: 'O1', indicator: '9', group: '9.1 ข้อมูลพื้นฐาน', name: 'โครงสร้าง' },
        { code: 'O2', indicator: '9', group: '9.1 ข้อมูลพื้นฐาน', name: 'ข้อมูลผู้บริหาร' },
      ],
      problems: [],
    });
    expect(oItemsFromPaste('O8,9,9.1 ข้อมูลพื้นฐาน,Q&A, ถามตอบ').rows[0]?.name).toBe('Q&A, ถามตอบ');
  });

  it('names each line that is not four cells, and takes nothing', () => {
    expect(oItemsFromPaste('O1\t9\t9.1 ข้อมูลพื้นฐาน\tโครงสร้าง\nO2\t9\t\tข้อมูลผู้บริหาร\nO3\t9')).toEqual({
      rows: [],
      problems: ['บรรทัดที่ 2 ต้องมี 4 ช่อง: รหัสข้อ ตัวชี้วัด หมวด และชื่อข้อ', 'บรรทัดที่ 3 ต้องมี 4 ช่อง: รหัสข้อ ตัวชี้วัด หมวด และชื่อข้อ'],
    });
    expect(oItemsFromPaste('  \n').problems).toEqual(['ไม่พบรายการข้อ OIT ในข้อความที่วาง']);
  });
});
