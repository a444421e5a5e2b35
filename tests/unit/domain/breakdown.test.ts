import { instrumentShares, roomToGrow } from '../../../src/domain/breakdown';
import { frameworkFor } from '../../../src/domain/frameworks/registry';
import { roundScore } from '../../../src/domain/rounding';
import { computeTotal } from '../../../src/domain/scoring';
import { seedData } from '../../support/seed';

const framework = frameworkFor(2565);
const { indicatorScores } = seedData().assessments[0] ?? { indicatorScores: [] };
const rounded = (o: object, keys: string[]) =>
  Object.fromEntries(Object.entries(o).map(([k, v]) => [k, keys.includes(k) && typeof v === 'number' ? roundScore(v) : v]));

describe('where the total comes from', () => {
  it('gives each instrument of the seed its points out of its weight', () => {
    const shares = instrumentShares(framework, indicatorScores).map((s) => rounded(s, ['points', 'lost']));
    expect(shares).toEqual([
      // (93.75 + 99.65 + 100 + 98.33 + 78.20) × 6 %
      { code: 'IIT', weight: 30, points: 28.2, lost: 1.8, score: 93.99, missing: [] },
      // (91.72 + 89.70 + 88.50) × 10 %
      { code: 'EIT', weight: 30, points: 26.99, lost: 3.01, score: 89.97, missing: [] },
      // (100 + 93.75) × 20 %
      { code: 'OIT', weight: 40, points: 38.75, lost: 1.25, score: 96.88, missing: [] },
    ]);
  });

  it('adds up to the computed total', () => {
    const sum = instrumentShares(framework, indicatorScores).reduce((s, i) => s + i.points, 0);
    expect(roundScore(sum)).toBe(computeTotal(framework, indicatorScores).total);
  });

  it('names the indicators an instrument lacks a score for', () => {
    const shares = instrumentShares(framework, indicatorScores.filter((s) => s.indicator !== 7));
    expect(shares[1]?.missing).toEqual([7]);
    expect(roundScore(shares[1]?.points ?? 0)).toBe(18.02);
  });
});

describe('room to grow', () => {
  it('orders the seed by what each indicator could still add: 5, then 10, 8, 7', () => {
    const room = roomToGrow(framework, indicatorScores);
    expect(room.map((r) => r.indicator)).toEqual([5, 10, 8, 7, 6, 1, 4, 2]);
    expect(rounded(room[0] ?? {}, ['gain', 'room'])).toEqual({ indicator: 5, score: 78.2, perPoint: 0.06, room: 21.8, gain: 1.31 });
    // Indicator 10 is worth 0.2 a point: its 6.25 points of room add 1.25, more than indicator 8's 11.5.
    expect(rounded(room[1] ?? {}, ['gain'])).toMatchObject({ indicator: 10, perPoint: 0.2, gain: 1.25 });
  });

  it('leaves out indicators already at 100 and those the framework lacks', () => {
    const room = roomToGrow(framework, [...indicatorScores, { indicator: 11, score: 50 }]);
    expect(room.map((r) => r.indicator)).not.toContain(3);
    expect(room.map((r) => r.indicator)).not.toContain(9);
    expect(room.map((r) => r.indicator)).not.toContain(11);
  });

  it('puts the heavier weight first when two could add the same', () => {
    // 10 points of room at weight 6 and 3 points at weight 20 both add 0.6.
    const room = roomToGrow(framework, [
      { indicator: 1, score: 90 },
      { indicator: 9, score: 97 },
    ]);
    expect(room.map((r) => r.indicator)).toEqual([9, 1]);
  });
});
