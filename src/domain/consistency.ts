import type { Assessment } from './schemas/assessment';
import type { Finding } from './schemas/finding';
import type { Framework, Level } from './schemas/framework';
import { scoreDifference } from './rounding';
import { computeTotal, levelFor, passCount } from './scoring';

/**
 * Where a document disagrees with itself or with what its scores imply. These are warnings for
 * the user to read, never errors: the app keeps what the document says and shows both sides.
 */
export type ConsistencyWarning =
  | { code: 'reported-total-differs'; reported: number; computed: number; difference: number }
  | { code: 'reported-level-differs'; reported: Level; computed: Level }
  | {
      code: 'indicator-stated-twice';
      indicator: number;
      tableScore: number;
      statements: { findingId: string; score: number }[];
    }
  | {
      code: 'pass-count-contradicted';
      claimed: { passed: number; failed: number };
      computed: { passed: number; failed: number };
      failing: number[];
    }
  | { code: 'missing-indicators'; indicators: number[] }
  | { code: 'unknown-indicators'; indicators: number[] };

/**
 * A difference this small is what rounding the ten published scores produces; NACC computes the
 * total from unrounded scores, so the reported total may sit a hundredth or so away from ours.
 */
export const ROUNDING_TOLERANCE = 0.05;

export function checkAssessment(
  framework: Framework,
  assessment: Assessment,
  findings: readonly Finding[],
): ConsistencyWarning[] {
  const warnings: ConsistencyWarning[] = [];
  const { total, missing, unknown } = computeTotal(framework, assessment.indicatorScores);
  if (missing.length) warnings.push({ code: 'missing-indicators', indicators: missing });
  if (unknown.length) warnings.push({ code: 'unknown-indicators', indicators: unknown });

  if (total !== null && assessment.reportedTotal !== null) {
    const difference = scoreDifference(assessment.reportedTotal, total);
    if (difference !== 0) {
      warnings.push({ code: 'reported-total-differs', reported: assessment.reportedTotal, computed: total, difference });
    }
  }
  if (total !== null && assessment.reportedLevel !== null) {
    const computed = levelFor(framework, total);
    if (computed !== assessment.reportedLevel) {
      warnings.push({ code: 'reported-level-differs', reported: assessment.reportedLevel, computed });
    }
  }

  for (const { indicator, score } of assessment.indicatorScores) {
    const statements = findings.flatMap((f) =>
      f.assessmentId === assessment.id &&
      f.target.kind === 'indicator' &&
      f.target.indicator === indicator &&
      f.statedScore !== null &&
      f.statedScore !== score
        ? [{ findingId: f.id, score: f.statedScore }]
        : [],
    );
    if (statements.length) {
      warnings.push({ code: 'indicator-stated-twice', indicator, tableScore: score, statements });
    }
  }

  if (assessment.reportedPassCount && !missing.length) {
    const computed = passCount(framework, assessment.indicatorScores);
    const claimed = assessment.reportedPassCount;
    if (claimed.passed !== computed.passed || claimed.failed !== computed.failed) {
      warnings.push({
        code: 'pass-count-contradicted',
        claimed,
        computed: { passed: computed.passed, failed: computed.failed },
        failing: computed.failing,
      });
    }
  }
  return warnings;
}
