import { useI18n } from '../../i18n/i18n';
import type { DashboardModel } from './useDashboard';
import { warningMessage } from './warningMessage';

export function ConsistencyWarnings({ model }: { model: DashboardModel }) {
  const { t, locale } = useI18n();
  const { warnings, framework } = model;
  return (
    <section aria-labelledby="warnings-heading" className="card warnings">
      <h2 id="warnings-heading">{t('warnings.heading')}</h2>
      {warnings.length === 0 ? (
        <p>{t('warnings.none')}</p>
      ) : (
        <>
          <p className="explain">{t('warnings.intro')}</p>
          <ul>
            {warnings.map((w) => {
              const { key, params } = warningMessage(w, locale, framework.passMark);
              return (
                <li key={w.code + ('indicator' in w ? w.indicator : '')}>
                  <span aria-hidden="true" className="warn-icon">
                    ⚠{' '}
                  </span>
                  {t(key, params)}
                </li>
              );
            })}
          </ul>
          {model.assessment.resultStatement && (
            <figure className="quote">
              <figcaption>{t('warnings.documentSays')}</figcaption>
              <blockquote lang="th">{model.assessment.resultStatement}</blockquote>
            </figure>
          )}
        </>
      )}
    </section>
  );
}
