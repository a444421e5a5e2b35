import { useAssessments, useFrameworks } from '../../../data/queries';
import type { AssessmentSummary } from '../../../domain/assessmentSummary';
import type { YearResult } from '../../../domain/trend';
import { yearContributions } from '../../../domain/yearContributions';
import { useMessages } from '../../../i18n/featureMessages';
import { localName } from '../../../i18n/names';
import { LazyTrendChart } from '../../../ui/charts/lazyCharts';
import { WhenNear } from '../../../ui/charts/WhenNear';
import { messages } from './messages';

/** About the chart's drawn height with its heading, takeaway and legend, so nothing jumps. */
const TREND_HEIGHT = 480;

/**
 * The years side by side, drawn: each year's total over the level bands, and what each instrument
 * gave it. With one year the chart says a trend needs two. Bands and pass mark are the shown
 * year's framework, the one the reader is looking at.
 */
export function TrendSection({ summary, trend }: { summary: AssessmentSummary; trend: YearResult[] }) {
  const { t, language } = useMessages(messages);
  const assessments = useAssessments();
  const frameworks = useFrameworks();
  if (trend.length === 0 || !assessments.data) return null;
  const { framework } = summary;
  const contributions = yearContributions(assessments.data, (y) => frameworks.data?.find((f) => f.fiscalYear === y));
  return (
    <WhenNear minHeight={TREND_HEIGHT}>
      <LazyTrendChart
        headingId="trend-heading"
        heading={t('trend.heading')}
        years={trend}
        contributions={contributions}
        instruments={framework.instruments.map((i) => ({ code: i.code, name: localName(i, language) }))}
        bands={framework.levels}
        passMark={framework.passMark}
      />
    </WhenNear>
  );
}
