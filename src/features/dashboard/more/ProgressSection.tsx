import { useMemo } from 'react';
import { useYearProgress } from '../../../data/queries';
import type { Measure } from '../../../domain/schemas/measure';
import { followUpYear } from '../../../domain/followUpYear';
import { yearProgress } from '../../../domain/yearProgress';
import { useMessages } from '../../../i18n/featureMessages';
import { LazyProgressChart } from '../../../ui/charts/lazyCharts';
import { WhenNear } from '../../../ui/charts/WhenNear';
import { messages } from './messages';

const PROGRESS_HEIGHT = 480;

/**
 * The year's measures month by month, October to September, against where their plans say: over
 * the fiscal year they run in (an assessment's measures run in the year after it, as a rule).
 */
export function ProgressSection({ assessmentId, year, measures, today }: { assessmentId: string; year: number; measures: Measure[]; today: Date }) {
  const { t } = useMessages(messages);
  const updates = useYearProgress(assessmentId);
  const runsIn = useMemo(() => followUpYear(year, measures), [year, measures]);
  const progress = useMemo(() => (updates.data ? yearProgress(runsIn, measures, updates.data, today) : null), [updates.data, runsIn, measures, today]);
  // A failed read shows nothing here: the sections above already offer the retry.
  if (!progress) return null;
  return (
    <WhenNear minHeight={PROGRESS_HEIGHT}>
      <LazyProgressChart progress={progress} headingId="progress-heading" heading={t('yearProgress.heading', { year: runsIn })} />
    </WhenNear>
  );
}
