import { Suspense, useId, useMemo } from 'react';
import { useYearProgress } from '../../data/queries';
import type { Measure } from '../../domain/schemas/measure';
import { yearProgress } from '../../domain/yearProgress';
import { useMessages } from '../../i18n/featureMessages';
import { ErrorState } from '../../ui/ErrorState';
import { LoadingState } from '../../ui/LoadingState';
import { LazyProgressChart } from '../../ui/charts/lazyCharts';
import { WhenNear } from '../../ui/charts/WhenNear';
import { messages } from './messages';

// Room the chart takes before it is drawn, so the list below does not jump when it arrives.
const CHART_HEIGHT = '32rem';

export interface UnitProgressProps {
  assessmentId: string;
  /** The fiscal year the measures run in (followUpYear), which the chart covers. */
  fiscalYear: number;
  /** The assessment's year, which the measures answer. */
  assessmentYear: number;
  unitName: string;
  /** The unit's measures of the year, archived ones left out: they are no longer planned. */
  measures: readonly Measure[];
  today: Date;
}

/** One unit's year month by month, above its measures; the list never waits for the chart. */
export function UnitProgress({ assessmentId, fiscalYear, assessmentYear, unitName, measures, today }: UnitProgressProps) {
  const { t } = useMessages(messages);
  const headingId = useId();
  const updates = useYearProgress(assessmentId);
  const progress = useMemo(() => {
    if (!updates.data) return null;
    const ids = new Set(measures.map((m) => m.id));
    return yearProgress(fiscalYear, measures, updates.data.filter((u) => ids.has(u.measureId)), today);
  }, [updates.data, measures, fiscalYear, today]);
  if (updates.isError) return <ErrorState error={updates.error} onRetry={() => void updates.refetch()} />;
  return (
    <div className="unit-progress" style={{ marginBottom: 'var(--space)' }}>
      {progress ? (
        <WhenNear minHeight={CHART_HEIGHT}>
          <Suspense fallback={<LoadingState />}>
            <LazyProgressChart progress={progress} headingId={headingId} heading={t('measures.unitProgress', { unit: unitName, year: fiscalYear, assessmentYear })} level={2} />
          </Suspense>
        </WhenNear>
      ) : (
        <div style={{ minHeight: CHART_HEIGHT }}>
          <LoadingState />
        </div>
      )}
    </div>
  );
}
