import { healthOf, type HealthReading } from './measureHealth';
import { byDocumentOrder, byNewest } from './measureWrites';
import type { Assessment } from './schemas/assessment';
import type { Measure, ProgressUpdate } from './schemas/measure';

export interface RunningMeasure {
  measure: Measure;
  /** The fiscal year of the assessment the measure belongs to. */
  fiscalYear: number;
  latest: ProgressUpdate | null;
  reading: HealthReading;
}

/**
 * Measures of years before `beforeYear` whose work is still open today: any health but done (done,
 * cancelled or at 100 %). A measure carried over into a later year is listed all the same: the
 * carried copy starts its own history, and the old one stays open until someone closes it.
 * Archived measures, and measures of an assessment not passed in, are left out.
 *
 * `latest` is the newest update of each measure; given several, the newest (by date, then by
 * when it was recorded) is read. Newest year first, then in the document's order.
 */
export function runningFromEarlierYears(
  assessments: readonly Assessment[],
  measures: readonly Measure[],
  latest: readonly ProgressUpdate[],
  beforeYear: number,
  today: Date,
): RunningMeasure[] {
  const yearOf = new Map(assessments.filter((a) => a.fiscalYear < beforeYear).map((a) => [a.id, a.fiscalYear]));
  const newest = new Map<string, ProgressUpdate>();
  for (const update of latest) {
    const seen = newest.get(update.measureId);
    if (!seen || byNewest(update, seen) < 0) newest.set(update.measureId, update);
  }
  const running: RunningMeasure[] = [];
  for (const measure of measures) {
    const fiscalYear = yearOf.get(measure.assessmentId);
    if (fiscalYear === undefined || measure.archived) continue;
    const update = newest.get(measure.id) ?? null;
    const reading = healthOf(measure.timeframe, update, today);
    if (reading.health !== 'done') running.push({ measure, fiscalYear, latest: update, reading });
  }
  return running.sort((a, b) => b.fiscalYear - a.fiscalYear || byDocumentOrder(a.measure, b.measure));
}
