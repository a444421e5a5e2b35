import { useId } from 'react';
import { useMessages } from '../../i18n/featureMessages';
import { useErrorWords } from '../../i18n/useErrorWords';
import { useDownloadBackup } from './useDownloadBackup';
import { messages } from './messages';

export function BackupSection() {
  const { t } = useMessages(messages);
  const id = useId();
  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('settings.backup.heading')}</h2>
      <p>{t('settings.backup.intro')}</p>
      <BackupButton />
    </section>
  );
}

export function BackupButton() {
  const { t } = useMessages(messages);
  const backup = useDownloadBackup();
  const words = useErrorWords();
  return (
    <>
      <button type="button" onClick={backup.download} disabled={backup.pending}>
        {t('settings.backup.export')}
      </button>
      <p role="status" className="form-status">
        {backup.fileName && t('settings.backup.done', { file: backup.fileName })}
      </p>
      {backup.error && (
        <p role="alert" className="field-error">
          {t('common.saveFailed', { message: words.storeError(backup.error) })}
        </p>
      )}
    </>
  );
}
