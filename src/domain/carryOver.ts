import type { Framework } from './schemas/framework';
import type { Measure, ProgressUpdate } from './schemas/measure';
import type { MeasureInput } from './schemas/measureInput';
import { indicatorsOf } from './scoring';

/** Unfinished: still in the plan, and its last update says neither done, cancelled nor 100 %. */
export function isUnfinished(measure: Measure, latest: Pick<ProgressUpdate, 'status' | 'percent'> | null): boolean {
  if (measure.archived) return false;
  return !latest || (latest.status !== 'done' && latest.status !== 'cancelled' && latest.percent < 100);
}

/**
 * The new year's copy of an unfinished measure: same words, steps (with their ticks), units,
 * timeframe and follow-up, and a link back to the measure whose history it carries on. Links to
 * the old year's O-items and findings stay behind, since codes mean something else in another
 * year; indicators are kept where the new year's framework has them.
 */
export function carryOver(measure: Measure, assessmentId: string, framework: Framework): MeasureInput {
  const indicators = new Set(indicatorsOf(framework).map((d) => d.number));
  return {
    assessmentId,
    kind: measure.kind,
    title: measure.title,
    description: measure.description,
    steps: measure.steps.map((s) => ({ text: s.text, done: s.done })),
    unitIds: measure.unitIds,
    timeframe: measure.timeframe.raw,
    followUp: measure.followUp,
    links: { indicators: measure.links.indicators.filter((n) => indicators.has(n)), oItems: [], findingIds: [] },
    carriedFrom: measure.id,
  };
}
