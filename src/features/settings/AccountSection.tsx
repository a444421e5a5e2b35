import { useId, useState } from 'react';
import type { ServerSession } from '../../data/sessionContext';
import { useMessages } from '../../i18n/featureMessages';
import { messages } from './messages';
import { ROLE_LABELS } from './roleLabels';

/** Signed in on the agency's server: who, for which unit, and signing out. */
export function AccountSection({ server }: { server: ServerSession }) {
  const { t } = useMessages(messages);
  const id = useId();
  const [failed, setFailed] = useState<string | null>(null);
  const { account } = server;
  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('settings.account.heading')}</h2>
      <p>{t('settings.account.signedInAs', { name: account.name, username: account.username, role: t(ROLE_LABELS[account.role]) })}</p>
      <p className="hint">{t('settings.account.server')}</p>
      <button
        type="button"
        onClick={() =>
          void server.signOut().catch((error: unknown) => setFailed(error instanceof Error ? error.message : String(error)))
        }
      >
        {t('settings.account.signOut')}
      </button>
      {failed && (
        <p role="alert" className="field-error">
          {failed}
        </p>
      )}
    </section>
  );
}
