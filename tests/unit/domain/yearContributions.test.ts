import { frameworkFor } from '../../../src/domain/frameworks/registry';
import type { Assessment } from '../../../src/domain/schemas/assessment';
import { computeTotal } from '../../../src/domain/scoring';
import { yearContributions } from '../../../src/domain/yearContributions';
import { seedData } from '../../support/seed';

const seed = seedData().assessments[0];
if (!seed) throw new Error('no assessment');
const known = (year: number) => (year === 2564 || year === 2565 ? frameworkFor(year) : undefined);
const year = (fiscalYear: number, changes: Partial<Assessment> = {}): Assessment => ({ ...seed, id: `asm-${fiscalYear}`, fiscalYear, ...changes });
// The seed's 2565 scores: IIT 28.20 of 30, EIT 26.99 of 30, OIT 38.75 of 40.
const SEED_PARTS = [
  { code: 'IIT', points: 28.2, weight: 30 },
  { code: 'EIT', points: 26.99, weight: 30 },
  { code: 'OIT', points: 38.75, weight: 40 },
];

describe('each instrument’s points year by year', () => {
  it.each<[string, Assessment[], number[]]>([
    ['no year at all', [], []],
    ['one year', [seed], [2565]],
    ['years given newest first, oldest first', [seed, year(2564)], [2564, 2565]],
    ['a year with no framework left out', [year(2570), seed], [2565]],
    ['a year with no scores left out', [year(2564, { indicatorScores: [] }), seed], [2565]],
    ['a year whose scores name none of its framework’s indicators left out', [year(2564, { indicatorScores: [{ indicator: 99, score: 80 }] })], []],
    ['every year left out when none can be weighed', [year(2570), year(2571, { indicatorScores: [] })], []],
  ])('lists %s', (_what, assessments, years) => {
    expect(yearContributions(assessments, known).map((y) => y.fiscalYear)).toEqual(years);
  });

  it('gives the seed year each instrument’s points out of its weight, in the framework’s order', () => {
    expect(yearContributions([seed], known)).toEqual([{ fiscalYear: 2565, parts: SEED_PARTS }]);
  });

  it('stacks up to the year’s computed total, give or take a hundredth of rounding', () => {
    const [only] = yearContributions([seed], known);
    const sum = only?.parts.reduce((s, p) => s + p.points, 0) ?? 0;
    expect(Math.abs(sum - (computeTotal(frameworkFor(2565), seed.indicatorScores).total ?? 0))).toBeLessThanOrEqual(0.01);
  });

  it('counts only the indicators scored in a year missing some', () => {
    const partial = year(2564, { indicatorScores: seed.indicatorScores.filter((s) => s.indicator !== 7) });
    // Indicator 7 (89.70, weight 10) missing from EIT: 26.99 − 8.97.
    expect(yearContributions([partial], known)[0]?.parts[1]).toEqual({ code: 'EIT', points: 18.02, weight: 30 });
  });

  it('asks for each year’s own framework', () => {
    const asked: number[] = [];
    yearContributions([seed, year(2564), year(2563)], (y) => {
      asked.push(y);
      return known(y);
    });
    expect(asked).toEqual([2563, 2564, 2565]);
  });
});
