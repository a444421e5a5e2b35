import type { Timeframe } from '../../../src/domain/schemas/measure';
import { storedNoteCode, timeframePeriod, wordPeriodThai } from '../../../src/domain/timeframeFormat';
import { formatTimeframePeriod } from '../../../src/i18n/timeframes';

/** The Thai the history records for a timeframe, or null when it was not read. */
const inThai = (timeframe: Timeframe) => {
  const period = timeframePeriod(timeframe);
  return period && wordPeriodThai(period);
};

const ym = (year: number, month: number) => ({ year, month });
const tf = (rest: Omit<Timeframe, 'raw'>): Timeframe => ({ raw: 'typed', ...rest });

describe('a stored timeframe described in Thai', () => {
  it.each<[string, Timeframe, string]>([
    ['months alone', tf({ start: ym(2566, 10), end: ym(2567, 3) }), 'ต.ค. 2566 – มี.ค. 2567'],
    ['the first and last days of the months: months are enough', tf({ start: ym(2566, 10), startDay: 1, end: ym(2567, 3), endDay: 31 }), 'ต.ค. 2566 – มี.ค. 2567'],
    ['a last day of 30 in a 30-day month: months are enough', tf({ start: ym(2567, 1), end: ym(2567, 4), endDay: 30 }), 'ม.ค. 2567 – เม.ย. 2567'],
    ['29 Feb of a leap year ends the month', tf({ start: ym(2567, 1), end: ym(2567, 2), endDay: 29 }), 'ม.ค. 2567 – ก.พ. 2567'],
    ['28 Feb of a leap year is a day that matters', tf({ start: ym(2567, 1), end: ym(2567, 2), endDay: 28 }), 'ม.ค. 2567 – 28 ก.พ. 2567'],
    ['days in the middle of months', tf({ start: ym(2566, 11), startDay: 15, end: ym(2566, 12), endDay: 15 }), '15 พ.ย. 2566 – 15 ธ.ค. 2566'],
    ['a first day that matters shows the last day given too', tf({ start: ym(2566, 11), startDay: 15, end: ym(2566, 12), endDay: 31 }), '15 พ.ย. 2566 – 31 ธ.ค. 2566'],
    ['one month', tf({ start: ym(2566, 12), end: ym(2566, 12) }), 'ธ.ค. 2566'],
    ['one day', tf({ start: ym(2566, 12), startDay: 5, end: ym(2566, 12), endDay: 5 }), '5 ธ.ค. 2566'],
    ['days within one month', tf({ start: ym(2566, 12), startDay: 1, end: ym(2566, 12), endDay: 15 }), '1 ธ.ค. 2566 – 15 ธ.ค. 2566'],
    ['a deadline with its day, even the last of the month', tf({ start: null, end: ym(2567, 9), endDay: 30 }), 'ภายใน 30 ก.ย. 2567'],
    ['a deadline of a month', tf({ start: null, end: ym(2567, 3) }), 'ภายใน มี.ค. 2567'],
  ])('%s', (_what, timeframe, period) => {
    expect(inThai(timeframe)).toBe(period);
    // The Thai screens say it in the same words: one wording, not two that may drift apart.
    const read = timeframePeriod(timeframe);
    expect(read && formatTimeframePeriod(read, 'th')).toBe(period);
  });

  it('tells the period alone of a year-less text read against the plan’s fiscal year: the screens name the year', () => {
    expect(inThai(tf({ start: ym(2566, 10), end: ym(2566, 12), readAsFiscalYear: 2567 }))).toBe('ต.ค. 2566 – ธ.ค. 2566');
  });

  it('describes nothing for a timeframe that was not read', () => {
    expect(inThai(tf({ start: null, end: null }))).toBeNull();
  });
});

describe('a stored timeframe as a period, in no language', () => {
  it.each<[string, Timeframe, ReturnType<typeof timeframePeriod>]>([
    ['months alone', tf({ start: ym(2566, 10), end: ym(2567, 3) }), { kind: 'range', start: { year: 2566, month: 10, day: null }, end: { year: 2567, month: 3, day: null } }],
    ['days that matter', tf({ start: ym(2566, 11), startDay: 15, end: ym(2566, 12), endDay: 15 }), { kind: 'range', start: { year: 2566, month: 11, day: 15 }, end: { year: 2566, month: 12, day: 15 } }],
    ['one month', tf({ start: ym(2566, 12), end: ym(2566, 12) }), { kind: 'single', at: { year: 2566, month: 12, day: null } }],
    ['one day', tf({ start: ym(2566, 12), startDay: 5, end: ym(2566, 12), endDay: 5 }), { kind: 'single', at: { year: 2566, month: 12, day: 5 } }],
    ['a deadline', tf({ start: null, end: ym(2567, 9), endDay: 30 }), { kind: 'deadline', end: { year: 2567, month: 9, day: 30 } }],
    ['not read', tf({ start: null, end: null }), null],
  ])('%s', (_what, timeframe, period) => {
    expect(timeframePeriod(timeframe)).toEqual(period);
  });
});

describe('the code of a remark kept with a timeframe', () => {
  it.each([
    ['วงเล็บ "ต.ค. 66 - ก.ย. 67" (ต.ค. 2566 – ก.ย. 2567) ไม่ตรงกับ "ปีงบประมาณ 2568" (ต.ค. 2567 – ก.ย. 2568): ใช้ช่วงในวงเล็บ', 'bracket-disagrees'],
    ['ข้อสังเกตอื่น', null],
  ])('%s', (note, code) => {
    expect(storedNoteCode(note)).toBe(code);
  });
});
