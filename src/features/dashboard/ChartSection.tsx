import { standingOf } from '../../domain/scoring';
import { indicatorLink } from '../../domain/measureLinks';
import { useMessages } from '../../i18n/featureMessages';
import { localName } from '../../i18n/names';
import { formatScore } from '../../i18n/numbers';
import { indicatorsOf } from '../../domain/scoring';
import type { AssessmentSummary } from '../../domain/assessmentSummary';
import { FILL, IMPROVE_LINE, PASS_LINE } from './chartColors';
import { STANDING_ICONS } from '../../ui/StandingPill';
import { IndicatorBars, type BarDatum } from './IndicatorBars';
import { useStandingText } from '../../ui/useStandingText';
import { useLangLink } from '../../i18n/langLink';
import { messages } from './more/messages';

export function ChartSection({ summary }: { summary: AssessmentSummary }) {
  const { t, locale, language } = useMessages(messages);
  const { framework, assessment, settings } = summary;
  const score = (n: number) => formatScore(n, locale);
  const standingText = useStandingText(framework.passMark, settings.improvementMark);
  const names = new Map(indicatorsOf(framework).map((ind) => [ind.number, localName(ind, language)]));
  const withLang = useLangLink();
  const data: BarDatum[] = [...assessment.indicatorScores]
    .sort((a, b) => a.indicator - b.indicator)
    .map((s) => {
      const standing = standingOf(s.score, framework.passMark, settings.improvementMark);
      return {
        number: s.indicator,
        score: s.score,
        label: score(s.score),
        standing,
        before: t('bars.before'),
        after: t('bars.after', { name: names.get(s.indicator) ?? '', standing: standingText[standing] }),
        href: withLang(`/measures?year=${assessment.fiscalYear}&unit=all&link=${indicatorLink(s.indicator)}`),
      };
    });
  const caption = t('chart.caption', {
    count: data.length,
    passMark: score(framework.passMark),
    mark: score(settings.improvementMark),
  });

  // A year whose scores are not in yet has nothing to draw; the table says so.
  if (data.length === 0) return null;
  return (
    <section aria-labelledby="chart-heading" className="card">
      <h2 id="chart-heading">{t('chart.heading')}</h2>
      <IndicatorBars data={data} passMark={framework.passMark} improvementMark={settings.improvementMark} caption={caption} />
      <ul className="chart-legend">
        {(['pass', 'improve', 'fail'] as const).map((standing) => (
          <li key={standing}>
            <span className="swatch" style={{ background: FILL[standing] }} aria-hidden="true">
              {STANDING_ICONS[standing]}
            </span>
            {standingText[standing]}
          </li>
        ))}
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
