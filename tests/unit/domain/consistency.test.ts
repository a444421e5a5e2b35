import { checkAssessment } from '../../../src/domain/consistency';
import { frameworkFor } from '../../../src/domain/frameworks/registry';
import type { Assessment } from '../../../src/domain/schemas/assessment';
import type { Finding } from '../../../src/domain/schemas/finding';

const framework = frameworkFor(2565);
const scores = [93.75, 99.65, 100, 98.33, 78.2, 91.72, 89.7, 88.5, 100, 93.75];

function assessment(overrides: Partial<Assessment> = {}): Assessment {
  return {
    id: 'asm',
    organisationId: 'org',
    fiscalYear: 2565,
    reportedTotal: 93.95,
    reportedLevel: 'A',
    reportedPassCount: { passed: 9, failed: 0 },
    resultStatement: '',
    overview: '',
    indicatorScores: scores.map((score, i) => ({ indicator: i + 1, score })),
    subIssueNotes: [],
    oItemResults: [],
    recommendations: [],
    summaries: [],
    source: '',
    ...overrides,
  };
}

function finding(indicator: number, statedScore: number | null, id = `f${indicator}`): Finding {
  return {
    id,
    assessmentId: 'asm',
    instrument: 'EIT',
    order: 1,
    target: { kind: 'indicator', indicator },
    title: 'x',
    statedScore,
    group: '',
    assessorComment: '',
    analysis: '',
    improvement: '',
    unitIds: [],
  };
}

describe('consistency checks on the seed', () => {
  const warnings = checkAssessment(framework, assessment(), [finding(7, 88.82), finding(8, 88.5), finding(5, 78.2)]);

  it('notes the reported total 93.95 against the computed 93.94, which rounding cannot explain', () => {
    // Each printed score is at most 0.005 off and the weights sum to 100 %, so the unrounded
    // scores give 93.9378 ± 0.005: a printed total of 93.93 or 93.94, never 93.95.
    expect(warnings).toContainEqual({
      code: 'reported-total-differs',
      reported: 93.95,
      computed: 93.94,
      difference: 0.01,
      possible: { low: 93.93, high: 93.94 },
      explainedByRounding: false,
    });
  });

  it('accepts a reported total that rounding of the printed scores can explain', () => {
    const close = checkAssessment(framework, assessment({ reportedTotal: 93.93 }), []);
    expect(close.find((w) => w.code === 'reported-total-differs')).toMatchObject({ explainedByRounding: true, difference: -0.01 });
    const far = checkAssessment(framework, assessment({ reportedTotal: 93.96 }), []);
    expect(far.find((w) => w.code === 'reported-total-differs')).toMatchObject({ explainedByRounding: false });
  });

  it('notes indicator 7 stated as 89.70 and as 88.82, and only indicator 7', () => {
    expect(warnings.filter((w) => w.code === 'indicator-stated-twice')).toEqual([
      { code: 'indicator-stated-twice', indicator: 7, tableScore: 89.7, statements: [{ findingId: 'f7', score: 88.82 }] },
    ]);
  });

  it('does not take a sub-issue’s lower score for a second score of its indicator', () => {
    // 10.1 scored 87.50 (O35 at 0 of eight items) and 10.2 100: indicator 10 is their mean, 93.75.
    const notes = [{ instrument: 'OIT' as const, indicator: 10, subject: 'ประเด็นที่ 10 การป้องกันการทุจริต', score: 87.5, text: 'x' }];
    const found = checkAssessment(framework, assessment({ subIssueNotes: notes }), []);
    expect(found.filter((w) => w.code === 'indicator-stated-twice')).toEqual([]);
  });

  it('notes the claimed 0 failed against indicator 5 at 78.20', () => {
    expect(warnings).toContainEqual({
      code: 'pass-count-contradicted',
      claimed: { passed: 9, failed: 0 },
      computed: { passed: 9, failed: 1 },
      failing: [{ indicator: 5, score: 78.2 }],
    });
  });

  it('does not complain about the level, which agrees', () => {
    expect(warnings.map((w) => w.code)).not.toContain('reported-level-differs');
    expect(warnings).toHaveLength(3);
  });
});

describe('consistency checks elsewhere', () => {
  it('is silent when the document agrees with itself', () => {
    const agreeing = assessment({ reportedTotal: 93.94, reportedPassCount: { passed: 9, failed: 1 } });
    expect(checkAssessment(framework, agreeing, [finding(7, 89.7), finding(8, null)])).toEqual([]);
  });

  it('notes a reported level the total does not support', () => {
    const warnings = checkAssessment(framework, assessment({ reportedTotal: null, reportedLevel: 'AA' }), []);
    expect(warnings).toContainEqual({ code: 'reported-level-differs', reported: 'AA', computed: 'A' });
  });

  it('ignores findings of another assessment', () => {
    const other = { ...finding(7, 50), assessmentId: 'other' };
    expect(checkAssessment(framework, assessment(), [other]).map((w) => w.code)).not.toContain('indicator-stated-twice');
  });

  it('reports missing indicators instead of comparing totals it cannot compute', () => {
    const partial = assessment({ indicatorScores: [{ indicator: 1, score: 90 }] });
    const codes = checkAssessment(framework, partial, []).map((w) => w.code);
    expect(codes).toEqual(['missing-indicators']);
  });

  it('reports scores for indicators the framework does not have', () => {
    const extra = assessment({ indicatorScores: [...assessment().indicatorScores, { indicator: 12, score: 1 }] });
    expect(checkAssessment(framework, extra, [])).toContainEqual({ code: 'unknown-indicators', indicators: [12] });
  });
});
