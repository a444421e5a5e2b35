import { instrumentShares } from './breakdown';
import { roundScore } from './rounding';
import type { Assessment } from './schemas/assessment';
import type { Framework, InstrumentCode } from './schemas/framework';
import { indicatorsOf } from './scoring';

export interface YearContribution {
  fiscalYear: number;
  /** In the framework's order of instruments. */
  parts: { code: InstrumentCode; points: number; weight: number }[];
}

/**
 * What each instrument added to the total, year by year, for stacked bars: oldest year first.
 * Points are rounded as scores are printed, so the parts may differ from the total by a
 * hundredth. A year with some indicators unscored shows the points of those scored; a year with
 * no framework to weigh its scores, or no score for any of its indicators, is left out rather
 * than drawn as zero.
 */
export function yearContributions(assessments: readonly Assessment[], frameworkFor: (year: number) => Framework | undefined): YearContribution[] {
  return [...assessments]
    .sort((a, b) => a.fiscalYear - b.fiscalYear)
    .flatMap((assessment) => {
      const framework = frameworkFor(assessment.fiscalYear);
      if (!framework) return [];
      const known = new Set(indicatorsOf(framework).map((d) => d.number));
      if (!assessment.indicatorScores.some((s) => known.has(s.indicator))) return [];
      const parts = instrumentShares(framework, assessment.indicatorScores).map(({ code, points, weight }) => ({
        code,
        points: roundScore(points),
        weight,
      }));
      return [{ fiscalYear: assessment.fiscalYear, parts }];
    });
}
