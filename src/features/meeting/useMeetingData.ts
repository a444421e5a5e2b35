import { useMemo } from 'react';
import { summariseAssessment, type AssessmentSummary } from '../../domain/assessmentSummary';
import { coverageGaps } from '../../domain/coverage';
import { buildSlides, type Slide } from '../../domain/meeting/slides';
import { monthBefore, type MeetingOptions } from '../../domain/meeting/options';
import { freshnessOf } from '../../domain/freshness';
import { measureOverview, type MeasureOverview } from '../../domain/measureOverview';
import { NO_MEETINGS } from '../../domain/schemas/meetingCalendar';
import type { Measure } from '../../domain/schemas/measure';
import type { Unit } from '../../domain/schemas/organisation';
import { useAssessments, useFindings, useFrameworks, useLatestProgress, useMeasuresOf, useSettings, useUnits } from '../../data/queries';

export interface MeetingData {
  year: number;
  summary: AssessmentSummary | null;
  overview: MeasureOverview;
  measures: Map<string, Measure>;
  units: Map<string, Unit>;
  since: string;
  /** The last meeting, which freshness counts from; null without a calendar or before the first. */
  lastMeeting: string | null;
  slides: Slide[];
  /** When the data shown was last read (ms since epoch). */
  updatedAt: number;
  /** Reading failed; what is shown is the last data that read. */
  stale: boolean;
}

export type MeetingState =
  | { status: 'loading' }
  | { status: 'empty' }
  /** Nothing could be read yet; the screen says so and tries again with its next refresh. */
  | { status: 'error'; message: string }
  | { status: 'ready'; data: MeetingData; missingYear: number | null };

/**
 * Everything the meeting screen shows, from the same queries as the rest of the app. A failed
 * refresh keeps the data already read: react-query holds it, and the screen says it is stale.
 */
export function useMeetingData(options: MeetingOptions, today: Date): MeetingState {
  const assessments = useAssessments();
  const years = assessments.data?.map((a) => a.fiscalYear) ?? [];
  const year = options.year !== null && years.includes(options.year) ? options.year : years[0];
  const assessment = assessments.data?.find((a) => a.fiscalYear === year);
  const frameworks = useFrameworks();
  const settings = useSettings();
  const units = useUnits();
  const findings = useFindings(assessment?.id);
  const measures = useMeasuresOf(assessment?.id, false);
  const latest = useLatestProgress(assessment?.id);
  const queries = [assessments, frameworks, settings, units, findings, measures, latest];
  // The local day: at 06:00 in Bangkok the UTC date is still yesterday.
  const day = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;

  const built = useMemo(() => {
    if (!assessment || !frameworks.data || !settings.data || !units.data || !findings.data || !measures.data || !latest.data) return null;
    const framework = frameworks.data.find((f) => f.fiscalYear === assessment.fiscalYear);
    const mine = options.unitId ? measures.data.filter((m) => m.unitIds.includes(options.unitId as string)) : measures.data;
    const overview = measureOverview(mine, latest.data, new Date(`${day}T00:00:00`));
    // Midday of the local day: the same day in Thailand, and the memo keeps to the day, not the minute.
    const fresh = freshnessOf(mine, latest.data, settings.data.meetings ?? NO_MEETINGS, new Date(`${day}T12:00:00`));
    // News is what came since the last meeting, when the calendar says when that was.
    const since = options.since ?? fresh.lastMeeting ?? monthBefore(new Date(`${day}T12:00:00`));
    const summary = framework ? summariseAssessment(framework, assessment, findings.data, settings.data) : null;
    const lastStatus = new Map(latest.data.map((u) => [u.measureId, u.status]));
    const gaps = framework ? coverageGaps(framework, assessment, measures.data, findings.data, lastStatus, settings.data.improvementMark) : [];
    const slides = buildSlides(options.slides, {
      hasResult: summary !== null && summary.official !== null,
      // Without a framework an indicator has no name or standing to show: no indicator slides.
      indicators: summary ? [...assessment.indicatorScores].sort((a, b) => a.indicator - b.indicator).map((s) => s.indicator) : [],
      measureCount: overview.total,
      fresh: fresh.lastMeeting ? fresh.byUnit.filter((u) => !options.unitId || u.unitId === options.unitId) : [],
      late: overview.late,
      progress: overview.recent.filter((u) => u.date >= since),
      gaps: options.unitId ? [] : gaps,
    });
    return {
      summary,
      overview,
      since,
      lastMeeting: fresh.lastMeeting,
      slides,
      measures: new Map(measures.data.map((m) => [m.id, m])),
      units: new Map(units.data.map((u) => [u.id, u])),
    };
  }, [assessment, frameworks.data, settings.data, units.data, findings.data, measures.data, latest.data, options.unitId, options.slides, options.since, day]);

  if (assessments.data && !assessment) return { status: 'empty' };
  if (!built || year === undefined) {
    const failed = queries.find((q) => q.isError && q.data === undefined);
    return failed ? { status: 'error', message: failed.error instanceof Error ? failed.error.message : String(failed.error) } : { status: 'loading' };
  }
  return {
    status: 'ready',
    data: {
      year,
      ...built,
      updatedAt: Math.max(...queries.map((q) => q.dataUpdatedAt)),
      stale: queries.some((q) => q.isError),
    },
    missingYear: options.year !== null && options.year !== year ? options.year : null,
  };
}
