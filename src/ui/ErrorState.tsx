import { useI18n } from '../i18n/i18n';
import { useErrorWords } from '../i18n/useErrorWords';

/** A failure said in words, with a way to try again when trying again can help. */
export function ErrorState({ message, error, onRetry }: { message?: string; error?: unknown; onRetry?: () => void }) {
  const { t } = useI18n();
  const words = useErrorWords();
  const text = message ?? t('error.unexpected', { message: words.storeError(error) });
  return (
    <div role="alert" className="card error-state">
      <h2>{t('error.title')}</h2>
      <p>{text}</p>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}
