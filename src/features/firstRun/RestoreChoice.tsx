import { useId, useRef } from 'react';
import { useRestoreBackup } from '../../data/restoreBackup';
import type { BackupSummary } from '../../domain/backup';
import { sizeText } from '../../domain/evidence/limits';
import { formatDateTime } from '../../i18n/dates';
import { useMessages } from '../../i18n/featureMessages';
import { useErrorWords } from '../../i18n/useErrorWords';
import { formatCount, formatList } from '../../i18n/numbers';
import { BackupFileField } from '../../ui/BackupFileField';
import { useRestoreRefusal } from '../../ui/restoreRefusal';
import { messages, type FirstRunKey } from './messages';
import { Alert } from '../../ui/Alert';

const COUNTS: [keyof BackupSummary['counts'], FirstRunKey][] = [
  ['units', 'firstRun.count.units'],
  ['assessments', 'firstRun.count.assessments'],
  ['measures', 'firstRun.count.measures'],
  ['progressUpdates', 'firstRun.count.progressUpdates'],
];

/**
 * A backup from the browser app, read and shown before it is restored: the same reading and
 * checking as the settings screen's restore. Once restored, the data set has its years and the
 * dashboard takes this screen's place by itself.
 */
export function RestoreChoice({ onRestored }: { onRestored: () => void }) {
  const { t, locale } = useMessages(messages);
  const words = useErrorWords();
  const refusal = useRestoreRefusal();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  // Only into an empty data set: a page left open must not replace data set up since.
  const restore = useRestoreBackup({ onlyIfEmpty: true });
  const { state } = restore;
  const clear = () => {
    if (input.current) input.current.value = '';
  };

  return (
    <section className="card first-run-choice" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('firstRun.restore.heading')}</h2>
      <p>{t('firstRun.restore.intro')}</p>
      <BackupFileField
        id={`${id}-file`}
        ref={input}
        label={t('firstRun.restore.file')}
        hint={t('firstRun.restore.fileHint')}
        disabled={restore.pending}
        onChoose={(file) => void restore.choose(file)}
      />
      {state.step === 'refused' && (
        <Alert>
          {t('firstRun.restore.refused', { file: state.fileName, message: refusal(state) })}
        </Alert>
      )}
      {state.step === 'preview' && (
        <div className="confirm" role="group" aria-labelledby={`${id}-preview`}>
          <p id={`${id}-preview`}>
            {t('firstRun.restore.preview', {
              file: state.fileName,
              organisation: state.summary.organisationName,
              date: formatDateTime(state.summary.exportedAt, locale),
            })}
          </p>
          <dl className="preview">
            {COUNTS.map(([key, label]) => (
              <div key={key}>
                <dt>{t(label)}</dt>
                <dd>{state.summary.counts[key].toLocaleString(locale)}</dd>
              </div>
            ))}
            {state.files.count > 0 && (
              <div>
                <dt>{t('firstRun.restore.files')}</dt>
                <dd>{t('firstRun.restore.filesValue', { count: state.files.count, size: sizeText(state.files.bytes) })}</dd>
              </div>
            )}
            <div>
              <dt>{t('firstRun.count.years')}</dt>
              <dd>{state.summary.fiscalYears.length > 0 ? formatList(state.summary.fiscalYears, locale) : t('firstRun.count.noYears')}</dd>
            </div>
          </dl>
          {state.summary.counts.assessments === 0 && <p>{t('firstRun.restore.noAssessment')}</p>}
          <div className="actions">
            <button type="button" className="primary" disabled={restore.pending} onClick={() => void restore.confirm(() => (clear(), onRestored()))}>
              {t('firstRun.restore.confirm')}
            </button>
            {/* While writing, Cancel asks the store to stop; the status says whether it did. */}
            <button type="button" className="secondary" disabled={restore.cancelling} onClick={() => (clear(), restore.cancel())}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      )}
      {restore.pending && (
        <div className="field">
          <label htmlFor={`${id}-progress`}>{t('firstRun.restore.progressLabel')}</label>
          {/* No value while the store cannot say how far it is: the bar then shows only that it works. */}
          <progress id={`${id}-progress`} max={restore.progress?.total || undefined} value={restore.progress?.done} />
        </div>
      )}
      <p role="status" className="form-status">
        {state.step === 'reading' &&
          (state.checked
            ? t('firstRun.restore.checking', { file: state.fileName, done: formatCount(state.checked.done, locale), total: formatCount(state.checked.total, locale) })
            : t('firstRun.restore.reading', { file: state.fileName }))}
        {restore.pending &&
          (restore.cancelling
            ? t('firstRun.restore.cancelling')
            : restore.announced
              ? t('firstRun.restore.progress', { done: formatCount(restore.announced.done, locale), total: formatCount(restore.announced.total, locale) })
              : t('firstRun.restore.preparing'))}
        {state.step === 'done' && t('firstRun.restore.done', { file: state.fileName })}
        {state.step === 'cancelled' && t('firstRun.restore.cancelled', { file: state.fileName })}
      </p>
      {restore.error && (
        <Alert>
          {t('firstRun.restore.failed', { message: words.storeError(restore.error) })}
        </Alert>
      )}
    </section>
  );
}
