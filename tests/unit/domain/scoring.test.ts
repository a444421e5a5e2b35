import { frameworkFor, NoFrameworkError, supportedFrameworkYears } from '../../../src/domain/frameworks/registry';
import { roundScore, scoreDifference, unroundedRange } from '../../../src/domain/rounding';
import {
  biggestGain,
  computeTotal,
  gainFrom,
  indicatorsOf,
  levelFor,
  nextLevel,
  passCount,
  possibleTotals,
  standingOf,
  whatIf,
} from '../../../src/domain/scoring';
import type { IndicatorScore } from '../../../src/domain/schemas/assessment';

const f2565 = frameworkFor(2565);

// The seed's results table, indicator 7 as the table prints it (89.70).
const seedScores: IndicatorScore[] = [93.75, 99.65, 100, 98.33, 78.2, 91.72, 89.7, 88.5, 100, 93.75].map(
  (score, i) => ({ indicator: i + 1, score }),
);

describe('the 2565 framework', () => {
  it('weights IIT 30, EIT 30 and OIT 40, split evenly within each instrument', () => {
    const byCode = Object.fromEntries(f2565.instruments.map((i) => [i.code, i]));
    expect(byCode.IIT?.weight).toBe(30);
    expect(byCode.EIT?.weight).toBe(30);
    expect(byCode.OIT?.weight).toBe(40);
    expect(byCode.IIT?.indicators.map((i) => i.weight)).toEqual([6, 6, 6, 6, 6]);
    expect(byCode.EIT?.indicators.map((i) => i.weight)).toEqual([10, 10, 10]);
    expect(byCode.OIT?.indicators.map((i) => i.weight)).toEqual([20, 20]);
    for (const ins of f2565.instruments) {
      expect(ins.indicators.reduce((sum, i) => sum + i.weight, 0)).toBe(ins.weight);
    }
  });

  it('numbers indicators 1–10 in instrument order', () => {
    expect(indicatorsOf(f2565).map((i) => [i.number, i.instrument])).toEqual([
      [1, 'IIT'], [2, 'IIT'], [3, 'IIT'], [4, 'IIT'], [5, 'IIT'],
      [6, 'EIT'], [7, 'EIT'], [8, 'EIT'], [9, 'OIT'], [10, 'OIT'],
    ]);
  });

  it('holds O1–O43 with the meanings the seed cites', () => {
    expect(f2565.oItems).toHaveLength(43);
    expect(f2565.oItems.map((o) => o.code)).toEqual(Array.from({ length: 43 }, (_, i) => `O${i + 1}`));
    const name = (code: string) => f2565.oItems.find((o) => o.code === code)?.name;
    expect(name('O12')).toBe('รายงานผลการดำเนินงานประจำปี');
    expect(name('O31')).toBe('ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบประจำปี');
    expect(name('O35')).toBe('การมีส่วนร่วมของผู้บริหาร');
    expect(name('O39')).toBe('แผนปฏิบัติการป้องกันการทุจริต');
    expect(name('O43')).toBe('การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน');
    expect(f2565.oItems.filter((o) => o.indicator === 9)).toHaveLength(33);
  });

  it('refuses a year it holds no framework for, with a Thai message naming the year', () => {
    expect(() => frameworkFor(2567)).toThrow(NoFrameworkError);
    expect(() => frameworkFor(2567)).toThrow(/ปีงบประมาณ 2567/);
    expect(supportedFrameworkYears()).toEqual([2564, 2565]);
  });
});

describe('rounding', () => {
  it.each([
    [93.9378, 93.94],
    [93.945, 93.95],
    [95.2458, 95.25],
    [84.995, 85],
    [100, 100],
    [0.005, 0.01],
  ])('rounds %s half up to %s', (value, expected) => {
    expect(roundScore(value)).toBe(expected);
  });

  it('knows what unrounded values a printed score can stand for', () => {
    expect(unroundedRange(93.75).low).toBeCloseTo(93.745, 9);
    expect(unroundedRange(93.75).high).toBeLessThan(93.755);
    expect(roundScore(unroundedRange(93.75).high)).toBe(93.75);
    expect(unroundedRange(100).high).toBe(100);
    expect(unroundedRange(0).low).toBe(0);
  });

  it('takes differences without floating-point noise', () => {
    expect(scoreDifference(93.95, 93.94)).toBe(0.01);
    expect(93.95 - 93.94).not.toBe(0.01);
  });
});

describe('the weighted total', () => {
  it('gives 93.94 for the seed scores (the document reports 93.95)', () => {
    const result = computeTotal(f2565, seedScores);
    expect(result.exact).toBeCloseTo(93.9378, 6);
    expect(result.total).toBe(93.94);
    expect(result.missing).toEqual([]);
  });

  it('knows which printed totals rounding of the printed scores allows', () => {
    expect(possibleTotals(f2565, seedScores)).toEqual({ low: 93.93, high: 93.94 });
    expect(possibleTotals(f2565, seedScores.slice(1))).toBeNull();
    const nineties = seedScores.map((s) => ({ ...s, score: 90 }));
    // Ten scores printed 90.00 stand for values in [89.995, 90.005): their total prints as 90.00.
    expect(possibleTotals(f2565, nineties)).toEqual({ low: 90, high: 90 });
    const perfect = seedScores.map((s) => ({ ...s, score: 100 }));
    expect(possibleTotals(f2565, perfect)).toEqual({ low: 100, high: 100 });
  });

  it('has no total while an indicator is missing, and says which', () => {
    const result = computeTotal(f2565, seedScores.filter((s) => s.indicator !== 7));
    expect(result.total).toBeNull();
    expect(result.missing).toEqual([7]);
  });

  it('leaves out an indicator the framework does not have', () => {
    const result = computeTotal(f2565, [...seedScores, { indicator: 11, score: 0 }]);
    expect(result.total).toBe(93.94);
    expect(result.unknown).toEqual([11]);
  });
});

describe('levels', () => {
  it.each([
    [100, 'AA'], [95, 'AA'], [94.99, 'A'], [93.94, 'A'], [85, 'A'], [84.99, 'B'], [75, 'B'],
    [74.99, 'C'], [65, 'C'], [64.99, 'D'], [55, 'D'], [54.99, 'E'], [50, 'E'], [49.99, 'F'], [0, 'F'],
  ] as const)('%s is level %s', (total, level) => {
    expect(levelFor(f2565, total)).toBe(level);
  });

  it('puts a total below every band in the lowest level rather than failing', () => {
    expect(levelFor(f2565, -1)).toBe('F');
  });

  it('reads the level from the total as printed: 94.995 prints 95.00, level AA', () => {
    expect(levelFor(f2565, 94.995)).toBe('AA');
  });

  it('says how far the next level is', () => {
    expect(nextLevel(f2565, 93.94)).toEqual({ level: 'AA', min: 95, pointsNeeded: 1.06 });
    expect(nextLevel(f2565, 84.5)).toEqual({ level: 'A', min: 85, pointsNeeded: 0.5 });
    expect(nextLevel(f2565, 97)).toBeNull();
  });
});

describe('what-if', () => {
  it('raising indicator 5 to 100 gives 95.25, level AA', () => {
    expect(whatIf(f2565, seedScores, [{ indicator: 5, score: 100 }])).toEqual({
      total: 95.25,
      level: 'AA',
      change: 1.31,
    });
  });

  it('has no answer while an indicator is missing', () => {
    expect(whatIf(f2565, seedScores.slice(1), [{ indicator: 5, score: 100 }])).toEqual({ total: null, level: null, change: null });
  });

  it('changes nothing when nothing changes', () => {
    expect(whatIf(f2565, seedScores, [])).toEqual({ total: 93.94, level: 'A', change: 0 });
  });

  it('finds the indicator whose rise to 100 adds most', () => {
    const best = biggestGain(f2565, seedScores);
    expect(best?.indicator).toBe(5);
    expect(best?.gain).toBeCloseTo(1.308, 6);
    // An OIT point is worth more than an IIT point: 20 % against 6 %.
    expect(gainFrom(f2565, 10, 93.75, 100)).toBeCloseTo(1.25, 6);
    expect(gainFrom(f2565, 99, 0, 100)).toBe(0);
    expect(biggestGain(f2565, seedScores.map((s) => ({ ...s, score: 100 })))).toBeNull();
  });
});

describe('pass count and standing', () => {
  it('counts indicator 5 (78.20) as failing the pass mark of 85', () => {
    expect(passCount(f2565, seedScores)).toEqual({ passed: 9, failed: 1, failing: [5] });
  });

  it.each([
    [78.2, 'fail'], [84.99, 'fail'], [85, 'improve'], [89.7, 'improve'], [90, 'pass'], [100, 'pass'],
  ] as const)('%s stands as %s with pass mark 85 and improvement mark 90', (score, standing) => {
    expect(standingOf(score, 85, 90)).toBe(standing);
  });
});
