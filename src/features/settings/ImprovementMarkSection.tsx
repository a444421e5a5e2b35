import { useId, useState } from 'react';
import { useUpdateSettings } from '../../data/mutations';
import { useSettings } from '../../data/queries';
import { useSessionActor } from '../../data/sessionContext';
import { planningOnlyRefusal } from '../../domain/access';
import { useMessages } from '../../i18n/featureMessages';
import { useErrorWords } from '../../i18n/useErrorWords';
import { FieldError } from '../../ui/FieldError';
import { SaveControls } from '../../ui/SaveControls';
import { messages } from './messages';

/**
 * The mark below which a score needs improvement. The planning officer's to set: anyone else
 * reads it with who sets it, rather than typing a value the store would refuse on save.
 */
export function ImprovementMarkSection() {
  const { t, locale } = useMessages(messages);
  const settings = useSettings();
  const refusal = planningOnlyRefusal(useSessionActor());
  const id = useId();
  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('settings.mark.heading')}</h2>
      {refusal ? (
        <>
          {settings.data && <p>{t('settings.mark.current', { mark: new Intl.NumberFormat(locale).format(settings.data.improvementMark) })}</p>}
          <p className="hint">{t(refusal.code === 'read-only' ? 'settings.mark.readOnly' : 'settings.mark.planningOnly')}</p>
        </>
      ) : (
        <MarkForm id={id} />
      )}
    </section>
  );
}

/** Saved optimistically: the dashboard moves at once, and moves back if the store refuses. */
function MarkForm({ id }: { id: string }) {
  const { t } = useMessages(messages);
  const settings = useSettings();
  const update = useUpdateSettings();
  const words = useErrorWords();
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
      <SaveControls pending={update.isPending} status={update.isSuccess && typed === null ? t('common.saved') : null} failure={update.error ? words.storeError(update.error) : null} />
    </form>
  );
}
