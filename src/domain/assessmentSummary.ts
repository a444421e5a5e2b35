import { checkAssessment, type ConsistencyWarning } from './consistency';
import type { Assessment } from './schemas/assessment';
import type { Finding } from './schemas/finding';
import type { Framework, Level } from './schemas/framework';
import type { Settings } from './schemas/settings';
import {
  biggestGain,
  computeTotal,
  levelFor,
  nextLevel,
  passCount,
  whatIf,
  type NextLevel,
  type PassCount,
  type TotalResult,
  type WhatIfResult,
} from './scoring';

export type TotalDifference = Extract<ConsistencyWarning, { code: 'reported-total-differs' }>;

/** Everything the dashboard, the meeting screen and reports say about one year's result. */
export interface AssessmentSummary {
  assessment: Assessment;
  framework: Framework;
  settings: Settings;
  computed: TotalResult;
  computedLevel: Level | null;
  /**
   * The total a level is read from: the reported one when the report gives it, since NACC's
   * figure is the official result, else the one computed from the indicator scores.
   */
  official: { total: number; basis: 'reported' | 'computed' } | null;
  next: NextLevel | null;
  pass: PassCount;
  /** The indicator whose rise to 100 adds most, and what the computed total would become. */
  shortcut: { indicator: number; result: WhatIfResult } | null;
  warnings: ConsistencyWarning[];
  totalDifference: TotalDifference | null;
}

export function summariseAssessment(
  framework: Framework,
  assessment: Assessment,
  findings: readonly Finding[],
  settings: Settings,
): AssessmentSummary {
  const computed = computeTotal(framework, assessment.indicatorScores);
  const official =
    assessment.reportedTotal !== null
      ? { total: assessment.reportedTotal, basis: 'reported' as const }
      : computed.total !== null
        ? { total: computed.total, basis: 'computed' as const }
        : null;
  const gain = biggestGain(framework, assessment.indicatorScores);
  const warnings = checkAssessment(framework, assessment, findings);
  return {
    assessment,
    framework,
    settings,
    computed,
    computedLevel: computed.total === null ? null : levelFor(framework, computed.total),
    official,
    next: official === null ? null : nextLevel(framework, official.total),
    pass: passCount(framework, assessment.indicatorScores),
    shortcut: gain
      ? {
          indicator: gain.indicator,
          result: whatIf(framework, assessment.indicatorScores, [{ indicator: gain.indicator, score: 100 }]),
        }
      : null,
    warnings,
    totalDifference: warnings.find((w): w is TotalDifference => w.code === 'reported-total-differs') ?? null,
  };
}
