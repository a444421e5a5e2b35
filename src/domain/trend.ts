import { scoreDifference } from './rounding';
import type { Assessment } from './schemas/assessment';
import type { Framework, Level } from './schemas/framework';
import { computeTotal, levelFor } from './scoring';

export interface YearResult {
  fiscalYear: number;
  /** The reported total where the report gives one, else the one computed from the scores. */
  total: number | null;
  basis: 'reported' | 'computed' | null;
  level: Level | null;
  /** Points up (or down) from the year before it in the list; null for the first or a gap. */
  change: number | null;
  /** The year it is compared with, which need not be the calendar year before. */
  previous: { fiscalYear: number; total: number | null; level: Level | null } | null;
}

/**
 * The agency's result year by year, oldest first, as each year's report states it. A year with no
 * framework can still show a reported total and level, but not a computed one.
 */
export function yearTrend(assessments: readonly Assessment[], frameworkFor: (year: number) => Framework | undefined): YearResult[] {
  const sorted = [...assessments].sort((a, b) => a.fiscalYear - b.fiscalYear);
  const results: YearResult[] = [];
  for (const assessment of sorted) {
    const framework = frameworkFor(assessment.fiscalYear);
    const computed = framework ? computeTotal(framework, assessment.indicatorScores).total : null;
    const total = assessment.reportedTotal ?? computed;
    const basis = assessment.reportedTotal !== null ? 'reported' : computed !== null ? 'computed' : null;
    const level = assessment.reportedLevel ?? (framework && total !== null ? levelFor(framework, total) : null);
    const previous = results.at(-1);
    results.push({
      fiscalYear: assessment.fiscalYear,
      total,
      basis,
      level,
      change: previous?.total != null && total !== null ? scoreDifference(total, previous.total) : null,
      previous: previous ? { fiscalYear: previous.fiscalYear, total: previous.total, level: previous.level } : null,
    });
  }
  return results;
}
