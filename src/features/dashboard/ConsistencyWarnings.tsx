import type { AssessmentSummary } from '../../domain/assessmentSummary';
import type { ConsistencyWarning } from '../../domain/consistency';
import { useI18n } from '../../i18n/i18n';
import { describeWarning } from '../../i18n/warningMessages';

function keyOf(w: ConsistencyWarning): string {
  return w.code === 'indicator-stated-twice' ? `${w.code}-${w.indicator}` : w.code;
}

export function ConsistencyWarnings({ summary }: { summary: AssessmentSummary }) {
  const { t, locale } = useI18n();
  const { warnings, framework, assessment } = summary;
  return (
    <section aria-labelledby="warnings-heading" className="card warnings">
      <h2 id="warnings-heading">{t('warnings.heading')}</h2>
      {warnings.length === 0 ? (
        <p>{t('warnings.none')}</p>
      ) : (
        <>
          <p className="explain">{t('warnings.intro')}</p>
          <ul>
            {warnings.map((w) => (
              <li key={keyOf(w)}>
                <span aria-hidden="true" className="warn-icon">
                  ⚠{' '}
                </span>
                {describeWarning(w, t, locale, framework.passMark)}
              </li>
            ))}
          </ul>
          {assessment.resultStatement && (
            <figure className="quote">
              <figcaption>{t('warnings.documentSays')}</figcaption>
              <blockquote lang="th">{assessment.resultStatement}</blockquote>
            </figure>
          )}
        </>
      )}
    </section>
  );
}
