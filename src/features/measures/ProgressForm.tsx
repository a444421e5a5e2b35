import { useEffect, useId, useMemo, useState } from 'react';
import { useForm, useWatch, type FieldErrors, type Resolver } from 'react-hook-form';
import { useAppendProgress, useWithdrawProgress } from '../../data/measureMutations';
import { faultsByField } from '../../data/storeError';
import type { Measure, ProgressUpdate } from '../../domain/schemas/measure';
import { MEASURE_STATUSES } from '../../domain/schemas/measure';
import { progressInputSchema, type ProgressInput } from '../../domain/schemas/measureInput';
import { useMessages } from '../../i18n/featureMessages';
import { useErrorWords } from '../../i18n/useErrorWords';
import { FieldError } from '../../ui/FieldError';
import { Alert } from '../../ui/Alert';
import { SaveFailed } from '../../ui/SaveFailed';
import type { PreparedFile } from '../../data/files/prepareFile';
import { useEvidenceChoice } from '../../data/evidenceChoice';
import { evidenceRefusalOf } from '../../data/evidenceRefusal';
import { EvidencePicker } from '../../ui/evidence/EvidencePicker';
import { SendFailed } from '../../ui/evidence/SendFailed';
import { SendingProgress, WaitForFiles } from '../../ui/evidence/SendingProgress';
import { messages } from './messages';
import { MEASURE_STATUS_LABELS } from '../../ui/healthLabels';
import { formatDay } from '../../i18n/dates';
import { useRefusalsFollowLanguage } from '../../ui/useRefusalsFollowLanguage';

/** How long the undo stays on screen; the store allows taking an update back for longer. */
const UNDO_SECONDS = 10;

function todayIso(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function defaultsFrom(latest: ProgressUpdate | undefined): ProgressInput {
  return { date: todayIso(), status: latest?.status ?? 'in-progress', percent: latest?.percent ?? 0, note: '', evidenceUrl: '' };
}

/**
 * Recording progress in under a minute on a phone: five labelled fields, the last status and
 * percent already filled in, the date today. The update shows at once; if the store refuses,
 * every field keeps what was typed; a saved update can be taken back for a few seconds.
 */
export function ProgressForm({ measure, latest, focusFirst = false }: { measure: Measure; latest: ProgressUpdate | undefined; focusFirst?: boolean }) {
  const { t, locale } = useMessages(messages);
  const id = useId();
  const append = useAppendProgress(measure.id);
  const withdraw = useWithdrawProgress(measure.id);
  const [saved, setSaved] = useState<{ update: ProgressUpdate; files: readonly PreparedFile[] } | null>(null);
  const choice = useEvidenceChoice();
  const words = useErrorWords();
  // The schema's faults worded by their codes, so an English reader is told in English.
  const resolver = useMemo<Resolver<ProgressInput>>(
    () => (values) => {
      const parsed = progressInputSchema.safeParse(values);
      return parsed.success ? { values: parsed.data, errors: {} } : { values: {}, errors: faultsByField(parsed.error, words.field) as FieldErrors<ProgressInput> };
    },
    [words],
  );
  const form = useForm<ProgressInput>({ resolver, defaultValues: defaultsFrom(latest) });
  useRefusalsFollowLanguage(form);
  const { errors } = form.formState;
  const date = useWatch({ control: form.control, name: 'date' });
  const dateInThai = /^\d{4}-\d{2}-\d{2}$/.test(date ?? '') ? formatDay(date, locale, 'full') : '';

  // Opened from "my work" to report: straight to the percent, the field most updates change.
  useEffect(() => {
    if (focusFirst) form.setFocus('percent', { shouldSelect: true });
  }, [focusFirst, form]);

  useEffect(() => {
    if (!saved) return;
    const timer = setTimeout(() => setSaved(null), UNDO_SECONDS * 1000);
    return () => clearTimeout(timer);
  }, [saved]);

  const submit = form.handleSubmit((input) => {
    const files = choice.ready;
    append.mutate(
      { input, files },
      {
        onSuccess: (update) => {
          setSaved({ update, files });
          choice.clear();
          form.reset({ ...defaultsFrom(update), status: update.status, percent: update.percent });
        },
      },
    );
  });
  const undo = ({ update, files }: { update: ProgressUpdate; files: readonly PreparedFile[] }) =>
    withdraw.mutate(update.id, {
      onSuccess: () => {
        setSaved(null);
        // Back into the form, to be mended rather than typed again, its files with it.
        form.reset({ date: update.date, status: update.status, percent: update.percent, note: update.note, evidenceUrl: update.evidenceUrl });
        choice.restore(files);
      },
    });
  const field = (name: keyof ProgressInput) => ({
    id: `${id}-${name}`,
    'aria-invalid': !!errors[name],
    'aria-describedby': `${id}-${name}-error`,
  });

  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('progress.heading')}</h2>
      <form className="form progress-form" noValidate onSubmit={(e) => void submit(e)}>
        <div className="field">
          <label htmlFor={`${id}-status`}>{t('measures.status')}</label>
          <select {...field('status')} {...form.register('status')}>
            {MEASURE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(MEASURE_STATUS_LABELS[s])}
              </option>
            ))}
          </select>
          <FieldError id={`${id}-status-error`} message={errors.status?.message} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-percent`}>{t('progress.percent')}</label>
          <input type="number" inputMode="numeric" min={0} max={100} step={1} {...field('percent')} {...form.register('percent', { valueAsNumber: true })} />
          <FieldError id={`${id}-percent-error`} message={errors.percent?.message} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-note`}>{t('progress.note')}</label>
          <textarea rows={3} {...field('note')} {...form.register('note')} />
          <FieldError id={`${id}-note-error`} message={errors.note?.message} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-evidenceUrl`}>{t('progress.evidence')}</label>
          <input type="url" inputMode="url" placeholder="https://" {...field('evidenceUrl')} {...form.register('evidenceUrl')} />
          <FieldError id={`${id}-evidenceUrl-error`} message={errors.evidenceUrl?.message} />
        </div>
        <EvidencePicker choice={choice} disabled={append.isPending} />
        <div className="field">
          <label htmlFor={`${id}-date`}>{t('progress.date')}</label>
          <input type="date" {...field('date')} aria-describedby={`${id}-date-be ${id}-date-error`} {...form.register('date')} />
          <p id={`${id}-date-be`} className="hint">
            {dateInThai}
          </p>
          <FieldError id={`${id}-date-error`} message={errors.date?.message} />
        </div>
        <button type="submit" disabled={append.isPending || choice.preparing > 0} aria-describedby={choice.preparing > 0 ? `${id}-wait` : undefined}>
          {t('progress.save')}
        </button>
        {choice.preparing > 0 && <WaitForFiles id={`${id}-wait`} />}
        {append.isPending && choice.ready.length > 0 && <SendingProgress upload={append.upload} onCancel={append.cancel} />}
        {append.isError && (choice.files.length > 0 || append.cancelled) ? (
          <SendFailed error={append.error} refused={evidenceRefusalOf(append.error)} cancelled={append.cancelled} onSendAgain={() => void submit()} />
        ) : (
          <SaveFailed error={append.error} />
        )}
        {withdraw.isError && <Alert>{t('progress.undoFailed', { message: words.storeError(withdraw.error) })}</Alert>}
        <div role="status" className="form-status">
          {saved && (
            <>
              {t('progress.saved', { percent: saved.update.percent })}{' '}
              <button type="button" className="link-button" onClick={() => undo(saved)} disabled={withdraw.isPending}>
                {t('progress.undo')}
              </button>
            </>
          )}
        </div>
      </form>
    </section>
  );
}
