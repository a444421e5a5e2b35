import { useId, useRef, useState } from 'react';
import { useUpdateAccount } from '../../data/accountQueries';
import type { Account } from '../../domain/schemas/account';
import { useMessages } from '../../i18n/featureMessages';
import { useErrorWords } from '../../i18n/useErrorWords';
import { messages } from './messages';
import { Alert } from '../../ui/Alert';

/**
 * Disabling takes two steps: it signs the owner out at once. Enabling again takes one. The
 * planning officer's own account is not offered: they would lock themselves out.
 */
export function AccessControl({ account, self }: { account: Account; self: boolean }) {
  const { t } = useMessages(messages);
  const words = useErrorWords();
  const id = useId();
  const update = useUpdateAccount();
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  // The buttons that had focus go with the confirmation: it goes back to this section's heading
  // rather than to the top of the page.
  const heading = useRef<HTMLHeadingElement>(null);
  const backToHeading = () => requestAnimationFrame(() => heading.current?.focus());
  const setDisabled = (disabled: boolean) => {
    setDone(null);
    update.mutate(
      { id: account.id, changes: { disabled } },
      {
        onSuccess: (saved) => {
          setConfirming(false);
          backToHeading();
          setDone(t(disabled ? 'accounts.disable.done' : 'accounts.enable.done', { username: saved.username }));
        },
      },
    );
  };

  return (
    <section className="account-access" aria-labelledby={`${id}-h`}>
      <h4 id={`${id}-h`} ref={heading} tabIndex={-1}>
        {t('accounts.access.heading')}
      </h4>
      {self ? (
        <p className="hint">{t('accounts.disable.own')}</p>
      ) : account.disabled ? (
        <button type="button" disabled={update.isPending} onClick={() => setDisabled(false)}>
          {t('accounts.enable')}
        </button>
      ) : !confirming ? (
        <button type="button" onClick={() => (update.reset(), setDone(null), setConfirming(true))}>
          {t('accounts.disable.start')}
        </button>
      ) : (
        <div className="confirm" role="group" aria-labelledby={`${id}-q`}>
          <p id={`${id}-q`}>
            <strong>{t('accounts.disable.question', { username: account.username, name: account.name })}</strong>
          </p>
          <div className="actions">
            <button type="button" className="danger" disabled={update.isPending} onClick={() => setDisabled(true)}>
              {t('accounts.disable.confirm')}
            </button>
            <button type="button" autoFocus onClick={() => (setConfirming(false), backToHeading())}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      )}
      <p role="status" className="form-status">
        {done}
      </p>
      {update.isError && (
        <Alert>
          {t('common.saveFailed', { message: words.storeError(update.error) })}
        </Alert>
      )}
    </section>
  );
}
