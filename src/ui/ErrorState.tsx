import { useI18n } from '../i18n/i18n';

/** A failure said in words, with a way to try again when trying again can help. */
export function ErrorState({ message, error, onRetry }: { message?: string; error?: unknown; onRetry?: () => void }) {
  const { t } = useI18n();
  const text = message ?? t('error.unexpected', { message: error instanceof Error ? error.message : String(error) });
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
