import { frameworkFor } from '../../../src/domain/frameworks/registry';
import type { Assessment } from '../../../src/domain/schemas/assessment';
import { yearTrend } from '../../../src/domain/trend';
import { seedData } from '../../support/seed';

const seed = seedData().assessments[0];
if (!seed) throw new Error('no assessment');
const known = (year: number) => (year === 2564 || year === 2565 ? frameworkFor(year) : undefined);
const year = (fiscalYear: number, changes: Partial<Assessment> = {}): Assessment => ({ ...seed, id: `asm-${fiscalYear}`, fiscalYear, ...changes });

describe('the result year by year', () => {
  it('shows one year with no change to speak of', () => {
    expect(yearTrend([seed], known)).toEqual([{ fiscalYear: 2565, total: 93.95, basis: 'reported', level: 'A', change: null, previous: null }]);
  });

  it('puts years oldest first and says how far each moved from the one before', () => {
    const trend = yearTrend([seed, year(2563, { reportedTotal: 85.1, reportedLevel: 'B' }), year(2564, { reportedTotal: 91.85 })], known);
    expect(trend.map((r) => [r.fiscalYear, r.total, r.level, r.change, r.previous?.fiscalYear ?? null, r.previous?.level ?? null])).toEqual([
      [2563, 85.1, 'B', null, null, null],
      [2564, 91.85, 'A', 6.75, 2563, 'B'],
      [2565, 93.95, 'A', 2.1, 2564, 'A'],
    ]);
  });

  it('computes a total the report left out, and reads its level from the framework', () => {
    const trend = yearTrend([year(2564, { reportedTotal: null, reportedLevel: null })], known);
    expect(trend[0]).toMatchObject({ total: 93.94, basis: 'computed', level: 'A' });
  });

  it('cannot compute a year it has no framework for, but still shows what was reported', () => {
    const trend = yearTrend([year(2570, { reportedTotal: null, reportedLevel: null }), year(2571, { reportedTotal: 96, reportedLevel: 'AA' })], known);
    expect(trend.map((r) => [r.total, r.basis, r.level, r.change])).toEqual([
      [null, null, null, null],
      [96, 'reported', 'AA', null],
    ]);
  });
});
