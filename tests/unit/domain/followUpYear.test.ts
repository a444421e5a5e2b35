import { describe, expect, it } from 'vitest';
import { followUpYear } from '../../../src/domain/followUpYear';
import type { Timeframe } from '../../../src/domain/schemas/measure';
import { seedData } from '../../support/seed';

const tf = (start: [number, number] | null, end: [number, number] | null = start): Timeframe => ({
  raw: 'typed',
  start: start && { year: start[0], month: start[1] },
  end: end && { year: end[0], month: end[1] },
});
const m = (timeframe: Timeframe, archived = false) => ({ timeframe, archived });

describe('followUpYear', () => {
  it.each([
    ['no measures: the year after the assessment', 2565, [], 2566],
    ['no readable start: the year after', 2565, [m(tf(null))], 2566],
    ['one measure from ต.ค.65: fiscal 2566', 2565, [m(tf([2565, 10], [2566, 12]))], 2566],
    ['a start in ก.ย. belongs to the year it ends', 2565, [m(tf([2565, 9]))], 2565],
    ['most starts decide', 2565, [m(tf([2565, 1])), m(tf([2566, 1])), m(tf([2566, 3]))], 2566],
    ['a tie goes to the earlier year', 2567, [m(tf([2567, 2])), m(tf([2568, 2]))], 2567],
    ['archived measures do not vote', 2565, [m(tf([2565, 1]), true), m(tf([2565, 2]), true), m(tf([2566, 1]))], 2566],
    ['a deadline with no start votes for the year it falls due', 2565, [m(tf(null, [2565, 3]))], 2565],
    ['a reading that took the plan year does not vote for it', 2565, [m({ ...tf([2566, 10], [2566, 12]), readAsFiscalYear: 2567 }), m({ ...tf([2566, 10], [2566, 12]), readAsFiscalYear: 2567 }), m(tf([2566, 1]))], 2566],
    ['a deadline in ต.ค. votes for the next fiscal year', 2565, [m(tf(null, [2566, 10])), m(tf(null, [2566, 11])), m(tf([2566, 1]))], 2567],
  ] as const)('%s', (_name, year, measures, expected) => {
    expect(followUpYear(year, measures)).toBe(expected);
  });

  it("reads the seed's measures (ITA 2565, measures from ต.ค.65 and ม.ค.66) as fiscal 2566", () => {
    const data = seedData();
    expect(followUpYear(2565, data.measures)).toBe(2566);
  });
});
