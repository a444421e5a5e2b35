import { useMemo } from 'react';
import { useYearProgress } from '../../../data/queries';
import type { Measure } from '../../../domain/schemas/measure';
import { followUpYear } from '../../../domain/followUpYear';
import { yearProgress } from '../../../domain/yearProgress';
import { useMessages } from '../../../i18n/featureMessages';
import { LazyProgressChart } from '../../../ui/charts/lazyCharts';
import { WhenNear } from '../../../ui/charts/WhenNear';
import { ErrorState } from '../../../ui/ErrorState';
import { messages } from './messages';

const PROGRESS_HEIGHT = 480;

interface Props {
  assessmentId: string;
  year: number;
  measures: Measure[];
  today: Date;
}

/**
 * The year's measures month by month, October to September, against where their plans say: over
 * the fiscal year they run in (an assessment's measures run in the year after it, as a rule).
 * The year's updates are read only when the chart comes near: a long read right after the
 * dashboard's first render would hold up the first screen.
 */
export function ProgressSection(props: Props) {
  return (
    <WhenNear minHeight={PROGRESS_HEIGHT}>
      <YearProgressChart {...props} />
    </WhenNear>
  );
}

function YearProgressChart({ assessmentId, year, measures, today }: Props) {
  const { t } = useMessages(messages);
  const updates = useYearProgress(assessmentId);
  const runsIn = useMemo(() => followUpYear(year, measures), [year, measures]);
  const progress = useMemo(() => (updates.data ? yearProgress(runsIn, measures, updates.data, today) : null), [updates.data, runsIn, measures, today]);
  if (updates.error) return <ErrorState message={t('yearProgress.failed', { year: runsIn })} onRetry={() => void updates.refetch()} />;
  if (!progress) return null;
  return <LazyProgressChart progress={progress} headingId="progress-heading" heading={t('yearProgress.heading', { year: runsIn })} />;
}
