import { useMemo } from 'react';
import { useYearProgress } from '../../../data/queries';
import type { Measure } from '../../../domain/schemas/measure';
import { yearProgress } from '../../../domain/yearProgress';
import { useMessages } from '../../../i18n/featureMessages';
import { LazyProgressChart } from '../../../ui/charts/lazyCharts';
import { WhenNear } from '../../../ui/charts/WhenNear';
import { messages } from './messages';

const PROGRESS_HEIGHT = 480;

/** The year's measures month by month, October to September, against where their plans say. */
export function ProgressSection({ assessmentId, year, measures, today }: { assessmentId: string; year: number; measures: Measure[]; today: Date }) {
  const { t } = useMessages(messages);
  const updates = useYearProgress(assessmentId);
  const progress = useMemo(() => (updates.data ? yearProgress(year, measures, updates.data, today) : null), [updates.data, year, measures, today]);
  // A failed read shows nothing here: the sections above already offer the retry.
  if (!progress) return null;
  return (
    <WhenNear minHeight={PROGRESS_HEIGHT}>
      <LazyProgressChart progress={progress} headingId="progress-heading" heading={t('yearProgress.heading', { year })} />
    </WhenNear>
  );
}
