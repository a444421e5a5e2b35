import { frameworkFor } from '../../../src/domain/frameworks/registry';
import { indicatorLink, linksOf, measuresPerIndicator } from '../../../src/domain/measureLinks';
import type { Measure } from '../../../src/domain/schemas/measure';
import { seedData } from '../../support/seed';

const { measures, findings } = seedData();
const { oItems } = frameworkFor(2565);
const measure = (id: string) => {
  const found = measures.find((m) => m.id === id);
  if (!found) throw new Error(id);
  return found;
};
const withLinks = (links: Partial<Measure['links']>, archived = false): Measure => ({
  ...measure('msr-plan-1'),
  links: { indicators: [], oItems: [], findingIds: [], ...links },
  archived,
});

describe('what a measure answers', () => {
  it('writes an indicator apart from O-item codes', () => {
    expect(indicatorLink(8)).toBe('i8');
  });

  it('names nothing for a measure linked to nothing', () => {
    expect(linksOf(measure('msr-plan-1'), findings, oItems)).toEqual([]);
  });

  it('reaches an indicator through the finding a measure answers', () => {
    expect(linksOf(withLinks({ findingIds: ['fnd-eit-2'] }), findings, oItems)).toEqual(['i8']);
  });

  it('counts an O-item for the indicator it belongs to, whether linked directly or through a finding', () => {
    expect(linksOf(measure('msr-fnd-oit-1'), findings, oItems)).toEqual(['i10', 'O35']);
    expect(linksOf(withLinks({ findingIds: ['fnd-oit-1'] }), findings, oItems)).toEqual(['i10', 'O35']);
    expect(linksOf(withLinks({ oItems: ['O1'] }), findings, oItems)).toEqual(['i9', 'O1']);
  });

  it('keeps an O-item it cannot place when the year has no O-item list', () => {
    expect(linksOf(measure('msr-fnd-oit-1'), findings)).toEqual(['O35']);
  });

  it('names each link once, however many ways the measure reaches it', () => {
    expect(linksOf(measure('msr-fnd-eit-1'), findings, oItems)).toEqual(['i7']);
    expect(linksOf(withLinks({ indicators: [10], oItems: ['O35'], findingIds: ['fnd-oit-1'] }), findings, oItems)).toEqual(['i10', 'O35']);
  });
});

describe('measures per indicator', () => {
  it('counts the seed: two each for indicators 5 and 7, one for 10, none for 8', () => {
    const counts = measuresPerIndicator(measures, findings, oItems);
    expect(Object.fromEntries(counts)).toEqual({ 5: 2, 7: 2, 10: 1 });
    expect(counts.get(8)).toBeUndefined();
  });

  it('leaves archived measures out, and counts a new one for indicator 8', () => {
    const counts = measuresPerIndicator(
      [...measures.map((m) => (m.id === 'msr-fnd-oit-1' ? { ...m, archived: true } : m)), withLinks({ indicators: [8] })],
      findings,
      oItems,
    );
    expect(Object.fromEntries(counts)).toEqual({ 5: 2, 7: 2, 8: 1 });
  });
});

describe('active measures', () => {
  it('leaves a cancelled measure out of the count, as the gaps do', () => {
    const counts = measuresPerIndicator(measures, findings, oItems, new Map([['msr-fnd-oit-1', 'cancelled' as const]]));
    expect(counts.get(10)).toBeUndefined();
    expect(counts.get(5)).toBe(2);
  });
});
