import { useMemo } from 'react';
import '../dashboard.css';
import { useFindings, useLatestProgress, useMeasuresOf, useSettings, useUnits } from '../../../data/queries';
import { useSessionActor } from '../../../data/sessionContext';
import { planningOnlyRefusal } from '../../../domain/access';
import type { AssessmentSummary } from '../../../domain/assessmentSummary';
import type { YearResult } from '../../../domain/trend';
import { ErrorState } from '../../../ui/ErrorState';
import { ChartSection } from '../ChartSection';
import { IndicatorTable } from '../IndicatorTable';
import type { MeasureCounts } from '../useDashboard';
import { CoverageGaps } from './CoverageGaps';
import { FreshnessSection } from './FreshnessSection';
import { MeasuresGlance } from './MeasuresGlance';
import { RoadToNextLevel } from './RoadToNextLevel';
import { ProgressSection } from './ProgressSection';
import { TrendSection } from './TrendSection';

/**
 * The dashboard below the headline, in its own chunk so the score renders first: the indicators'
 * table and bars, the road to the next level, what nothing answers yet, whether the measures are
 * moving, and the years. Its charts load later still, near the viewport or on idle (WhenNear).
 */
export default function DashboardMore({ summary, counts, trend }: { summary: AssessmentSummary; counts: MeasureCounts; trend: YearResult[] }) {
  const { assessment } = summary;
  const actor = useSessionActor();
  const measures = useMeasuresOf(assessment.id, false);
  const latest = useLatestProgress(assessment.id);
  const findings = useFindings(assessment.id);
  const units = useUnits();
  const settings = useSettings();
  // Fixed for the visit, so counts do not shift while the page is read.
  const today = useMemo(() => new Date(), []);
  const planner = planningOnlyRefusal(actor) === null;
  const queries = [measures, latest, findings, units];
  const failed = queries.find((q) => q.isError);
  return (
    <>
      <IndicatorTable summary={summary} measures={counts} />
      <ChartSection summary={summary} />
      <RoadToNextLevel summary={summary} />
      {failed && <ErrorState error={failed.error} onRetry={() => queries.forEach((q) => void q.refetch())} />}
      {measures.data && latest.data && findings.data && units.data && (
        <>
          <CoverageGaps
            summary={summary}
            measures={measures.data}
            findings={findings.data}
            latest={latest.data}
            canCreate={planner}
          />
          {/* With no measures yet the glance says what comes next; these would only show zeros. */}
          {measures.data.length > 0 && (
            <FreshnessSection
              year={assessment.fiscalYear}
              measures={measures.data}
              latest={latest.data}
              units={units.data}
              calendar={settings.data?.meetings}
              planner={planner}
              today={today}
            />
          )}
          <MeasuresGlance
            year={assessment.fiscalYear}
            measures={measures.data}
            latest={latest.data}
            units={units.data}
            today={today}
            canCreate={planner}
          />
          {measures.data.length > 0 && (
            <ProgressSection assessmentId={assessment.id} year={assessment.fiscalYear} measures={measures.data} today={today} />
          )}
        </>
      )}
      <TrendSection summary={summary} trend={trend} />
    </>
  );
}
