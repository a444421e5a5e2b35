import { useId, useState } from 'react';
import { I18nProvider, useI18n } from '../i18n/i18n';
import { useMessages } from '../i18n/featureMessages';
import type { Account } from '../domain/schemas/account';
import { FirstAccountForm } from './FirstAccountForm';
import { firstAccountMessages } from './firstAccountMessages';
import { SignInForm } from './SignInForm';
import './firstAccount.css';

type Props = { onSignedIn: (account: Account) => void };

function FirstAccountCard({ onSignedIn, onSetUpAlready }: Props & { onSetUpAlready: (message: string) => void }) {
  const { t } = useMessages(firstAccountMessages);
  const id = useId();
  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h1 id={`${id}-h`}>{t('firstAccount.heading')}</h1>
      <p>{t('firstAccount.intro')}</p>
      <p>{t('firstAccount.codeWhere')}</p>
      <ul className="first-account-commands">
        <li>
          <code>docker compose logs app</code> {t('firstAccount.withDocker')}
        </li>
        <li>
          <code>journalctl -u ita-dashboard</code> {t('firstAccount.withSystemd')}
        </li>
      </ul>
      <FirstAccountForm onSignedIn={onSignedIn} onSetUpAlready={onSetUpAlready} />
    </section>
  );
}

function SignInPage({ onSignedIn, firstAccount }: Props & { firstAccount: boolean }) {
  const { t } = useI18n();
  // An empty server asks for its first account; once one exists (made here or elsewhere), the sign-in.
  const [setUp, setSetUp] = useState<{ done: boolean; notice: string | null }>({ done: !firstAccount, notice: null });
  return (
    <>
      <header className="app-header">
        <div className="app-header-inner">
          <p className="app-name">{t('app.title')}</p>
        </div>
      </header>
      <main id="main" className="sign-in-page">
        {setUp.done ? (
          <section className="card" aria-labelledby="sign-in-heading">
            <h1 id="sign-in-heading">{t('signIn.heading')}</h1>
            <p>{t('signIn.intro')}</p>
            {setUp.notice && (
              <p role="status" className="sign-in-notice">
                {setUp.notice}
              </p>
            )}
            <SignInForm onSignedIn={onSignedIn} />
          </section>
        ) : (
          <FirstAccountCard onSignedIn={onSignedIn} onSetUpAlready={(notice) => setSetUp({ done: true, notice })} />
        )}
      </main>
    </>
  );
}

/**
 * What the agency's server shows before anyone has signed in on this browser: the sign-in, or,
 * on a server with no account yet, the form for its first planning officer.
 */
export function SignInScreen({ english, onSignedIn, firstAccount = false }: Props & { english: boolean; firstAccount?: boolean }) {
  return (
    <I18nProvider language={english ? 'en' : 'th'}>
      <SignInPage onSignedIn={onSignedIn} firstAccount={firstAccount} />
    </I18nProvider>
  );
}
