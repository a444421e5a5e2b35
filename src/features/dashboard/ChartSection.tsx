import { Component, lazy, Suspense, type ReactNode } from 'react';
import { standingOf } from '../../domain/scoring';
import { useI18n } from '../../i18n/i18n';
import { formatList, formatScore } from '../../i18n/numbers';
import { FILL, IMPROVE_LINE, PASS_LINE } from './chartColors';
import type { ChartDatum } from './IndicatorChart';
import type { AssessmentSummary } from '../../domain/assessmentSummary';
import { useStandingText } from './useStandingText';

const IndicatorChart = lazy(() => import('./IndicatorChart'));

/** A chart that fails to load must not take the figures with it. */
class ChartBoundary extends Component<{ fallback: ReactNode; children: ReactNode }, { failed: boolean }> {
  state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

export function ChartSection({ summary }: { summary: AssessmentSummary }) {
  const { t, locale } = useI18n();
  const { framework, assessment, settings } = summary;
  const score = (n: number) => formatScore(n, locale);
  const standingText = useStandingText(framework.passMark, settings.improvementMark);
  const data: ChartDatum[] = [...assessment.indicatorScores]
    .sort((a, b) => a.indicator - b.indicator)
    .map((s) => ({
      number: s.indicator,
      score: s.score,
      label: score(s.score),
      standing: standingOf(s.score, framework.passMark, settings.improvementMark),
    }));
  const alt = t('chart.alt', {
    count: data.length,
    passMark: score(framework.passMark),
    summary: formatList(
      data.map((d) => t('chart.altItem', { number: d.number, score: d.label })),
      locale,
    ),
  });

  return (
    <section aria-labelledby="chart-heading" className="card">
      <h2 id="chart-heading">{t('chart.heading')}</h2>
      <figure className="chart">
        <ChartBoundary fallback={<p>{t('chart.failed')}</p>}>
          <Suspense fallback={<p className="chart-placeholder">{t('chart.loading')}</p>}>
            <IndicatorChart data={data} passMark={framework.passMark} improvementMark={settings.improvementMark} label={alt} />
          </Suspense>
        </ChartBoundary>
      </figure>
      <ul className="chart-legend">
        <li>
          <span className="swatch" style={{ background: FILL.pass }} aria-hidden="true" />
          {standingText.pass}
        </li>
        <li>
          <span className="swatch" style={{ background: FILL.improve }} aria-hidden="true" />
          {standingText.improve}
        </li>
        <li>
          <span className="swatch" style={{ background: FILL.fail }} aria-hidden="true" />
          {standingText.fail}
        </li>
        <li>
          <span className="line-key dashed" style={{ borderColor: PASS_LINE }} aria-hidden="true" />
          {t('chart.passMark', { passMark: score(framework.passMark) })}
        </li>
        <li>
          <span className="line-key dotted" style={{ borderColor: IMPROVE_LINE }} aria-hidden="true" />
          {t('chart.improvementMark', { mark: score(settings.improvementMark) })}
        </li>
      </ul>
    </section>
  );
}
