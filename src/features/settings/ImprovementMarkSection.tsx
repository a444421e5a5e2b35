import { useId, useState } from 'react';
import { useUpdateSettings } from '../../data/mutations';
import { useSettings } from '../../data/queries';
import { useMessages } from '../../i18n/featureMessages';
import { FieldError } from '../../ui/FieldError';
import { SaveControls } from '../../ui/SaveControls';
import { messages } from './messages';

/** Saved optimistically: the dashboard moves at once, and moves back if the store refuses. */
export function ImprovementMarkSection() {
  const { t } = useMessages(messages);
  const settings = useSettings();
  const update = useUpdateSettings();
  const id = useId();
  const [typed, setTyped] = useState<string | null>(null);
  const [invalid, setInvalid] = useState(false);
  const value = typed ?? (settings.data ? String(settings.data.improvementMark) : '');
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const mark = Number(value);
    if (value.trim() === '' || !Number.isFinite(mark) || mark < 0 || mark > 100) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    update.mutate({ improvementMark: mark }, { onSuccess: () => setTyped(null) });
  };
  const error = invalid ? t('settings.mark.invalid') : undefined;
  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('settings.mark.heading')}</h2>
      <form className="form" onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor={`${id}-mark`}>{t('settings.mark.label')}</label>
          <input
            id={`${id}-mark`}
            inputMode="decimal"
            value={value}
            onChange={(e) => setTyped(e.target.value)}
            aria-invalid={invalid}
            aria-describedby={`${id}-hint ${id}-error`}
          />
          <p id={`${id}-hint`} className="hint">
            {t('settings.mark.hint')}
          </p>
          <FieldError id={`${id}-error`} message={error} />
        </div>
        <SaveControls pending={update.isPending} status={update.isSuccess && typed === null ? t('common.saved') : null} failure={update.error?.message ?? null} />
      </form>
    </section>
  );
}
