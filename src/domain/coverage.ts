import { isActive, linksOf } from './measureLinks';
import type { Assessment } from './schemas/assessment';
import type { Finding } from './schemas/finding';
import type { Framework } from './schemas/framework';
import type { Measure, MeasureStatus } from './schemas/measure';

export type CoverageGap =
  | { kind: 'indicator'; indicator: number; score: number }
  | { kind: 'oItem'; code: string; indicator: number | null };

/**
 * What the assessment says needs work and no active measure answers: indicators below the
 * improvement mark, and O-items that scored zero. A measure is active unless archived or its last
 * update cancelled it; a finished measure still answers what it was for.
 */
export function coverageGaps(
  framework: Framework,
  assessment: Assessment,
  measures: readonly Measure[],
  findings: readonly Finding[],
  lastStatus: ReadonlyMap<string, MeasureStatus>,
  improvementMark: number,
): CoverageGap[] {
  const answered = new Set(
    measures
      .filter((m) => isActive(m, lastStatus))
      .flatMap((m) => linksOf(m, findings, framework.oItems)),
  );
  const indicators: CoverageGap[] = [...assessment.indicatorScores]
    .filter((s) => s.score < improvementMark && !answered.has(`i${s.indicator}`))
    .sort((a, b) => a.indicator - b.indicator)
    .map((s) => ({ kind: 'indicator', indicator: s.indicator, score: s.score }));
  const oItems: CoverageGap[] = assessment.oItemResults
    .filter((r) => r.score === 0 && !answered.has(r.code))
    .map((r) => ({ kind: 'oItem', code: r.code, indicator: framework.oItems.find((o) => o.code === r.code)?.indicator ?? null }));
  return [...indicators, ...oItems];
}
