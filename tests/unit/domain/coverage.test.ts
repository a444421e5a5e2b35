import { coverageGaps } from '../../../src/domain/coverage';
import { frameworkFor } from '../../../src/domain/frameworks/registry';
import type { Measure } from '../../../src/domain/schemas/measure';
import { seedData } from '../../support/seed';

const framework = frameworkFor(2565);
const data = seedData();
const assessment = data.assessments[0];
if (!assessment) throw new Error('no assessment');
const gaps = (measures: Measure[], cancelled: string[] = [], mark = 90) =>
  coverageGaps(framework, assessment, measures, data.findings, new Map(cancelled.map((id) => [id, 'cancelled' as const])), mark);
const without = (id: string) => data.measures.filter((m) => m.id !== id);

describe('coverage gaps', () => {
  it('finds indicator 8 in the seed: under 90 and answered by nothing', () => {
    expect(gaps(data.measures)).toEqual([{ kind: 'indicator', indicator: 8, score: 88.5 }]);
  });

  it('finds a zero-scored O-item once its measure is gone, placed under its indicator', () => {
    expect(gaps(without('msr-fnd-oit-1'))).toEqual([
      { kind: 'indicator', indicator: 8, score: 88.5 },
      { kind: 'oItem', code: 'O35', indicator: 10 },
    ]);
  });

  it('counts neither archived nor cancelled measures as answering', () => {
    const archived = data.measures.map((m) => (m.id === 'msr-fnd-iit-1' || m.id === 'msr-drive-2' ? { ...m, archived: true } : m));
    expect(gaps(archived).map((g) => (g.kind === 'indicator' ? g.indicator : g.code))).toEqual([5, 8]);
    expect(gaps(data.measures, ['msr-fnd-oit-1']).map((g) => (g.kind === 'indicator' ? g.indicator : g.code))).toEqual([8, 'O35']);
  });

  it('follows the agency’s improvement mark', () => {
    expect(gaps(data.measures, [], 85)).toEqual([]);
    expect(gaps(data.measures, [], 92).map((g) => (g.kind === 'indicator' ? g.indicator : g.code))).toEqual([6, 8]);
  });
});
