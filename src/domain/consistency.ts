import type { Assessment } from './schemas/assessment';
import type { Finding } from './schemas/finding';
import type { Framework, Level } from './schemas/framework';
import { scoreDifference } from './rounding';
import { computeTotal, levelFor, passCount, possibleTotals } from './scoring';

/**
 * Where a document disagrees with itself or with what its scores imply. These are warnings for
 * the user to read, never errors: the app keeps what the document says and shows both sides.
 */
export type ConsistencyWarning =
  | {
      code: 'reported-total-differs';
      reported: number;
      computed: number;
      difference: number;
      /** The printed totals that rounding of the printed indicator scores could produce. */
      possible: { low: number; high: number };
      explainedByRounding: boolean;
    }
  | { code: 'reported-level-differs'; reported: Level; computed: Level }
  | {
      code: 'indicator-stated-twice';
      indicator: number;
      tableScore: number;
      /** The findings that give this indicator a different score. */
      statements: { findingId: string; score: number }[];
    }
  | {
      code: 'pass-count-contradicted';
      claimed: { passed: number; failed: number };
      computed: { passed: number; failed: number };
      failing: { indicator: number; score: number }[];
    }
  | { code: 'missing-indicators'; indicators: number[] }
  | { code: 'unknown-indicators'; indicators: number[] };

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
    const possible = possibleTotals(framework, assessment.indicatorScores);
    if (difference !== 0 && possible) {
      const reported = assessment.reportedTotal;
      warnings.push({
        code: 'reported-total-differs',
        reported,
        computed: total,
        difference,
        possible,
        explainedByRounding: reported >= possible.low && reported <= possible.high,
      });
    }
  }
  if (total !== null && assessment.reportedLevel !== null) {
    const computed = levelFor(framework, total);
    if (computed !== assessment.reportedLevel) {
      warnings.push({ code: 'reported-level-differs', reported: assessment.reportedLevel, computed });
    }
  }

  for (const { indicator, score } of assessment.indicatorScores) {
    const fromFindings = findings.flatMap((f) =>
      f.assessmentId === assessment.id &&
      f.target.kind === 'indicator' &&
      f.target.indicator === indicator &&
      f.statedScore !== null &&
      f.statedScore !== score
        ? [{ findingId: f.id, score: f.statedScore }]
        : [],
    );
    // A sub-issue note's score is a part of the indicator (10.1 at 87.50 with 10.2 at 100 makes
    // indicator 10's 93.75), so a lower figure there is no disagreement.
    const statements = fromFindings;
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
        failing: assessment.indicatorScores
          .filter((s) => computed.failing.includes(s.indicator))
          .map(({ indicator, score }) => ({ indicator, score })),
      });
    }
  }
  return warnings;
}
