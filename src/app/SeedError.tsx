import { I18nProvider, useI18n } from '../i18n/i18n';
import type { ImportIssue } from '../domain/seed';

/** Shown instead of the app when its starting data does not parse: say what, change nothing. */
export function SeedError({ issues }: { issues: ImportIssue[] }) {
  return (
    <I18nProvider language="th">
      <Issues issues={issues} />
    </I18nProvider>
  );
}

function Issues({ issues }: { issues: ImportIssue[] }) {
  const { t } = useI18n();
  return (
    <main id="main" className="card error-state" role="alert">
      <h1>{t('error.title')}</h1>
      <p>{t('error.seed')}</p>
      <ul>
        {issues.map((i) => (
          <li key={i.path + i.message}>
            <code>{i.path}</code>: {i.message}
          </li>
        ))}
      </ul>
    </main>
  );
}
