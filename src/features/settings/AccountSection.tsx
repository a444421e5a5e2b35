import { useId, useState } from 'react';
import { Link } from 'react-router';
import type { ServerSession } from '../../data/sessionContext';
import { useMessages } from '../../i18n/featureMessages';
import { useErrorWords } from '../../i18n/useErrorWords';
import { useLangLink } from '../../i18n/langLink';
import { messages } from './messages';
import { ROLE_LABELS } from './roleLabels';
import { Alert } from '../../ui/Alert';

/** Signed in on the agency's server: who, for which unit, signing out, and for the planning officer the accounts. */
export function AccountSection({ server }: { server: ServerSession }) {
  const { t } = useMessages(messages);
  const words = useErrorWords();
  const id = useId();
  const link = useLangLink();
  const [failed, setFailed] = useState<{ error: unknown } | null>(null);
  const { account } = server;
  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('settings.account.heading')}</h2>
      <p>{t('settings.account.signedInAs', { name: account.name, username: account.username, role: t(ROLE_LABELS[account.role]) })}</p>
      <p className="hint">{t('settings.account.server')}</p>
      {account.role === 'planning-officer' && (
        <p>
          <Link className="button-link" to={link('/accounts')}>
            {t('settings.account.manage')}
          </Link>
        </p>
      )}
      <button
        type="button"
        onClick={() =>
          void server.signOut().catch((error: unknown) => setFailed({ error }))
        }
      >
        {t('settings.account.signOut')}
      </button>
      {failed && (
        <Alert>
          {words.storeError(failed.error)}
        </Alert>
      )}
    </section>
  );
}
