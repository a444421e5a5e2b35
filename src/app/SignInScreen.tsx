import { I18nProvider, useI18n } from '../i18n/i18n';
import type { Account } from '../domain/schemas/account';
import { SignInForm } from './SignInForm';

function SignInPage({ onSignedIn }: { onSignedIn: (account: Account) => void }) {
  const { t } = useI18n();
  return (
    <>
      <header className="app-header">
        <div className="app-header-inner">
          <p className="app-name">{t('app.title')}</p>
        </div>
      </header>
      <main id="main" className="sign-in-page">
        <section className="card" aria-labelledby="sign-in-heading">
          <h1 id="sign-in-heading">{t('signIn.heading')}</h1>
          <p>{t('signIn.intro')}</p>
          <SignInForm onSignedIn={onSignedIn} />
        </section>
      </main>
    </>
  );
}

/** What the agency's server shows before anyone has signed in on this browser. */
export function SignInScreen({ english, onSignedIn }: { english: boolean; onSignedIn: (account: Account) => void }) {
  return (
    <I18nProvider language={english ? 'en' : 'th'}>
      <SignInPage onSignedIn={onSignedIn} />
    </I18nProvider>
  );
}
