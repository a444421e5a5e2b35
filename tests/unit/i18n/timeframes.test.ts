import { type TimeframePeriod, timeframePeriod } from '../../../src/domain/timeframeFormat';
import { formatTimeframePeriod } from '../../../src/i18n/timeframes';

const at = (year: number, month: number, day: number | null = null) => ({ year, month, day });

describe('a timeframe’s period in the reader’s language', () => {
  it.each<[string, TimeframePeriod, string, string]>([
    ['months', { kind: 'range', start: at(2566, 10), end: at(2567, 3) }, 'ต.ค. 2566 – มี.ค. 2567', 'Oct 2566 – Mar 2567 B.E.'],
    ['days', { kind: 'range', start: at(2566, 11, 15), end: at(2566, 12, 15) }, '15 พ.ย. 2566 – 15 ธ.ค. 2566', '15 Nov 2566 – 15 Dec 2566 B.E.'],
    ['one month', { kind: 'single', at: at(2566, 12) }, 'ธ.ค. 2566', 'Dec 2566 B.E.'],
    ['one day', { kind: 'single', at: at(2566, 12, 5) }, '5 ธ.ค. 2566', '5 Dec 2566 B.E.'],
    ['a deadline', { kind: 'deadline', end: at(2567, 9, 30) }, 'ภายใน 30 ก.ย. 2567', 'by 30 Sep 2567 B.E.'],
    ['a deadline of a month', { kind: 'deadline', end: at(2567, 3) }, 'ภายใน มี.ค. 2567', 'by Mar 2567 B.E.'],
  ])('%s', (_what, period, thai, english) => {
    expect(formatTimeframePeriod(period, 'th')).toBe(thai);
    expect(formatTimeframePeriod(period, 'en')).toBe(english);
    // English has no Thai letter in it: the complaint was "ม.ค. 2566 to ส.ค. 2566".
    expect(english).not.toMatch(/[\u0E00-\u0E7F]/);
  });

  it('words every month of the year in English', () => {
    const months = Array.from({ length: 12 }, (_, i) => formatTimeframePeriod({ kind: 'single', at: at(2567, i + 1) }, 'en'));
    expect(months.map((m) => m.slice(0, 3))).toEqual(['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']);
  });

  it('says a stored reading as the Thai history does', () => {
    const period = timeframePeriod({ start: { year: 2566, month: 1 }, end: { year: 2566, month: 8 } });
    expect(period && formatTimeframePeriod(period, 'en')).toBe('Jan 2566 – Aug 2566 B.E.');
  });
});
