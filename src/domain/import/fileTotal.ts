import { scoreDifference } from '../rounding';
import type { Assessment } from '../schemas/assessment';
import type { Framework } from '../schemas/framework';
import { computeTotal, possibleTotals } from '../scoring';
import type { ImportRow } from './scoreImport';

export type TotalCheck =
  | { kind: 'matches'; stated: number; computed: number }
  | { kind: 'differs'; stated: number; computed: number; difference: number; explainedByRounding: boolean }
  /** The year would still lack these indicators after the import, so there is no total to compare. */
  | { kind: 'incomplete'; stated: number; missing: number[] };

/**
 * The total a file states against the one its scores give, once they join the year's other
 * scores: checked as any reported total is, rounding of the printed scores included.
 */
export function checkFileTotal(framework: Framework, assessment: Assessment, rows: readonly ImportRow[], stated: number): TotalCheck {
  const scores = new Map(assessment.indicatorScores.map((s) => [s.indicator, s.score]));
  for (const { value } of rows) if (value?.kind === 'indicator') scores.set(value.indicator, value.score);
  const merged = [...scores].map(([indicator, score]) => ({ indicator, score }));
  const { total, missing } = computeTotal(framework, merged);
  if (total === null) return { kind: 'incomplete', stated, missing };
  const difference = scoreDifference(stated, total);
  if (difference === 0) return { kind: 'matches', stated, computed: total };
  const possible = possibleTotals(framework, merged);
  const explainedByRounding = possible !== null && stated >= possible.low && stated <= possible.high;
  return { kind: 'differs', stated, computed: total, difference, explainedByRounding };
}
