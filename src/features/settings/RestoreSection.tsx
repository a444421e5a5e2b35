import { useId, useRef, useState } from 'react';
import { useReplaceData } from '../../data/mutations';
import { readBackup, type BackupFile, type BackupSummary } from '../../domain/backup';
import { formatDateTime } from '../../i18n/dates';
import { useMessages } from '../../i18n/featureMessages';
import { BackupPreview } from './BackupPreview';
import { messages } from './messages';

const MAX_BACKUP_BYTES = 200 * 1024 * 1024;

type Step =
  | { step: 'choose' }
  | { step: 'reading'; fileName: string }
  | { step: 'refused'; fileName: string; message: string }
  | { step: 'preview'; fileName: string; file: BackupFile; summary: BackupSummary }
  | { step: 'done'; fileName: string };

/**
 * Read, show, confirm: nothing in the store changes until the person has seen what the file
 * holds and said yes. A file that is not a good backup is refused with the reason.
 */
export function RestoreSection() {
  const { t, locale } = useMessages(messages);
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const replace = useReplaceData();
  const [state, setState] = useState<Step>({ step: 'choose' });

  const choose = async (files: FileList | null) => {
    const chosen = files?.[0];
    replace.reset();
    if (!chosen) return setState({ step: 'choose' });
    // A year of updates is a few megabytes; a file hundreds of times that is not our backup.
    if (chosen.size > MAX_BACKUP_BYTES) {
      return setState({ step: 'refused', fileName: chosen.name, message: t('settings.restore.tooLarge') });
    }
    setState({ step: 'reading', fileName: chosen.name });
    let text: string;
    try {
      text = await chosen.text();
    } catch {
      return setState({ step: 'refused', fileName: chosen.name, message: t('settings.restore.unreadable') });
    }
    const read = readBackup(text);
    setState(
      read.ok
        ? { step: 'preview', fileName: chosen.name, file: read.file, summary: read.summary }
        : { step: 'refused', fileName: chosen.name, message: read.problem.message },
    );
  };
  const clear = () => {
    if (input.current) input.current.value = '';
  };

  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('settings.restore.heading')}</h2>
      <p>{t('settings.restore.intro')}</p>
      <div className="field">
        <label htmlFor={`${id}-file`}>{t('settings.restore.file')}</label>
        <input id={`${id}-file`} ref={input} type="file" accept=".json,application/json" onChange={(e) => void choose(e.target.files)} />
      </div>
      {state.step === 'refused' && (
        <p role="alert" className="field-error">
          {t('settings.restore.refused', { file: state.fileName, message: state.message })}
        </p>
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
          <BackupPreview summary={state.summary} />
          <div className="actions">
            <button
              type="button"
              className="danger"
              disabled={replace.isPending}
              onClick={() =>
                replace.mutate(state.file.data, {
                  onSuccess: () => {
                    clear();
                    setState({ step: 'done', fileName: state.fileName });
                  },
                })
              }
            >
              {t('settings.restore.confirm')}
            </button>
            <button type="button" onClick={() => (clear(), setState({ step: 'choose' }))}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      )}
      <p role="status" className="form-status">
        {state.step === 'reading' && t('settings.restore.reading')}
        {state.step === 'done' && t('settings.restore.done', { file: state.fileName })}
      </p>
      {replace.isError && (
        <p role="alert" className="field-error">
          {t('settings.restore.failed', { message: replace.error.message })}
        </p>
      )}
    </section>
  );
}
