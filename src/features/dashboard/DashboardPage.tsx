import { lazy, Suspense, useDeferredValue } from 'react';
import { useSearchParams } from 'react-router';
import { NoFrameworkError } from '../../domain/frameworks/registry';
import { yearTrend, type YearResult } from '../../domain/trend';
import { useAssessments, useFrameworks, useOrganisation } from '../../data/queries';
import { useI18n } from '../../i18n/i18n';
import { useSessionActor } from '../../data/sessionContext';
import { yearFromUrl } from '../../ui/yearFromUrl';
import { ErrorState } from '../../ui/ErrorState';
import { LoadingState } from '../../ui/LoadingState';
import { ConsistencyNote, PlannerWarnings } from './ConsistencyNote';
import { NoScoresYet } from './NoScoresYet';
import { planningOnlyRefusal } from '../../domain/access';
import { InstrumentShares } from './InstrumentShares';
import { ScoreSummary } from './ScoreSummary';
import { useDashboard, type MeasureCounts } from './useDashboard';
import type { AssessmentSummary } from '../../domain/assessmentSummary';
import { YearPicker } from './YearPicker';
// With the page, not its lower chunk: the first screen's note and empty state are styled here.
import './dashboard.css';

const DashboardMore = lazy(() => import('./more/DashboardMore'));
// A department head's own list; nobody else's visit downloads it.
const MyWork = lazy(() => import('./MyWork'));


export function DashboardPage() {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const assessments = useAssessments();
  const organisation = useOrganisation();
  const frameworks = useFrameworks();

  if (assessments.isError) return <ErrorState error={assessments.error} onRetry={() => void assessments.refetch()} />;
  if (!assessments.data) return <LoadingState />;
  const years = assessments.data.map((a) => a.fiscalYear);
  const { year, missing: missingYear } = yearFromUrl(params.get('year'), years);
  if (year === undefined) return <ErrorState message={t('error.noAssessment')} />;
  // A link to a year with no assessment still opens, but says what it shows instead (missingYear).

  return (
    <>
      <header className="page-header">
        <div>
          <h1>{t('dashboard.heading', { year })}</h1>
          {organisation.data && <p className="org-line" lang="th">{t('dashboard.organisation', organisation.data)}</p>}
        </div>
        <YearPicker years={years} value={year} />
      </header>
      {missingYear !== null && (
        <p role="status" className="notice">
          {t('dashboard.yearMissing', { asked: missingYear, shown: year })}
        </p>
      )}
      {/* Keyed by year, so what-if scores typed for one year never apply to another. */}
      <YearDashboard key={year} year={year} trend={yearTrend(assessments.data, (y) => frameworks.data?.find((f) => f.fiscalYear === y))} />
    </>
  );
}

function YearDashboard({ year, trend }: { year: number; trend: YearResult[] }) {
  const { t } = useI18n();
  const actor = useSessionActor();
  const state = useDashboard(year);
  if (state.status === 'loading') return <LoadingState />;
  if (state.status === 'error') {
    if (state.error instanceof NoFrameworkError) {
      const years = [...state.error.known].sort((a, b) => a - b).join(', ');
      return <ErrorState message={t('error.noFramework', { year, years })} />;
    }
    return <ErrorState error={state.error} onRetry={state.retry} />;
  }
  return (
    <>
      {actor.role === 'department-head' && actor.unitId && (
        <Suspense fallback={null}>
          <MyWork assessmentId={state.summary.assessment.id} year={year} unitId={actor.unitId} />
        </Suspense>
      )}
      <LoadedDashboard summary={state.summary} measures={state.measures} trend={trend} year={year} canFix={planningOnlyRefusal(actor) === null} />
    </>
  );
}

interface LoadedProps {
  summary: AssessmentSummary;
  measures: MeasureCounts;
  trend: YearResult[];
  year: number;
  /** The planning officer, who enters the scores and can correct the document's figures. */
  canFix: boolean;
}

function LoadedDashboard({ summary, measures, trend, year, canFix }: LoadedProps) {
  const { t } = useI18n();
  // What a phone shows first renders at once; the rest follows in a deferred render, which React
  // splits into short slices, so the first screen's data never holds a tap or a scroll for long.
  const restReady = useDeferredValue(true, false);
  const { assessment } = summary;
  const noScores = assessment.indicatorScores.length === 0 && assessment.reportedTotal === null;
  return (
    <div className="dashboard-grid">
      {/* The score comes first for everyone; the document's disagreements are a full list only
          for the planning officer, who can correct them, and one closed line for anyone else. */}
      {noScores ? (
        <NoScoresYet year={year} canEnter={canFix} />
      ) : (
        <ScoreSummary summary={summary} change={trend.find((r) => r.fiscalYear === year) ?? null}>
          <ConsistencyNote summary={summary} canFix={canFix} />
        </ScoreSummary>
      )}
      {canFix && <PlannerWarnings summary={summary} />}
      <InstrumentShares summary={summary} />
      {/* Nothing stands in while it renders: it follows within a frame or two, and a loading
          status there would only be announced and withdrawn. */}
      {restReady && (
        <>
          <Suspense fallback={<LoadingState />}>
            <DashboardMore summary={summary} counts={measures} trend={trend} />
          </Suspense>
          {/* A year entered by hand may name no source: then there is nothing to cite. */}
          {assessment.source.trim() !== '' && <p className="source">{t('dashboard.source', { source: assessment.source })}</p>}
        </>
      )}
    </div>
  );
}
