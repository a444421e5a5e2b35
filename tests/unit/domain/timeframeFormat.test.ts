import type { Timeframe } from '../../../src/domain/schemas/measure';
import { describeTimeframe, describeTimeframeEnglish, describeTimeframeThai } from '../../../src/domain/timeframeFormat';

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
    expect(describeTimeframeThai(timeframe)).toEqual({ period });
  });

  it('tells the period alone of a year-less text read against the plan’s fiscal year: the screens name the year', () => {
    expect(describeTimeframeThai(tf({ start: ym(2566, 10), end: ym(2566, 12), readAsFiscalYear: 2567 }))).toEqual({
      period: 'ต.ค. 2566 – ธ.ค. 2566',
    });
  });

  it('describes nothing for a timeframe that was not read', () => {
    expect(describeTimeframeThai(tf({ start: null, end: null }))).toBeNull();
  });
});

describe('a stored timeframe described in English', () => {
  it.each<[string, Timeframe, string]>([
    ['months alone', tf({ start: ym(2566, 10), end: ym(2567, 3) }), 'Oct 2566 – Mar 2567 B.E.'],
    ['days that matter', tf({ start: ym(2566, 11), startDay: 15, end: ym(2566, 12), endDay: 15 }), '15 Nov 2566 – 15 Dec 2566 B.E.'],
    ['a deadline', tf({ start: null, end: ym(2567, 9), endDay: 30 }), 'by 30 Sep 2567 B.E.'],
  ])('%s', (_what, timeframe, period) => {
    expect(describeTimeframeEnglish(timeframe)?.period).toBe(period);
  });

  it('is what the English screens get', () => {
    const read = tf({ start: ym(2566, 10), end: ym(2566, 12), readAsFiscalYear: 2567 });
    expect(describeTimeframe(read, 'en')).toEqual({ period: 'Oct 2566 – Dec 2566 B.E.' });
    expect(describeTimeframe(read, 'th')).toEqual(describeTimeframeThai(read));
  });
});
