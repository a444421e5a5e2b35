import { Suspense } from 'react';
import { useMessages } from '../../i18n/featureMessages';
import { localName } from '../../i18n/names';
import { ChartLoadBoundary } from '../../ui/charts/ChartLoadBoundary';
import { LazyProgressChart, LazyTrendChart } from '../../ui/charts/lazyCharts';
import type { MeetingData } from './useMeetingData';
import { messages } from './messages';

/**
 * A chart drawn large over the whole slide, light on dark: the years' results, or the measures'
 * course over the fiscal year. The chart brings its own heading, takeaway and legend.
 */
export function ChartSlide({ kind, heading, data }: { kind: 'trend' | 'year-progress'; heading: string; data: MeetingData }) {
  const { t, language } = useMessages(messages);
  const framework = data.summary?.framework;
  const waiting = (
    <section className="slide" aria-labelledby="slide-h">
      <h2 id="slide-h">{heading}</h2>
      <p className="slide-message">{t('meeting.chartLoading')}</p>
    </section>
  );
  let chart = null;
  if (kind === 'trend' && framework) {
    chart = (
      <LazyTrendChart
        headingId="slide-h"
        heading={heading}
        variant="meeting"
        years={data.trend}
        contributions={data.contributions}
        instruments={framework.instruments.map((i) => ({ code: i.code, name: localName(i, language) }))}
        bands={[...framework.levels].sort((a, b) => b.min - a.min)}
        passMark={framework.passMark}
      />
    );
  } else if (kind === 'year-progress' && data.progress) {
    chart = <LazyProgressChart headingId="slide-h" heading={heading} variant="meeting" progress={data.progress} />;
  }
  if (!chart) return null;
  return (
    <div className="slide chart-slide">
      {/* A charts chunk that fails to load says so on this slide; the others go on. */}
      <ChartLoadBoundary onFailed={() => undefined}>
        <Suspense fallback={waiting}>{chart}</Suspense>
      </ChartLoadBoundary>
    </div>
  );
}
