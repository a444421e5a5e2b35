import { Link } from 'react-router';
import type { AssessmentSummary } from '../../../domain/assessmentSummary';
import { coverageGaps, type CoverageGap } from '../../../domain/coverage';
import { indicatorLink } from '../../../domain/measureLinks';
import type { Finding } from '../../../domain/schemas/finding';
import type { Measure, ProgressUpdate } from '../../../domain/schemas/measure';
import { indicatorDef } from '../../../domain/scoring';
import { useMessages } from '../../../i18n/featureMessages';
import { localName } from '../../../i18n/names';
import { formatScore } from '../../../i18n/numbers';
import { messages } from './messages';
import { useLangLink } from '../../../i18n/langLink';

interface CoverageGapsProps {
  summary: AssessmentSummary;
  measures: Measure[];
  findings: Finding[];
  latest: ProgressUpdate[];
  /** Only the planning officer gets the button to write a measure. */
  canCreate: boolean;
}

/** What the assessment says needs work and nothing is being done about. */
export function CoverageGaps({ summary, measures, findings, latest, canCreate }: CoverageGapsProps) {
  const { t, locale, language } = useMessages(messages);
  const { framework, assessment, settings } = summary;
  const lastStatus = new Map(latest.map((u) => [u.measureId, u.status]));
  const gaps = coverageGaps(framework, assessment, measures, findings, lastStatus, settings.improvementMark);
  const withLang = useLangLink();
  const describe = (gap: CoverageGap): { text: string; link: string } => {
    if (gap.kind === 'indicator') {
      const def = indicatorDef(framework, gap.indicator);
      return {
        text: t('gaps.indicator', { number: gap.indicator, name: def ? localName(def, language) : '', score: formatScore(gap.score, locale) }),
        link: indicatorLink(gap.indicator),
      };
    }
    const def = framework.oItems.find((o) => o.code === gap.code);
    return {
      text: def ? t('gaps.oItem', { code: gap.code, name: def.name, indicator: def.indicator }) : t('gaps.oItemUnknown', { code: gap.code }),
      link: gap.code,
    };
  };

  // With no scores yet nothing can be a gap; the headline says what comes next.
  if (assessment.indicatorScores.length === 0) return null;
  return (
    <section aria-labelledby="gaps-heading" className="card gaps">
      <h2 id="gaps-heading">{t('gaps.heading')}</h2>
      <p className="hint">{t('gaps.intro', { mark: formatScore(settings.improvementMark, locale) })}</p>
      {gaps.length === 0 ? (
        <p>{t('gaps.none')}</p>
      ) : (
        <ul>
          {gaps.map((gap) => {
            const { text, link } = describe(gap);
            const query = `year=${assessment.fiscalYear}&link=${encodeURIComponent(link)}`;
            return (
              <li key={link}>
                <strong>{text}</strong>
                <span className="gap-actions">
                  <Link to={withLang(`/measures?unit=all&${query}`)} aria-label={t('gaps.detailsLabel', { target: text })}>
                    {t('gaps.details')}
                  </Link>
                  {canCreate && (
                    <Link className="button-link" to={withLang(`/measures/new?${query}`)} aria-label={t('gaps.createLabel', { target: text })}>
                      {t('gaps.create')}
                    </Link>
                  )}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
