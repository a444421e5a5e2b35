import { useMemo } from 'react';
import { summariseAssessment, type AssessmentSummary } from '../../domain/assessmentSummary';
import { coverageGaps } from '../../domain/coverage';
import { buildSlides, type Slide } from '../../domain/meeting/slides';
import { monthBefore, type MeetingOptions } from '../../domain/meeting/options';
import { freshnessOf } from '../../domain/freshness';
import { measureOverview, type MeasureOverview } from '../../domain/measureOverview';
import { NO_MEETINGS } from '../../domain/schemas/meetingCalendar';
import type { Assessment } from '../../domain/schemas/assessment';
import type { Measure } from '../../domain/schemas/measure';
import type { Unit } from '../../domain/schemas/organisation';
import { yearTrend, type YearResult } from '../../domain/trend';
import { followUpYear } from '../../domain/followUpYear';
import { yearProgress, type YearProgress } from '../../domain/yearProgress';
import { yearContributions, type YearContribution } from '../../domain/yearContributions';
import { useAssessments, useFindings, useFrameworks, useLatestProgress, useMeasuresOf, useSettings, useUnits, useYearProgress } from '../../data/queries';
import { newsSince } from '../../domain/meeting/news';
import { useRunningMeasures } from './useRunningMeasures';

export interface MeetingData {
  /** The year of the score slides. */
  year: number;
  /** The year whose measures the measure slides follow. */
  measuresYear: number;
  /**
   * True when that year has no measures of its own yet, so the measure slides follow the ones
   * still running from earlier years, each labelled with its year (yearOf).
   */
  running: boolean;
  /** The fiscal year of each measure shown (of the unit's, when the URL names one). */
  yearOf: Map<string, number>;
  /** The years of the measures counted by health, newest first. */
  measureYears: number[];
  summary: AssessmentSummary | null;
  overview: MeasureOverview;
  measures: Map<string, Measure>;
  units: Map<string, Unit>;
  since: string;
  /** The last meeting, which freshness counts from; null without a calendar or before the first. */
  lastMeeting: string | null;
  /** The years with a total, oldest first, and what each instrument gave them. */
  trend: YearResult[];
  contributions: YearContribution[];
  /**
   * The course month by month of the measures being followed: the measures year's own, or, while
   * it has none, those of the newest earlier assessment with measures; null without measures.
   */
  progress: YearProgress | null;
  /** The year of the assessment whose measures `progress` follows. */
  progressOf: number | null;
  slides: Slide[];
  /** When the data shown was last read (ms since epoch). */
  updatedAt: number;
  /** Reading failed; what is shown is the last data that read. */
  stale: boolean;
}

export type MeetingState =
  | { status: 'loading' }
  | { status: 'empty' }
  /** Nothing could be read yet; the screen words why and tries again with its next refresh. */
  | { status: 'error'; error: unknown }
  | { status: 'ready'; data: MeetingData; missing: string[] };

const hasResult = (a: Assessment) => a.reportedTotal !== null || a.indicatorScores.length > 0;

/**
 * Everything the meeting screen shows, from the same queries as the rest of the app. A failed
 * refresh keeps the data already read: react-query holds it, and the screen says it is stale.
 *
 * Scores and measures may come from different years: a fiscal year just started has no result
 * and no measures yet, while the meeting still follows last year's result and the measures
 * still running.
 */
export function useMeetingData(options: MeetingOptions, today: Date): MeetingState {
  const assessments = useAssessments();
  const all = useMemo(() => assessments.data ?? [], [assessments.data]);
  const asked = (y: number | null) => (y !== null ? all.find((a) => a.fiscalYear === y) : undefined);
  // Newest first, as the store lists them.
  const scored = asked(options.year) ?? all.find(hasResult) ?? all[0];
  const followed = asked(options.measuresYear) ?? all[0];
  const frameworks = useFrameworks();
  const settings = useSettings();
  const units = useUnits();
  const findings = useFindings(scored?.id);
  const scoredMeasures = useMeasuresOf(scored?.id, false);
  const scoredLatest = useLatestProgress(scored?.id);
  const ownMeasures = useMeasuresOf(followed?.id, false);
  const ownLatest = useLatestProgress(followed?.id);
  // Only once the year is known to have none of its own: the earlier years are then read too.
  // The local day: at 06:00 in Bangkok the UTC date is still yesterday.
  const day = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
  const running = useRunningMeasures(all, followed && ownMeasures.data?.length === 0 ? followed.fiscalYear : null, day);
  // The assessment whose measures are in their year now: the followed year's own, or while it has
  // none, the newest earlier one with measures (2565's, in 2566's first months). Its measures are
  // read whole, done ones included, so the year's done share and the news count them.
  const tracked = running.status === 'running' ? running.tracked : running.status === 'own' ? followed : undefined;
  const trackedMeasures = useMeasuresOf(tracked?.id, false);
  const trackedLatest = useLatestProgress(tracked?.id);
  const yearUpdates = useYearProgress(tracked?.id);
  const queries = [assessments, frameworks, settings, units, findings, scoredMeasures, scoredLatest, ownMeasures, ownLatest, trackedMeasures, trackedLatest, yearUpdates];

  const built = useMemo(() => {
    if (!scored || !followed || !frameworks.data || !settings.data || !units.data || !findings.data) return null;
    if (!scoredMeasures.data || !scoredLatest.data || !ownMeasures.data || !ownLatest.data) return null;
    // The year's course is waited for, so the slides do not reshuffle when it arrives; one that
    // cannot be read only leaves its slide out.
    if (running.status === 'loading') return null;
    if (tracked && (!trackedMeasures.data || !trackedLatest.data || (!yearUpdates.data && !yearUpdates.isError))) return null;
    const followedMeasures = running.status === 'running' ? running.measures : ownMeasures.data;
    const followedLatest = running.status === 'running' ? running.latest : ownLatest.data;
    const frameworkFor = (y: number) => frameworks.data.find((f) => f.fiscalYear === y);
    const framework = frameworkFor(scored.fiscalYear);
    const ofUnit = (list: Measure[]) => (options.unitId ? list.filter((m) => m.unitIds.includes(options.unitId as string)) : list);
    const mine = ofUnit(followedMeasures);
    const trackedAll = tracked ? (trackedMeasures.data ?? []) : [];
    const trackedMine = ofUnit(trackedAll);
    const overview = measureOverview(mine, followedLatest, new Date(`${day}T00:00:00`));
    // Midday of the local day: the same day in Thailand, and the memo keeps to the day, not the minute.
    const fresh = freshnessOf(mine, followedLatest, settings.data.meetings ?? NO_MEETINGS, new Date(`${day}T12:00:00`));
    // News is what came since the last meeting, when the calendar says when that was.
    const since = options.since ?? fresh.lastMeeting ?? monthBefore(new Date(`${day}T12:00:00`));
    const summary = framework ? summariseAssessment(framework, scored, findings.data, settings.data) : null;
    const lastStatus = new Map(scoredLatest.data.map((u) => [u.measureId, u.status]));
    const gaps = framework ? coverageGaps(framework, scored, scoredMeasures.data, findings.data, lastStatus, settings.data.improvementMark) : [];
    const trend = yearTrend(all, frameworkFor).filter((r) => r.total !== null);
    const contributions = yearContributions(all, frameworkFor);
    const progress =
      tracked && yearUpdates.data && trackedMine.length > 0
        ? yearProgress(followUpYear(tracked.fiscalYear, trackedAll), trackedMine, yearUpdates.data, new Date(`${day}T12:00:00`))
        : null;

    // A measure finished since the last meeting is news, though it no longer runs.
    const news =
      running.status === 'running'
        ? newsSince([...mine, ...trackedMine], [...followedLatest, ...(trackedLatest.data ?? [])], since)
        : overview.recent.filter((u) => u.date >= since);
    const slides = buildSlides(options.slides, {
      hasResult: summary !== null && summary.official !== null,
      hasTrend: trend.length >= 2,
      // Without a framework an indicator has no name or standing to show: no indicator slides.
      indicators: summary ? [...scored.indicatorScores].sort((a, b) => a.indicator - b.indicator).map((s) => s.indicator) : [],
      measureCount: overview.total,
      yearMeasureCount: progress?.total ?? 0,
      fresh: fresh.lastMeeting ? fresh.byUnit.filter((u) => !options.unitId || u.unitId === options.unitId) : [],
      late: overview.late,
      progress: news,
      gaps: options.unitId ? [] : gaps,
    });
    // Of the unit's measures only, as the counts beside them are.
    const yearOf = new Map(
      running.status === 'running'
        ? [...(tracked ? trackedMine.map((m): [string, number] => [m.id, tracked.fiscalYear]) : []), ...mine.map((m): [string, number] => [m.id, running.yearOf.get(m.id) ?? followed.fiscalYear])]
        : mine.map((m): [string, number] => [m.id, followed.fiscalYear]),
    );
    const measureYears = [...new Set(mine.map((m) => yearOf.get(m.id) ?? followed.fiscalYear))].sort((a, b) => b - a);
    return {
      measuresYear: followed.fiscalYear,
      running: running.status === 'running',
      yearOf,
      measureYears,
      summary,
      overview,
      since,
      lastMeeting: fresh.lastMeeting,
      trend,
      contributions,
      progress,
      progressOf: progress && tracked ? tracked.fiscalYear : null,
      slides,
      measures: new Map([...trackedAll, ...followedMeasures].map((m) => [m.id, m])),
      units: new Map(units.data.map((u) => [u.id, u])),
    };
  }, [scored, followed, all, frameworks.data, settings.data, units.data, findings.data, scoredMeasures.data, scoredLatest.data, ownMeasures.data, ownLatest.data, running, tracked, trackedMeasures.data, trackedLatest.data, yearUpdates.data, yearUpdates.isError, options.unitId, options.slides, options.since, day]);

  if (assessments.data && !scored) return { status: 'empty' };
  if (!built || !scored) {
    const failed = queries.find((q) => q.isError && q.data === undefined);
    const error = failed?.error ?? running.error;
    return error ? { status: 'error', error } : { status: 'loading' };
  }
  // A well-formed year the data does not have is named too, like any value the URL cannot use.
  const missing = [
    ...(options.year !== null && options.year !== scored.fiscalYear ? [`year=${options.year}`] : []),
    ...(options.measuresYear !== null && options.measuresYear !== built.measuresYear ? [`measures=${options.measuresYear}`] : []),
  ];
  return {
    status: 'ready',
    data: {
      year: scored.fiscalYear,
      ...built,
      updatedAt: Math.max(...queries.map((q) => q.dataUpdatedAt)),
      stale: queries.some((q) => q.isError) || running.error !== null,
    },
    missing,
  };
}
