import { parseTimeframe } from '../../../src/domain/timeframe';
import type { TimeframeWarningCode } from '../../../src/domain/timeframe';

const ym = (month: number, year: number) => ({ year, month });
type YM = { year: number; month: number };

// Year-less text read against the plan's fiscal year: 21 cases read, 8 refused.
describe('parseTimeframe: year-less text in a plan whose fiscal year is known', () => {
  it.each<[string, number, YM | null, YM, number | null, number | null]>([
    // ต.ค.–ธ.ค. belong to the calendar year before the fiscal year.
    ['ต.ค.–ธ.ค.', 2567, ym(10, 2566), ym(12, 2566), null, null],
    ['ต.ค. - ธ.ค.', 2567, ym(10, 2566), ym(12, 2566), null, null],
    ['ตุลาคม ถึง ธันวาคม', 2567, ym(10, 2566), ym(12, 2566), null, null],
    ['ตค-ธค.', 2567, ym(10, 2566), ym(12, 2566), null, null],
    ['ม.ค.–มี.ค.', 2567, ym(1, 2567), ym(3, 2567), null, null],
    ['มกราคม - มีนาคม', 2567, ym(1, 2567), ym(3, 2567), null, null],
    ['ต.ค.–มี.ค.', 2567, ym(10, 2566), ym(3, 2567), null, null],
    ['ต.ค. – ก.ย.', 2568, ym(10, 2567), ym(9, 2568), null, null],
    ['เดือนมีนาคม', 2567, ym(3, 2567), ym(3, 2567), null, null],
    ['พ.ย.', 2567, ym(11, 2566), ym(11, 2566), null, null],
    ['1 ต.ค. – 31 ธ.ค.', 2567, ym(10, 2566), ym(12, 2566), 1, 31],
    ['วันที่ 15 ธ.ค.', 2567, ym(12, 2566), ym(12, 2566), 15, 15],
    ['วันที่ ๑๕ ธันวาคม', 2567, ym(12, 2566), ym(12, 2566), 15, 15],
    ['ตลอดปีงบประมาณ', 2567, ym(10, 2566), ym(9, 2567), null, null],
    ['ประจำปีงบประมาณ', 2568, ym(10, 2567), ym(9, 2568), null, null],
    ['ไตรมาสที่ 2', 2567, ym(1, 2567), ym(3, 2567), null, null],
    ['ไตรมาสแรก', 2567, ym(10, 2566), ym(12, 2566), null, null],
    ['ไตรมาสที่ 3-4', 2567, ym(4, 2567), ym(9, 2567), null, null],
    ['ภายใน 30 ก.ย.', 2567, null, ym(9, 2567), null, 30],
    ['ภายในเดือนธันวาคม', 2567, null, ym(12, 2566), null, null],
    ['ต.ค.–ก.ย. (12 เดือน)', 2567, ym(10, 2566), ym(9, 2567), null, null],
  ])('%j in a %i plan → %o – %o', (raw, fiscalYear, start, end, startDay, endDay) => {
    const parsed = parseTimeframe(raw, { fiscalYear });
    expect(parsed).toEqual({
      raw, start, end, startDay, endDay, readAsFiscalYear: fiscalYear, warnings: [],
      notes: [{ code: 'document-year', message: `อ่านตามปีงบประมาณ ${fiscalYear} ของแผนมาตรการ เพราะ "${raw.trim()}" ไม่ระบุปี` }],
    });
  });

  it('uses no plan year when the text names its own', () => {
    expect(parseTimeframe('ต.ค.–ธ.ค. 2565', { fiscalYear: 2567 })).toMatchObject({
      start: ym(10, 2565), end: ym(12, 2565), readAsFiscalYear: null, notes: [],
    });
  });

  it('a bracket with a year reads the quarter before it, not the plan year', () => {
    expect(parseTimeframe('ไตรมาสที่ 1 (ต.ค.–ธ.ค. 2565)', { fiscalYear: 2567 })).toMatchObject({
      start: ym(10, 2565), end: ym(12, 2565), readAsFiscalYear: null, notes: [],
    });
  });

  it.each<[string, number | undefined, TimeframeWarningCode, string]>([
    // Without a plan year the text stays raw, as before.
    ['ต.ค.–ธ.ค.', undefined, 'no-year', 'ไม่ระบุปี'],
    ['ไตรมาสที่ 2', undefined, 'no-year', 'ไม่ระบุปีงบประมาณของไตรมาส'],
    ['ตลอดปีงบประมาณ', undefined, 'no-year', 'เช่น "ปีงบประมาณ 2566"'],
    // Bare 'ตลอดปี' may mean the calendar year: never read against the plan.
    ['ตลอดปี', 2567, 'vague', '"ตลอดปี"'],
    ['ต้นปี', 2567, 'vague', '"ต้นปี"'],
    // A range that is not inside the plan's fiscal year would be a guess.
    ['เม.ย.–ธ.ค.', 2567, 'no-year', 'ไม่อยู่ในปีงบประมาณ 2567 (ต.ค. 2566 – ก.ย. 2567)'],
    ['31 เม.ย.', 2567, 'invalid-day', 'ไม่มีวันที่ 31'],
    ['ต.ค. 65 - มี.ค.', 2566, 'no-year', 'ไม่ระบุปีของเดือนสิ้นสุด'],
  ])('%j with plan year %s stays raw: %s', (raw, fiscalYear, code, part) => {
    const parsed = parseTimeframe(raw, fiscalYear === undefined ? undefined : { fiscalYear });
    expect(parsed).toMatchObject({ raw, start: null, end: null, readAsFiscalYear: null, notes: [] });
    expect(parsed.warnings.map((w) => w.code)).toEqual([code]);
    expect(parsed.warnings[0]?.message).toContain(part);
  });
});
