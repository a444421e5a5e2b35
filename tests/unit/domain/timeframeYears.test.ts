import { parseTimeframe } from '../../../src/domain/timeframe';
import type { TimeframeWarningCode } from '../../../src/domain/timeframe';

// Years a plan cannot sit in: two digits read as B.E. decades away, typos, C.E. look-alikes.
describe('parseTimeframe: implausible years are asked about, not stored', () => {
  it.each<[string, number | undefined, TimeframeWarningCode, string]>([
    ['ต.ค. 23 - ก.ย. 24', undefined, 'ambiguous', 'พ.ศ. 2524 ไม่น่าจะเป็นปีของแผนมาตรการ: หมายถึง ค.ศ. 2024 (พ.ศ. 2567) หรือพิมพ์ผิด?'],
    ['ม.ค. 23', undefined, 'ambiguous', 'พ.ศ. 2523 ไม่น่าจะเป็นปีของแผนมาตรการ: หมายถึง ค.ศ. 2023 (พ.ศ. 2566) หรือพิมพ์ผิด?'],
    ['ต.ค. 23 - ก.ย. 24', 2567, 'ambiguous', 'พ.ศ. 2524 ห่างจากปีงบประมาณของแผน 2567 มาก: หมายถึง ค.ศ. 2024 (พ.ศ. 2567) หรือพิมพ์ผิด?'],
    ['ภายใน ก.ย. 30', undefined, 'ambiguous', 'ถ้า "30" คือวันที่ ให้เขียนหน้าเดือน'],
    ['ภายใน ก.ย. 30', 2567, 'ambiguous', 'พ.ศ. 2530 ห่างจากปีงบประมาณของแผน 2567 มาก'],
    ['ปีงบประมาณ 24', undefined, 'ambiguous', 'หมายถึง ค.ศ. 2024 (พ.ศ. 2567)'],
    ['ม.ค. 2555', 2567, 'ambiguous', 'พ.ศ. 2555 ห่างจากปีงบประมาณของแผน 2567 มาก: พิมพ์ผิดหรือไม่?'],
    ['ต.ค. 2578 - ก.ย. 2579', 2567, 'ambiguous', 'พ.ศ. 2579 ห่างจากปีงบประมาณของแผน 2567 มาก'],
    ['ม.ค. 2510', undefined, 'unrecognised', '"2510" ไม่ใช่ปี พ.ศ. ที่เป็นไปได้ (รับปี พ.ศ. 2550–2650)'],
    ['ต.ค. 2657', undefined, 'unrecognised', '"2657" ไม่ใช่ปี พ.ศ. ที่เป็นไปได้'],
    ['ปีงบประมาณ 2765', 2567, 'unrecognised', '"2765" ไม่ใช่ปี พ.ศ. ที่เป็นไปได้'],
    // Only years near today read as C.E.; 2399 is neither calendar's plausible year.
    ['ต.ค. 2399', undefined, 'unrecognised', '"2399" ไม่ใช่ปี พ.ศ. ที่เป็นไปได้'],
    ['ต.ค. 2150', undefined, 'unrecognised', '"2150" ไม่ใช่ปี พ.ศ. ที่เป็นไปได้'],
    ['ต.ค. 1920', undefined, 'unrecognised', '"1920" ไม่ใช่ปี พ.ศ. ที่เป็นไปได้'],
    ['ต.ค. 2023', undefined, 'ce-year', 'ค.ศ. 2023 คือ พ.ศ. 2566'],
  ])('%j (plan %o) → %s', (raw, fiscalYear, code, part) => {
    const parsed = parseTimeframe(raw, fiscalYear === undefined ? undefined : { fiscalYear });
    expect(parsed).toMatchObject({ start: null, end: null, notes: [] });
    expect(parsed.warnings.map((w) => w.code)).toEqual([code]);
    expect(parsed.warnings[0]?.message).toContain(part);
    expect(parsed.warnings[0]?.message).not.toContain('2942');
  });

  it.each<[string, number | undefined]>([
    ['ต.ค. 66 - ก.ย. 67', undefined],
    ['ต.ค. 66 - ก.ย. 67', 2567],
    ['ต.ค. 2557 - ก.ย. 2558', 2567],
    ['ปีงบประมาณ 2577', 2567],
    ['ปีงบประมาณ 2565', 2567],
    ['ม.ค. 2550', undefined],
    ['ม.ค. 2650', undefined],
  ])('%j (plan %o) still reads', (raw, fiscalYear) => {
    const parsed = parseTimeframe(raw, fiscalYear === undefined ? undefined : { fiscalYear });
    expect(parsed.warnings).toEqual([]);
    expect(parsed.end).not.toBeNull();
  });
});
