import { useId, useRef } from 'react';
import { useRestoreBackup } from '../../data/restoreBackup';
import { formatDateTime } from '../../i18n/dates';
import { formatCount } from '../../i18n/numbers';
import { useMessages } from '../../i18n/featureMessages';
import { useErrorWords } from '../../i18n/useErrorWords';
import { BackupPreview } from './BackupPreview';
import { BackupFileField } from '../../ui/BackupFileField';
import { useRestoreRefusal } from '../../ui/restoreRefusal';
import { messages } from './messages';
import { Alert } from '../../ui/Alert';

/**
 * Read, show, confirm (src/data/restoreBackup.ts): nothing in the store changes until the person
 * has seen what the file holds and said yes. A file that is not a good backup is refused with the reason.
 */
export function RestoreSection() {
  const { t, locale } = useMessages(messages);
  const refusal = useRestoreRefusal();
  const words = useErrorWords();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const { state, choose, confirm, cancel, pending, cancelling, error, progress, announced } = useRestoreBackup();
  const clear = () => {
    if (input.current) input.current.value = '';
  };

  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('settings.restore.heading')}</h2>
      <p>{t('settings.restore.intro')}</p>
      <BackupFileField
        id={`${id}-file`}
        ref={input}
        label={t('settings.restore.file')}
        hint={t('settings.restore.fileHint')}
        disabled={pending}
        onChoose={(file) => void choose(file)}
      />
      {state.step === 'refused' && (
        <Alert>
          {t('settings.restore.refused', { file: state.fileName, message: refusal(state) })}
        </Alert>
      )}
      {state.step === 'preview' && (
        <div className="confirm" role="group" aria-labelledby={`${id}-preview`}>
          <p id={`${id}-preview`}>
            {t('settings.restore.preview', {
              file: state.fileName,
              organisation: state.summary.organisationName,
              date: formatDateTime(state.summary.exportedAt, locale),
            })}
          </p>
          <BackupPreview summary={state.summary} files={state.files} />
          <div className="actions">
            <button
              type="button"
              className="danger"
              disabled={pending}
              onClick={() => void confirm(clear)}
            >
              {t('settings.restore.confirm')}
            </button>
            {/* While writing, Cancel asks the store to stop; the status says whether it did. */}
            <button type="button" disabled={cancelling} onClick={() => (clear(), cancel())}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      )}
      {pending && (
        <div className="field">
          <label htmlFor={`${id}-progress`}>{t('settings.restore.progressLabel')}</label>
          {/* No value while the store cannot say how far it is: the bar then shows only that it works. */}
          <progress id={`${id}-progress`} max={progress?.total || undefined} value={progress?.done} />
        </div>
      )}
      <p role="status" className="form-status">
        {state.step === 'reading' &&
          (state.checked
            ? t('settings.restore.checking', { done: formatCount(state.checked.done, locale), total: formatCount(state.checked.total, locale) })
            : t('settings.restore.reading'))}
        {pending &&
          (cancelling
            ? t('settings.restore.cancelling')
            : announced
              ? t('settings.restore.progress', { done: formatCount(announced.done, locale), total: formatCount(announced.total, locale) })
              : t('settings.restore.preparing'))}
        {state.step === 'done' && t('settings.restore.done', { file: state.fileName })}
        {state.step === 'cancelled' && t('settings.restore.cancelled', { file: state.fileName })}
      </p>
      {error && (
        <Alert>
          {t('settings.restore.failed', { message: words.storeError(error) })}
        </Alert>
      )}
    </section>
  );
}
