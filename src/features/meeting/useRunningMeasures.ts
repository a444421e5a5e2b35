import { useMemo } from 'react';
import { runningFromEarlierYears } from '../../domain/runningMeasures';
import type { Assessment } from '../../domain/schemas/assessment';
import type { Measure, ProgressUpdate } from '../../domain/schemas/measure';
import { useLatestProgressOfAssessments, useMeasuresOfAssessments } from '../../data/queries';

export type Running =
  | { status: 'own'; error: null }
  | { status: 'loading'; error: unknown }
  | {
      status: 'running';
      measures: Measure[];
      latest: ProgressUpdate[];
      yearOf: Map<string, number>;
      /**
       * The newest earlier assessment with measures: the one whose follow-up the meeting is in,
       * so its year's course and its news (done measures included) are shown. Null without one.
       */
      tracked: Assessment | null;
      error: unknown;
    };

const OWN: Running = { status: 'own', error: null };

/**
 * The measures still running from the years before `beforeYear`, for a year with none of its own
 * yet (null: the year has its own, and nothing more is read). Their latest updates come along, so
 * the measure slides count them as they count a year's own. `day` is today, as YYYY-MM-DD.
 */
export function useRunningMeasures(assessments: readonly Assessment[], beforeYear: number | null, day: string): Running {
  const earlier = useMemo(
    () => (beforeYear === null ? [] : assessments.filter((a) => a.fiscalYear < beforeYear)),
    [assessments, beforeYear],
  );
  const ids = useMemo(() => earlier.map((a) => a.id), [earlier]);
  const measures = useMeasuresOfAssessments(ids);
  const latest = useLatestProgressOfAssessments(ids);
  return useMemo((): Running => {
    if (beforeYear === null) return OWN;
    const error = measures.error ?? latest.error;
    if (!measures.data || !latest.data) return { status: 'loading', error };
    const running = runningFromEarlierYears(earlier, measures.data, latest.data, beforeYear, new Date(`${day}T12:00:00`));
    const shown = new Set(running.map((r) => r.measure.id));
    const withMeasures = new Set(measures.data.map((m) => m.assessmentId));
    const tracked = [...earlier].sort((a, b) => b.fiscalYear - a.fiscalYear).find((a) => withMeasures.has(a.id)) ?? null;
    return {
      status: 'running',
      measures: running.map((r) => r.measure),
      latest: latest.data.filter((u) => shown.has(u.measureId)),
      yearOf: new Map(running.map((r) => [r.measure.id, r.fiscalYear])),
      tracked,
      error,
    };
  }, [beforeYear, earlier, measures.data, measures.error, latest.data, latest.error, day]);
}
