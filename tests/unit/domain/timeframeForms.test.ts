import { parseTimeframe } from '../../../src/domain/timeframe';

const ym = (month: number, year: number) => ({ year, month });
type YM = { year: number; month: number };

// Forms officers write that say exactly one period, each once refused.
describe('parseTimeframe: more ways of writing one period', () => {
  it.each<[string, YM | null, YM, number | null, number | null]>([
    // The end of a period is a deadline even without 'ภายใน'.
    ['สิ้นปีงบประมาณ 2567', null, ym(9, 2567), null, null],
    ['สิ้นเดือนมีนาคม 2567', null, ym(3, 2567), null, null],
    ['สิ้นไตรมาสที่ 2/2567', null, ym(3, 2567), null, null],
    ['ภายใน 30 ก.ย. 67 (สิ้นปีงบประมาณ)', null, ym(9, 2567), null, 30],
    // 'และ' joins the ends after 'ระหว่าง'.
    ['ระหว่าง ต.ค. 66 และ ธ.ค. 66', ym(10, 2566), ym(12, 2566), null, null],
    ['ระหว่างวันที่ 1 ต.ค. 2566 และ 31 มี.ค. 2567', ym(10, 2566), ym(3, 2567), 1, 31],
    // Brackets round the whole text, as copied from a table cell.
    ['(ต.ค. 66 - ก.ย. 67)', ym(10, 2566), ym(9, 2567), null, null],
    ['(ปีงบประมาณ 2567).', ym(10, 2566), ym(9, 2567), null, null],
    // Quarter to quarter, each with its own fiscal year.
    ['ไตรมาสที่ 1/2567 - ไตรมาสที่ 2/2567', ym(10, 2566), ym(3, 2567), null, null],
    ['ไตรมาสที่ 4/2566 - ไตรมาสที่ 1/2567', ym(7, 2566), ym(12, 2566), null, null],
    ['ไตรมาส 3/2567 ถึง ไตรมาส 1/2568', ym(4, 2567), ym(12, 2567), null, null],
    // The fiscal year first, then its quarter.
    ['ปีงบประมาณ 2567 ไตรมาสที่ 2', ym(1, 2567), ym(3, 2567), null, null],
    ['ปีงบประมาณ พ.ศ. 2568 ไตรมาส 1', ym(10, 2567), ym(12, 2567), null, null],
    // Misspellings common in agency documents.
    ['กรกฏาคม 2567', ym(7, 2567), ym(7, 2567), null, null],
    ['1 พฤษจิกายน 2566 - 29 กุมภาพันธ 2567', ym(11, 2566), ym(2, 2567), 1, 29],
    ['กุมภาพันธ 2567', ym(2, 2567), ym(2, 2567), null, null],
    // A year on the months and the fiscal year they sit in: said twice, but the same answer.
    ['ต.ค. 2566 - ก.ย. 2567 ปีงบประมาณ 2567', ym(10, 2566), ym(9, 2567), null, null],
    ['ต.ค. 66 - ธ.ค. 66 ปีงบประมาณ 2567', ym(10, 2566), ym(12, 2566), null, null],
    ['ภายใน 30 ก.ย. 67 ปีงบประมาณ 2567', null, ym(9, 2567), null, 30],
  ])('%j → %o – %o, days %o–%o', (raw, start, end, startDay, endDay) => {
    expect(parseTimeframe(raw)).toEqual({
      raw, start, end, startDay, endDay, readAsFiscalYear: null, warnings: [], notes: [],
    });
  });

  it.each([
    ['ต.ค. 66 และ ธ.ค. 66', 'และ'],
    ['สิ้นปี 2567', 'ปี'],
    ['(ต.ค. 66) - (ธ.ค. 66)', 'วงเล็บ'],
    ['ต.ค. 2566 - ก.ย. 2567 ปีงบประมาณ 2568', 'ให้ปีไว้สองแบบที่ไม่ตรงกัน'],
  ])('%j is still refused, quoting %j', (raw, part) => {
    const parsed = parseTimeframe(raw);
    expect(parsed.end).toBeNull();
    expect(parsed.warnings.map((w) => w.message).join('\n')).toContain(part);
  });
});

// An unknown word runs straight into known ones in Thai: the refusal quotes the unknown one alone.
describe('parseTimeframe: refusals quote only the unknown word', () => {
  it.each([
    ['ดำเนินการตลอดปีงบประมาณ 2567', 'ไม่รู้จักข้อความ "ดำเนินการ"'],
    ['ตามแผนที่ 2 ต.ค. 66', 'ไม่รู้จักข้อความ "ตามแผน"'],
    ['ประมาณปีงบประมาณ 2567', 'ไม่รู้จักข้อความ "ประมาณ"'],
    ['ไตรมาสที่ 1 (ต.ค.–ธ.ค. 66) ด่วน', 'ไม่รู้จักข้อความ "ด่วน"'],
  ])('%j → %j', (raw, part) => {
    const parsed = parseTimeframe(raw);
    expect(parsed).toMatchObject({ start: null, end: null });
    expect(parsed.warnings.map((w) => w.code)).toEqual(['unrecognised']);
    expect(parsed.warnings[0]?.message).toContain(part);
  });
});
