import seed from '../../../mocks/fixtures/phok-noi-2565.json';
import { summariseAssessment } from '../../../src/domain/assessmentSummary';
import { frameworkFor } from '../../../src/domain/frameworks/registry';
import { importSeedDocument } from '../../../src/domain/seed';
import { DEFAULT_SETTINGS } from '../../../src/domain/schemas/settings';

const imported = importSeedDocument(seed, '2026-11-24T00:00:00.000Z');
if (!imported.ok) throw new Error('seed does not import');
const { data } = imported;
const [assessment] = data.assessments;
if (!assessment) throw new Error('seed has no assessment');
const framework = frameworkFor(2565);

describe('the summary of the seed assessment', () => {
  const summary = summariseAssessment(framework, assessment, data.findings, DEFAULT_SETTINGS);

  it('reads the level and the distance to AA from the reported, official total', () => {
    expect(summary.official).toEqual({ total: 93.95, basis: 'reported' });
    expect(summary.next).toEqual({ level: 'AA', min: 95, pointsNeeded: 1.05 });
  });

  it('computes 93.94, level A, from the indicator scores', () => {
    expect(summary.computed.total).toBe(93.94);
    expect(summary.computedLevel).toBe('A');
  });

  it('names indicator 5 as the shortest road up: 95.25, level AA', () => {
    expect(summary.shortcut).toEqual({ indicator: 5, result: { total: 95.25, level: 'AA', change: 1.31 } });
  });

  it('lists every disagreement in the document, in a stable order', () => {
    expect(summary.warnings.map((w) => (w.code === 'indicator-stated-twice' ? `${w.code} ${w.indicator}` : w.code))).toEqual([
      'reported-total-differs',
      'indicator-stated-twice 7',
      'pass-count-contradicted',
    ]);
    expect(summary.totalDifference?.explainedByRounding).toBe(false);
  });
});

describe('a summary without a reported total', () => {
  it('falls back to the computed total, and says so', () => {
    const summary = summariseAssessment(framework, { ...assessment, reportedTotal: null }, [], DEFAULT_SETTINGS);
    expect(summary.official).toEqual({ total: 93.94, basis: 'computed' });
    expect(summary.next?.pointsNeeded).toBe(1.06);
    expect(summary.totalDifference).toBeNull();
  });

  it('has no official total when scores are missing too', () => {
    const partial = { ...assessment, reportedTotal: null, indicatorScores: assessment.indicatorScores.slice(2) };
    const summary = summariseAssessment(framework, partial, [], DEFAULT_SETTINGS);
    expect(summary.official).toBeNull();
    expect(summary.next).toBeNull();
    expect(summary.computedLevel).toBeNull();
    expect(summary.shortcut?.result.total).toBeNull();
  });
});
