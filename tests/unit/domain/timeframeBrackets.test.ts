import { parseTimeframe } from '../../../src/domain/timeframe';

const ym = (month: number, year: number) => ({ year, month });
type YM = { year: number; month: number };

// Months or days first, a label after them: the label confirms or contradicts, never overrules.
describe('parseTimeframe: a label in brackets after months keeps the months', () => {
  it.each<[string, YM | null, YM, number | null, number | null]>([
    // Calendar quarter 1 (ม.ค.–มี.ค.) fits the months.
    ['ม.ค. - มี.ค. 67 (ไตรมาสที่ 1)', ym(1, 2567), ym(3, 2567), null, null],
    ['ม.ค.–มี.ค. 67 (ไตรมาสที่ 1)', ym(1, 2567), ym(3, 2567), null, null],
    ['ต.ค.–ธ.ค. 67 (ไตรมาสที่ 4)', ym(10, 2567), ym(12, 2567), null, null],
    // Fiscal quarter 2 holds ม.ค.: the month is the more precise of the two.
    ['ม.ค. 2567 (ไตรมาสที่ 2)', ym(1, 2567), ym(1, 2567), null, null],
    ['ต.ค. 66 - ก.ย. 67 (ปีงบประมาณ 2567)', ym(10, 2566), ym(9, 2567), null, null],
    // Days in the main text survive a bracket that agrees on the months.
    ['ภายใน 15 ก.ย. 67 (ไตรมาสที่ 4)', null, ym(9, 2567), null, 15],
    ['1 ต.ค. 2566 - 15 ธ.ค. 2566 (ไตรมาสที่ 1)', ym(10, 2566), ym(12, 2566), 1, 15],
    ['1 ต.ค. 66 - 30 ก.ย. 67 (ปีงบประมาณ 2567)', ym(10, 2566), ym(9, 2567), 1, 30],
    ['15 พ.ย. 66 (ไตรมาสที่ 1/2567)', ym(11, 2566), ym(11, 2566), 15, 15],
  ])('%j → %o – %o, days %o–%o, no note', (raw, start, end, startDay, endDay) => {
    expect(parseTimeframe(raw)).toEqual({
      raw, start, end, startDay, endDay, readAsFiscalYear: null, warnings: [], notes: [],
    });
  });
});

describe('parseTimeframe: brackets that disagree and cannot be settled', () => {
  it.each<[string, string[]]>([
    ['ต.ค. 66 - ก.ย. 67 (ปีงบประมาณ 2568)', ['(ต.ค. 2566 – ก.ย. 2567)', 'ต.ค. 2567 – ก.ย. 2568']],
    ['1 ต.ค. 66 - 30 ก.ย. 67 (ปีงบประมาณ 2566)', ['(1 ต.ค. 2566 – 30 ก.ย. 2567)', 'ต.ค. 2565 – ก.ย. 2566']],
    ['ม.ค.–มี.ค. 67 (ไตรมาสที่ 1 ปีงบประมาณ 2567)', ['(ม.ค. 2567 – มี.ค. 2567)', 'ต.ค. 2566 – ธ.ค. 2566']],
    ['เม.ย. 2567 (ไตรมาสที่ 1)', ['(เม.ย. 2567 – เม.ย. 2567)', 'ต.ค. 2566 – ธ.ค. 2566']],
    // Year-less months after a quarter: read against the fiscal or the calendar year, and neither fits.
    ['ไตรมาสที่ 4/2567 (ต.ค.–ธ.ค.)', ['ต.ค. 2566 – ธ.ค. 2566', 'ต.ค. 2567 – ธ.ค. 2567', 'ก.ค. 2567 – ก.ย. 2567']],
    // Two sets of months: neither is a label the other spells out.
    ['ต.ค.–ธ.ค. 66 (ม.ค.–มี.ค. 67)', ['(ต.ค. 2566 – ธ.ค. 2566)', 'ม.ค. 2567 – มี.ค. 2567']],
  ])('%j is ambiguous and quotes both readings', (raw, quoted) => {
    const parsed = parseTimeframe(raw);
    expect(parsed).toMatchObject({ start: null, end: null, notes: [] });
    expect(parsed.warnings.map((w) => w.code)).toEqual(['ambiguous']);
    for (const part of quoted) expect(parsed.warnings[0]?.message).toContain(part);
  });
});

// A length in brackets counts by days when both ends name one.
describe('parseTimeframe: a length in brackets, counted by days', () => {
  it.each<[string, YM, YM, number, number]>([
    ['15 ต.ค. 66 - 14 ต.ค. 67 (12 เดือน)', ym(10, 2566), ym(10, 2567), 15, 14],
    ['30 ต.ค. 66 - 29 ต.ค. 67 (12 เดือน)', ym(10, 2566), ym(10, 2567), 30, 29],
    ['16 ม.ค. 67 - 15 ก.ค. 67 (6 เดือน)', ym(1, 2567), ym(7, 2567), 16, 15],
    ['31 ม.ค. 67 - 29 ก.พ. 67 (1 เดือน)', ym(1, 2567), ym(2, 2567), 31, 29],
    ['1 ต.ค. 66 - 30 ก.ย. 67 (12 เดือน)', ym(10, 2566), ym(9, 2567), 1, 30],
  ])('%j reads', (raw, start, end, startDay, endDay) => {
    expect(parseTimeframe(raw)).toEqual({
      raw, start, end, startDay, endDay, readAsFiscalYear: null, warnings: [], notes: [],
    });
  });

  it.each([
    ['15 ต.ค. 66 - 14 ต.ค. 67 (13 เดือน)', 'คือ 12 เดือน แต่ในวงเล็บเขียน "13 เดือน"'],
    ['15 ต.ค. 66 - 20 ต.ค. 67 (12 เดือน)', 'คือ 13 เดือน แต่ในวงเล็บเขียน "12 เดือน"'],
  ])('%j disagrees with itself', (raw, part) => {
    const parsed = parseTimeframe(raw);
    expect(parsed.end).toBeNull();
    expect(parsed.warnings.map((w) => w.code)).toEqual(['ambiguous']);
    expect(parsed.warnings[0]?.message).toContain(part);
  });
});
