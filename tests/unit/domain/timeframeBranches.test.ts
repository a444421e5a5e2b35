import { parseTimeframe } from '../../../src/domain/timeframe';

const ym = (month: number, year: number) => ({ year, month });
type YM = { year: number; month: number };

// Readings the other timeframe tables left out: deadlines on both sides of a bracket, a length
// after a deadline, a bracket ending in a full stop, and year-less brackets after a quarter.
describe('parseTimeframe: brackets that settle to one reading', () => {
  it.each<[string, YM | null, YM, number | null, number | null, string | null]>([
    // Both halves a deadline in ธ.ค. 66: the half with the day says more.
    ['ภายใน 31 ธ.ค. 66 (ธ.ค. 66)', null, ym(12, 2566), null, 31, null],
    // A length after a deadline has no start to count from, so it cannot disagree.
    ['ภายใน ก.ย. 67 (12 เดือน)', null, ym(9, 2567), null, null, null],
    // The officer's habit of ending the cell with a full stop, inside the bracket.
    ['ไตรมาสที่ 1/2567 (ต.ค.–ธ.ค. 66.)', ym(10, 2566), ym(12, 2566), null, null, null],
    // Year-less months below ต.ค. read the same in the fiscal and the calendar year: brackets win.
    ['ไตรมาสที่ 1/2567 (ม.ค.–มี.ค.)', ym(1, 2567), ym(3, 2567), null, null, 'ใช้ช่วงในวงเล็บ'],
    ['ไตรมาสที่ 1/2567 (ภายใน มี.ค.)', null, ym(3, 2567), null, null, '(ภายใน มี.ค. 2567) ไม่ตรงกับ'],
  ])('%j → %o – %o, days %o–%o', (raw, start, end, startDay, endDay, note) => {
    const r = parseTimeframe(raw);
    expect(r).toMatchObject({ start, end, startDay, endDay, warnings: [] });
    if (note === null) {
      expect(r.notes).toEqual([]);
    } else {
      expect(r.notes).toHaveLength(1);
      expect(r.notes[0]?.code).toBe('bracket-disagrees');
      expect(r.notes[0]?.message).toContain(note);
    }
  });
});

describe('parseTimeframe: brackets and quarters that are refused, with the reason', () => {
  it.each<[string, number | undefined, string, string]>([
    // A deadline and a range agree on the end month only: which one was meant is a guess.
    ['ภายใน ธ.ค. 66 (ต.ค.–ธ.ค. 66)', undefined, 'ambiguous', '(ภายใน ธ.ค. 2566) แต่วงเล็บ "ต.ค.–ธ.ค. 66" คือ ต.ค. 2566 – ธ.ค. 2566'],
    // A deadline quarter in brackets is checked against its calendar reading too, and fits neither.
    ['ม.ค.–มี.ค. 67 (ภายในไตรมาสที่ 2)', undefined, 'ambiguous', 'คือ ภายใน มี.ค. 2567'],
    ['ไตรมาสที่ 1/2567 (ภายใน ธ.ค.)', undefined, 'ambiguous', 'อ่านตามปีงบประมาณ 2567 ได้ ภายใน ธ.ค. 2566 อ่านตามปี พ.ศ. 2567 ได้ ภายใน ธ.ค. 2567'],
    ['ไตรมาสที่ 2/2567 (ต.ค.–ธ.ค.)', undefined, 'ambiguous', 'อ่านตามปี พ.ศ. 2567 ได้ ต.ค. 2567 – ธ.ค. 2567'],
    // A length cannot lend a year to months that name none.
    ['ต.ค. - ก.ย. (12 เดือน)', undefined, 'no-year', 'ไม่ระบุปี'],
    // The bracket lends its fiscal year, and the months do not fit in it.
    ['ม.ค.–ต.ค. (ปีงบประมาณ 2567)', undefined, 'no-year', '"ม.ค.–ต.ค. (ปีงบประมาณ 2567)" ช่วงนี้ไม่อยู่ในปีงบประมาณ 2567'],
    // Without brackets the plan's year is said to be the one filled in.
    ['ม.ค.–ต.ค.', 2567, 'no-year', 'ไม่ระบุปี และช่วงนี้ไม่อยู่ในปีงบประมาณ 2567'],
    // A quarter that does not exist keeps its own code, on either side of the bracket.
    ['ไตรมาสที่ 5 (ต.ค.–ธ.ค. 66)', undefined, 'invalid-quarter', 'ไม่มีไตรมาสที่ 5'],
    ['ต.ค.–ธ.ค. 66 (ไตรมาสที่ 5)', undefined, 'invalid-quarter', 'ไม่มีไตรมาสที่ 5'],
    ['ม.ค.–มี.ค. 67 (ไตรมาสที่ 5)', undefined, 'invalid-quarter', 'ไม่มีไตรมาสที่ 5'],
    ['ไตรมาสที่ 4/2566 - ไตรมาสที่ 5/2567', undefined, 'invalid-quarter', 'ไม่มีไตรมาสที่ 5'],
    // 'ปี' alone after a range of quarters: fiscal or calendar, both spelled out.
    ['ไตรมาสที่ 1-2 ปี 2567', undefined, 'ambiguous', 'ไตรมาสที่ 1–2 ของปีงบประมาณ 2567 (ต.ค. 2566 – มี.ค. 2567) หรือไตรมาสที่ 1–2 ของปี พ.ศ. 2567 (ม.ค. 2567 – มิ.ย. 2567)'],
    // A mistyped year wherever a quarter takes its year.
    ['ไตรมาสที่ 4/2700 - ไตรมาสที่ 1/2567', undefined, 'unrecognised', '"2700" ไม่ใช่ปี พ.ศ. ที่เป็นไปได้'],
    ['ไตรมาสที่ 4/2566 - ไตรมาสที่ 1/2700', undefined, 'unrecognised', '"2700" ไม่ใช่ปี พ.ศ. ที่เป็นไปได้'],
    ['ไตรมาสที่ 1/2700', undefined, 'unrecognised', '"2700" ไม่ใช่ปี พ.ศ. ที่เป็นไปได้'],
    ['ไตรมาสที่ 1 ปีงบประมาณ 2700', undefined, 'unrecognised', '"2700" ไม่ใช่ปี พ.ศ. ที่เป็นไปได้'],
    ['ไตรมาส 2 ปี 2700', 2567, 'unrecognised', '"2700" ไม่ใช่ปี พ.ศ. ที่เป็นไปได้'],
    // A range of quarters needs '/year' on both ends, and nothing after.
    ['ไตรมาสที่ 4/2566 - ไตรมาสที่ 1 ปีงบประมาณ 2567', undefined, 'unrecognised', 'อ่านไม่ได้ตั้งแต่ "ปีงบประมาณ"'],
    ['ไตรมาสที่ 4/2566 - ไตรมาสที่ 1/2567 ต.ค.', undefined, 'unrecognised', 'อ่านไม่ได้ตั้งแต่ "ต.ค."'],
    // 29 ก.พ. without a year is only checked once a year is lent to it, by the end or by the plan.
    ['29 ก.พ. - 31 มี.ค. 66', undefined, 'invalid-day', 'ไม่มีวันที่ 29 ก.พ. 2566 เพราะปี พ.ศ. 2566 (ค.ศ. 2023) ไม่ใช่ปีอธิกสุรทิน'],
    ['29 ก.พ.', 2566, 'invalid-day', 'ไม่มีวันที่ 29 ก.พ. 2566'],
    // 'สิ้น' is the end of a month or year, never of a day.
    ['ภายในสิ้น 30 ก.ย. 67', undefined, 'unrecognised', 'อ่านไม่ได้ตั้งแต่ "30"'],
  ])('%j (plan year %o) → %s', (raw, fiscalYear, code, part) => {
    const r = parseTimeframe(raw, fiscalYear === undefined ? undefined : { fiscalYear });
    expect(r).toMatchObject({ start: null, end: null, notes: [] });
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]?.code).toBe(code);
    expect(r.warnings[0]?.message).toContain(part);
    expect(r.warnings[0]?.message).toContain(`"${raw}"`);
  });
});

describe('parseTimeframe: a single month followed by its fiscal year', () => {
  it('reads ต.ค. in ปีงบประมาณ 2567 as ต.ค. 2566', () => {
    expect(parseTimeframe('ต.ค. ปีงบประมาณ 2567')).toMatchObject({
      start: ym(10, 2566), end: ym(10, 2566), startDay: null, endDay: null, warnings: [], notes: [],
    });
  });
});
