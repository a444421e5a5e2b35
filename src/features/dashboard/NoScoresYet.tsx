import { Link } from 'react-router';
import { useMessages } from '../../i18n/featureMessages';
import { useLangLink } from '../../i18n/langLink';
import { dashboardMessages } from './dashboardMessages';

/**
 * The headline of a year just started: no total, no level, nothing to compare. It says what comes
 * next, and to the planning officer, where to enter the scores.
 */
export function NoScoresYet({ year, canEnter }: { year: number; canEnter: boolean }) {
  const { t } = useMessages(dashboardMessages);
  const withLang = useLangLink();
  return (
    <section aria-labelledby="score-heading" className="card score-summary">
      <h2 id="score-heading">{t('score.heading')}</h2>
      <p>
        <strong>{t('noScores.lead', { year })}</strong>
      </p>
      {canEnter ? (
        <p>
          <Link className="button-link" to={withLang(`/assessments?year=${year}`)}>
            {t('noScores.enter')}
          </Link>
        </p>
      ) : (
        <p>{t('noScores.wait')}</p>
      )}
    </section>
  );
}
