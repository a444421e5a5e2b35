import { instrumentShares } from '../../domain/breakdown';
import type { AssessmentSummary } from '../../domain/assessmentSummary';
import { useI18n } from '../../i18n/i18n';
import { localName } from '../../i18n/names';
import { formatList, formatScore } from '../../i18n/numbers';

/** Each instrument's points out of its weight: the words say it all, the bar only shows it. */
export function InstrumentShares({ summary }: { summary: AssessmentSummary }) {
  const { t, locale, language } = useI18n();
  const { framework, assessment } = summary;
  const score = (n: number) => formatScore(n, locale);
  const shares = instrumentShares(framework, assessment.indicatorScores);
  // A year whose scores are not in yet has no shares to show; the headline says why.
  if (assessment.indicatorScores.length === 0) return null;
  return (
    <section aria-labelledby="shares-heading" className="card shares">
      <h2 id="shares-heading">{t('shares.heading')}</h2>
      <p className="hint">{t('shares.intro')}</p>
      {/* The whole bar is the 100 points; each instrument's part is as wide as its weight and
          filled as far as it scored. The list below says the same in words. */}
      <div className="share-bar" aria-hidden="true">
        {shares.map((share) => (
          <span key={share.code} style={{ flexBasis: `${share.weight}%` }}>
            <span className="share-fill" style={{ width: `${share.weight > 0 ? (share.points / share.weight) * 100 : 0}%` }} />
            <span className="share-code">{share.code}</span>
          </span>
        ))}
      </div>
      <ul>
        {shares.map((share) => {
          const instrument = framework.instruments.find((i) => i.code === share.code);
          return (
            <li key={share.code}>
              <span className="share-name">
                <strong>{share.code}</strong> {instrument && localName(instrument, language)}
              </span>
              <span className="share-figures">
                {t('shares.item', { points: score(share.points), weight: share.weight, lost: score(share.lost) })}
              </span>
              {share.missing.length > 0 && <span className="hint">{t('shares.missing', { indicators: formatList(share.missing, locale) })}</span>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
