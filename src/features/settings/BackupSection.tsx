import { useId } from 'react';
import { BackupTooLarge } from '../../data/backupDownload';
import { sizeText } from '../../domain/evidence/limits';
import { useMessages } from '../../i18n/featureMessages';
import { formatCount } from '../../i18n/numbers';
import { useErrorWords } from '../../i18n/useErrorWords';
import { useDownloadBackup } from './useDownloadBackup';
import { messages } from './messages';
import { Alert } from '../../ui/Alert';

export function BackupSection() {
  const { t } = useMessages(messages);
  const id = useId();
  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('settings.backup.heading')}</h2>
      <p>{t('settings.backup.intro')}</p>
      <p>{t('settings.backup.filesNote')}</p>
      <BackupButton />
    </section>
  );
}

export function BackupButton() {
  const { t, locale } = useMessages(messages);
  const backup = useDownloadBackup();
  const words = useErrorWords();
  const { saved, progress } = backup;
  return (
    <>
      <button type="button" onClick={backup.download} disabled={backup.pending}>
        {t('settings.backup.export')}
      </button>
      {/* Reading hundreds of photos out of storage takes a while: the bar shows it is getting on. */}
      {progress && <progress aria-label={t('settings.backup.progressLabel')} max={progress.total} value={progress.done} />}
      <p role="status" className="form-status">
        {progress && t('settings.backup.collecting', { done: formatCount(progress.done, locale), total: formatCount(progress.total, locale) })}
        {!backup.pending &&
          saved &&
          (saved.files > 0
            ? t('settings.backup.doneFiles', { file: saved.fileName, count: saved.files, size: sizeText(saved.fileBytes) })
            : t('settings.backup.done', { file: saved.fileName }))}
      </p>
      {backup.error && (
        <Alert>
          {backup.error instanceof BackupTooLarge
            ? t('settings.backup.tooLarge', { size: sizeText(backup.error.bytes) })
            : t('common.saveFailed', { message: words.storeError(backup.error) })}
        </Alert>
      )}
    </>
  );
}
