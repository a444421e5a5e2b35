import { parseTimeframe } from '../../../src/domain/timeframe';
import type { TimeframeWarningCode } from '../../../src/domain/timeframe';
import { variants } from '../../support/timeframeVariants';

const ym = (month: number, year: number) => ({ year, month });

function expectMonths(raw: string, start: { year: number; month: number }, end: { year: number; month: number }): void {
  expect(parseTimeframe(raw)).toEqual({
    raw, start, end, startDay: null, endDay: null, readAsFiscalYear: null, warnings: [], notes: [],
  });
}

// Fiscal years and their ranges: 28 cases read.
const FISCAL: [string, number, number][] = [
  ['ประจำปีงบประมาณ พ.ศ. 2568', 2568, 2568],
  ['ประจำปีงบประมาณ 2568', 2568, 2568],
  ['ประจำปีงบประมาณ พ.ศ. ๒๕๖๘', 2568, 2568],
  ['ประจำปีงบประมาณพ.ศ.2568.', 2568, 2568],
  ['ตลอดปีงบประมาณ 2567', 2567, 2567],
  ['ตลอดปีงบประมาณ พ.ศ. 2567', 2567, 2567],
  ['ตลอด ปีงบประมาณ 67', 2567, 2567],
  ['ทั้งปีงบประมาณ 2567', 2567, 2567],
  ['ตลอดทั้งปีงบประมาณ 2567', 2567, 2567],
  ['ตลอด ทั้ง ปีงบประมาณ พ.ศ. 2567', 2567, 2567],
  // Pasted from a PDF: 'ำ' as nikhahit + sara aa, identical on screen.
  ['ประจ\u0E4D\u0E32ปีงบประมาณ 2567', 2567, 2567],
  ['ประจ\u0E4D\u0E32ปีงบประมาณ พ.ศ. 2568', 2568, 2568],
  ['ปีงบฯ 67', 2567, 2567],
  ['ปีงบฯ ๖๗.', 2567, 2567],
  ['ปีงบ 2567', 2567, 2567],
  ['  ปีงบประมาณ   2567  ', 2567, 2567],
  ['ปีงบประมาณ 2566–2568', 2566, 2568],
  ['ปีงบประมาณ 2566-2568', 2566, 2568],
  ['ปีงบประมาณ 2566 — 2568', 2566, 2568],
  ['ปีงบประมาณ 2566 ถึง 2568', 2566, 2568],
  ['ปีงบประมาณ 2566 จนถึง 2568.', 2566, 2568],
  ['ปีงบประมาณ 2566-68', 2566, 2568],
  ['ปีงบประมาณ ๒๕๖๖–๒๕๖๘', 2566, 2568],
  ['ปีงบประมาณ พ.ศ. 2566 - พ.ศ. 2567', 2566, 2567],
  ['ปีงบประมาณ พ.ศ.2566-พ.ศ.2567', 2566, 2567],
  ['ปีงบประมาณ 2566 - ปีงบประมาณ 2567', 2566, 2567],
  ['ปีงบประมาณ 66 - 67', 2566, 2567],
  ['ปีงบประมาณ 2567-2567', 2567, 2567],
];

describe('parseTimeframe: fiscal years', () => {
  it.each(FISCAL)('%j → ต.ค. of %i − 1 to ก.ย. %i', (raw, first, last) => {
    expectMonths(raw, ym(10, first - 1), ym(9, last));
  });

  it.each(FISCAL.flatMap(([raw, first, last]) => variants(raw).map((v) => [v, first, last] as const)))(
    'variant %j → ปีงบประมาณ %i–%i', (raw, first, last) => {
      expect(parseTimeframe(raw)).toMatchObject({ start: ym(10, first - 1), end: ym(9, last), warnings: [] });
    },
  );
});

// Quarters of a fiscal year: 25 cases read, 2 with a disagreeing bracket.
type YM = { year: number; month: number };
const QUARTERS: [string, YM, YM][] = [
  ['ไตรมาสที่ 1/2568', ym(10, 2567), ym(12, 2567)],
  ['ไตรมาสที่ ๑/๒๕๖๘', ym(10, 2567), ym(12, 2567)],
  ['ไตรมาสที่ 1/68', ym(10, 2567), ym(12, 2567)],
  ['ไตรมาส 1 / 2568.', ym(10, 2567), ym(12, 2567)],
  ['ไตรมาสที่ 2/2567', ym(1, 2567), ym(3, 2567)],
  ['ไตรมาสที่ 3/2567', ym(4, 2567), ym(6, 2567)],
  ['ไตรมาสที่ 4/2567', ym(7, 2567), ym(9, 2567)],
  ['ไตรมาส 2 ปีงบประมาณ 2567', ym(1, 2567), ym(3, 2567)],
  ['ไตรมาสที่ 2 ปีงบประมาณ พ.ศ. 2567', ym(1, 2567), ym(3, 2567)],
  ['ไตรมาสที่ 2 ของปีงบประมาณ 2567', ym(1, 2567), ym(3, 2567)],
  ['ไตรมาส2ปีงบฯ67', ym(1, 2567), ym(3, 2567)],
  ['ไตรมาสแรกของปีงบประมาณ 2566', ym(10, 2565), ym(12, 2565)],
  ['ไตรมาสแรก ปีงบประมาณ ๒๕๖๖', ym(10, 2565), ym(12, 2565)],
  ['ไตรมาสสุดท้ายของปีงบประมาณ 2567', ym(7, 2567), ym(9, 2567)],
  ['ไตรมาสที่ 3-4 ปีงบประมาณ 2567', ym(4, 2567), ym(9, 2567)],
  ['ไตรมาสที่ 3–4 ปีงบประมาณ 2567', ym(4, 2567), ym(9, 2567)],
  ['ไตรมาสที่ 1 ถึง ไตรมาสที่ 2 ปีงบประมาณ 2567', ym(10, 2566), ym(3, 2567)],
  ['ไตรมาสที่ 1-4/2567', ym(10, 2566), ym(9, 2567)],
  ['ไตรมาสที่ 1 และ 2 ปีงบประมาณ 2567', ym(10, 2566), ym(3, 2567)],
  // Brackets that spell out the same quarter.
  ['ไตรมาสที่ 1 (ต.ค.–ธ.ค. 2566)', ym(10, 2566), ym(12, 2566)],
  ['ไตรมาสที่ 1 (ต.ค. - ธ.ค. 66)', ym(10, 2566), ym(12, 2566)],
  ['ไตรมาสที่ 1/2567 (ต.ค.–ธ.ค. 2566)', ym(10, 2566), ym(12, 2566)],
  ['ไตรมาสที่ 1/2568 (ต.ค.–ธ.ค.)', ym(10, 2567), ym(12, 2567)],
  ['ไตรมาสที่ 2 (มกราคม - มีนาคม 2567).', ym(1, 2567), ym(3, 2567)],
  ['ปีงบประมาณ 2566 (ต.ค. 65 - ก.ย. 66)', ym(10, 2565), ym(9, 2566)],
];

describe('parseTimeframe: quarters', () => {
  it.each(QUARTERS)('%j → %o – %o', (raw, start, end) => {
    expectMonths(raw, start, end);
  });

  it.each(QUARTERS.flatMap(([raw, start, end]) => variants(raw).map((v) => [v, start, end] as const)))(
    'variant %j → %o – %o', (raw, start, end) => {
      expect(parseTimeframe(raw)).toMatchObject({ start, end, warnings: [], notes: [] });
    },
  );

  it('takes a matching length in brackets as a remark on the range', () => {
    expect(parseTimeframe('ต.ค.66-ก.ย.67 (12 เดือน)')).toMatchObject({ start: ym(10, 2566), end: ym(9, 2567), warnings: [], notes: [] });
  });

  it('keeps the days written in brackets', () => {
    expect(parseTimeframe('ไตรมาสที่ 1 (1 ต.ค. 66 – 31 ธ.ค. 66)')).toMatchObject({
      start: ym(10, 2566), end: ym(12, 2566), startDay: 1, endDay: 31, notes: [], warnings: [],
    });
  });

  it.each<[string, { year: number; month: number }, { year: number; month: number }, string]>([
    ['ไตรมาสที่ 2 (ต.ค.–ธ.ค. 2566)', ym(10, 2566), ym(12, 2566), '"ไตรมาสที่ 2" (ม.ค. 2567 – มี.ค. 2567)'],
    ['ไตรมาสที่ 2/2567 (ต.ค.–ธ.ค. 2566)', ym(10, 2566), ym(12, 2566), '"ไตรมาสที่ 2/2567" (ม.ค. 2567 – มี.ค. 2567)'],
  ])('%j: the brackets win and the note names both readings', (raw, start, end, mainPart) => {
    const parsed = parseTimeframe(raw);
    expect(parsed).toMatchObject({ start, end, warnings: [], readAsFiscalYear: null });
    expect(parsed.notes.map((n) => n.code)).toEqual(['bracket-disagrees']);
    expect(parsed.notes[0]?.message).toContain('วงเล็บ "ต.ค.–ธ.ค. 2566" (ต.ค. 2566 – ธ.ค. 2566)');
    expect(parsed.notes[0]?.message).toContain(mainPart);
  });
});

// Months without a year, then the fiscal year they sit in: 6 cases read, 2 refused.
describe('parseTimeframe: months of a named fiscal year', () => {
  it.each<[string, YM | null, YM, number | null, number | null]>([
    ['ต.ค.–ธ.ค. ปีงบประมาณ 2567', ym(10, 2566), ym(12, 2566), null, null],
    ['ม.ค. - มี.ค. ของปีงบประมาณ 2567', ym(1, 2567), ym(3, 2567), null, null],
    ['ตุลาคม ถึง มีนาคม ปีงบประมาณ พ.ศ. ๒๕๖๗', ym(10, 2566), ym(3, 2567), null, null],
    ['1 ต.ค. - 31 ธ.ค. ปีงบฯ 67', ym(10, 2566), ym(12, 2566), 1, 31],
    ['เดือนกันยายน ปีงบประมาณ 2567.', ym(9, 2567), ym(9, 2567), null, null],
    ['ภายในเดือน ก.ย. ปีงบประมาณ 2567', null, ym(9, 2567), null, null],
  ])('%j → %o – %o', (raw, start, end, startDay, endDay) => {
    expect(parseTimeframe(raw)).toEqual({
      raw, start, end, startDay, endDay, readAsFiscalYear: null, warnings: [], notes: [],
    });
  });

  it.each<[string, TimeframeWarningCode, string]>([
    ['เม.ย.–ธ.ค. ปีงบประมาณ 2567', 'no-year', '"เม.ย.–ธ.ค. ปีงบประมาณ 2567" ช่วงนี้ไม่อยู่ในปีงบประมาณ 2567 (ต.ค. 2566 – ก.ย. 2567)'],
    ['ต.ค. 66 - ธ.ค. 66 ปีงบประมาณ 2568', 'ambiguous', 'ให้ปีไว้สองแบบที่ไม่ตรงกัน: ต.ค. 2566 – ธ.ค. 2566 ไม่อยู่ในปีงบประมาณ 2568'],
  ])('%j stays raw: %s', (raw, code, part) => {
    const parsed = parseTimeframe(raw);
    expect(parsed).toMatchObject({ raw, start: null, end: null });
    expect(parsed.warnings.map((w) => w.code)).toEqual([code]);
    expect(parsed.warnings[0]?.message).toContain(part);
  });
});

// Fiscal years and quarters that stay raw: 18 cases.
describe('parseTimeframe: fiscal years and quarters it refuses', () => {
  it.each<[string, TimeframeWarningCode, string]>([
    ['ปีงบประมาณ 2568 - 2566', 'end-before-start', 'สิ้นสุด (ก.ย. 2566) ก่อนเริ่มต้น (ต.ค. 2567)'],
    ['ปีงบประมาณ 2566 -', 'unrecognised', 'ข้อความจบก่อนอ่านได้ครบ'],
    ['ปีงบประมาณ 2023', 'ce-year', 'ค.ศ. 2023 คือ พ.ศ. 2566'],
    ['ไตรมาสที่ 5/2567', 'invalid-quarter', 'ไม่มีไตรมาสที่ 5'],
    ['ไตรมาสที่ 0 ปีงบประมาณ 2567', 'invalid-quarter', 'ไม่มีไตรมาสที่ 0'],
    ['ไตรมาสที่ 4-3 ปีงบประมาณ 2567', 'end-before-start', 'สิ้นสุด (มิ.ย. 2567) ก่อนเริ่มต้น (ก.ค. 2567)'],
    ['ไตรมาสที่ 2', 'no-year', 'ไม่ระบุปีงบประมาณของไตรมาส'],
    ['ไตรมาสที่ 3-4', 'no-year', 'เช่น "ไตรมาสที่ 3–4 ปีงบประมาณ 2567"'],
    // 'ปี' alone may be the calendar year: both quarters are named.
    ['ไตรมาส 2 ปี 2567', 'ambiguous', 'ไตรมาสที่ 2 ของปีงบประมาณ 2567 (ม.ค. 2567 – มี.ค. 2567) หรือไตรมาสที่ 2 ของปี พ.ศ. 2567 (เม.ย. 2567 – มิ.ย. 2567)'],
    ['ไตรมาสที่ 1 ปี พ.ศ. 2567', 'ambiguous', 'ของปี พ.ศ. 2567 (ม.ค. 2567 – มี.ค. 2567)'],
    ['ไตรมาสที่ 1 (ต.ค.–ธ.ค. 2566', 'unrecognised', 'วงเล็บเปิด "(" ไม่มีวงเล็บปิด'],
    ['ไตรมาสที่ 1 (ต.ค.–ธ.ค. 2566) ปีงบประมาณ 2567', 'unrecognised', 'อ่านได้เฉพาะวงเล็บเดียวท้ายข้อความ'],
    ['ไตรมาสที่ 1 (ต.ค.–ธ.ค. 2022)', 'ce-year', 'ค.ศ. 2022 คือ พ.ศ. 2565'],
    ['ไตรมาสที่ 1 และ 3 ปีงบประมาณ 2567', 'unrecognised', 'ไตรมาสที่ 1 และ 3 ไม่ต่อเนื่องกัน'],
    ['ไตรมาส', 'unrecognised', 'ไม่ระบุว่าไตรมาสที่เท่าใด'],
    ['ปีงบประมาณ 2400', 'unrecognised', '"2400" ไม่ใช่ปี พ.ศ. ที่เป็นไปได้'],
    ['ภายใน 30 ก.ย. 67 (สิ้นปี)', 'unrecognised', 'ข้อความในวงเล็บ "สิ้นปี" ไม่ใช่ช่วงเวลาที่อ่านได้'],
    // A length in brackets that contradicts the range: which one is right is the officer's call.
    ['ต.ค.66-ก.ย.67 (6 เดือน)', 'ambiguous', 'ต.ค. 2566 – ก.ย. 2567 คือ 12 เดือน แต่ในวงเล็บเขียน "6 เดือน"'],
  ])('%j stays raw: %s', (raw, code, part) => {
    const parsed = parseTimeframe(raw);
    expect(parsed).toMatchObject({ raw, start: null, end: null, notes: [] });
    expect(parsed.warnings.map((w) => w.code)).toEqual([code]);
    expect(parsed.warnings[0]?.message).toContain(part);
  });
});
