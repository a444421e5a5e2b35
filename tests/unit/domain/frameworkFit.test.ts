import { describe, expect, it } from 'vitest';
import { frameworkOrphans } from '../../../src/domain/frameworkFit';
import { frameworkFor } from '../../../src/domain/frameworks/registry';
import type { Framework } from '../../../src/domain/schemas/framework';
import { seedData } from '../../support/seed';

const data = seedData();
const [assessment] = data.assessments;
if (!assessment) throw new Error('seed has no assessment');
const uses = { assessment, findings: data.findings, measures: data.measures };

const without = (indicator: number, codes: string[] = []): Framework => {
  const copy = structuredClone(frameworkFor(2565));
  for (const instrument of copy.instruments) instrument.indicators = instrument.indicators.filter((d) => d.number !== indicator);
  copy.oItems = copy.oItems.filter((o) => !codes.includes(o.code));
  return copy;
};

describe('what a changed framework would leave pointing at nothing', () => {
  it('finds nothing when the framework keeps every indicator and O-item the year uses', () => {
    expect(frameworkOrphans(frameworkFor(2565), uses)).toEqual([]);
  });

  it('names an indicator that still has a score, a finding and a measure, and who uses it', () => {
    // Indicator 7 has a score, the seed's finding and the measure made from it.
    expect(frameworkOrphans(without(7), uses)).toEqual([
      { path: 'instruments', code: 'indicatorInUse', values: { number: 7, uses: 'scores,findings,measures', year: 2565 } },
    ]);
  });

  it('names a dropped O-item the assessor scored', () => {
    const problems = frameworkOrphans(without(0, ['O35']), uses);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ path: 'oItems', code: 'oItemInUse', values: { code: 'O35', year: 2565 } });
    expect(problems[0]?.values).toHaveProperty('uses', expect.stringMatching(/^results(,|$)/));
  });

  it('counts an O-item the assessor’s recommendations still name', () => {
    // The seed's recommendations cite O39 and O42, which no result or measure names.
    const problems = frameworkOrphans(without(0, ['O39']), uses);
    expect(problems).toEqual([{ path: 'oItems', code: 'oItemInUse', values: { code: 'O39', uses: 'recommendations', year: 2565 } }]);
  });

  it.each<[string, Parameters<typeof frameworkOrphans>[1], string]>([
    ['notes by issue', { assessment: { ...assessment, indicatorScores: [], subIssueNotes: [{ indicator: 7, note: 'x' } as never] }, findings: [], measures: [] }, 'notes'],
    ['a finding on its own', { findings: [{ target: { kind: 'indicator', indicator: 7 } }], measures: [] }, 'findings'],
    ['a measure on its own', { findings: [], measures: [{ links: { indicators: [7], oItems: [], findingIds: [] } }] }, 'measures'],
  ])('names an indicator %s still names, the year 0 with no assessment to name it', (_what, fewUses, use) => {
    const [problem] = frameworkOrphans(without(7), fewUses);
    expect(problem?.values).toMatchObject({ number: 7, uses: use });
  });

  it('names an O-item a finding or a measure still names', () => {
    const items = { findings: [{ target: { kind: 'oItem' as const, code: 'O35' } }], measures: [{ links: { indicators: [], oItems: ['O35'], findingIds: [] } }] };
    expect(frameworkOrphans(without(0, ['O35']), items)).toEqual([{ path: 'oItems', code: 'oItemInUse', values: { code: 'O35', uses: 'findings,measures', year: 0 } }]);
  });

  it('lets an unused indicator or O-item go', () => {
    const bare = { findings: [], measures: [] };
    expect(frameworkOrphans(without(7, ['O35']), bare)).toEqual([]);
  });
});
