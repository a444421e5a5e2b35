import { useId } from 'react';
import { useI18n } from '../../i18n/i18n';
import { useDownloadBackup } from './useDownloadBackup';

export function BackupSection() {
  const { t } = useI18n();
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
  const { t } = useI18n();
  const backup = useDownloadBackup();
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
          {t('settings.saveFailed', { message: backup.error.message })}
        </p>
      )}
    </>
  );
}
