import { useId, useState } from 'react';
import { useReplaceData } from '../../data/mutations';
import { useSession } from '../../data/sessionContext';
import { useMessages } from '../../i18n/featureMessages';
import { useErrorWords } from '../../i18n/useErrorWords';
import { BackupButton } from './BackupSection';
import { messages } from './messages';
import { Alert } from '../../ui/Alert';

/** Two steps, with a backup offered in between: a reset replaces everything people have typed. */
export function ResetSection() {
  const { t } = useMessages(messages);
  const words = useErrorWords();
  const { seed } = useSession();
  const replace = useReplaceData();
  const [confirming, setConfirming] = useState(false);
  // The sample data loads only now; if it cannot be read, say so rather than fail in silence.
  const [seedError, setSeedError] = useState<{ error: unknown } | null>(null);
  const id = useId();
  if (!seed) return null;
  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('settings.reset.heading')}</h2>
      <p>{t('settings.reset.intro')}</p>
      {!confirming ? (
        <button type="button" onClick={() => (replace.reset(), setConfirming(true))}>
          {t('settings.reset.start')}
        </button>
      ) : (
        <div className="confirm" role="group" aria-labelledby={`${id}-offer`}>
          <p id={`${id}-offer`}>
            <strong>{t('settings.reset.offer')}</strong>
          </p>
          <BackupButton />
          <div className="actions">
            <button
              type="button"
              className="danger"
              disabled={replace.isPending}
              onClick={() =>
                void seed().then(
                  (data) => replace.mutate(data, { onSuccess: () => setConfirming(false) }),
                  (error: unknown) => setSeedError({ error }),
                )
              }
            >
              {t('settings.reset.confirm')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      )}
      <p role="status" className="form-status">
        {replace.isSuccess && t('settings.reset.done')}
      </p>
      {seedError && (
        <Alert>
          {t('settings.reset.failed', { message: words.storeError(seedError.error) })}
        </Alert>
      )}
      {replace.isError && (
        <Alert>
          {t('settings.reset.failed', { message: words.storeError(replace.error) })}
        </Alert>
      )}
    </section>
  );
}
