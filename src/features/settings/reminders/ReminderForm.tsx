import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useForm, type FieldPath } from 'react-hook-form';
import { useSaveReminderSettings, type ReminderSettingsViewed } from '../../../data/reminderQueries';
import type { FieldError } from '../../../data/storeError';
import type { ReminderSettingsInput } from '../../../domain/reminders/settings';
import type { Unit } from '../../../domain/schemas/organisation';
import { useMessages } from '../../../i18n/featureMessages';
import { useErrorWords } from '../../../i18n/useErrorWords';
import { Choice } from '../../../ui/Choice';
import { SaveControls } from '../../../ui/SaveControls';
import { Field } from './Field';
import { ReminderChannelFields } from './ReminderChannelFields';
import { formValuesOf, inputOf, isFormField, isLineIdFault, refusedFields, reminderResolver, type ReminderFormValues } from './reminderForm';
import { reminderMessages } from './reminderMessages';
import { ReminderRecipientFields } from './ReminderRecipientFields';
import { SERVER_FAULT, useRefusalsFollowLanguage } from '../../../ui/useRefusalsFollowLanguage';

const HOURS = Array.from({ length: 24 }, (_, hour) => hour);

/**
 * When reminders go, by which channel, to whom. Checked as the server checks it; a refusal is
 * said beside its field and everything typed stays, secrets included, for one field to be mended.
 */
export function ReminderForm({
  saved,
  units,
  unitName,
  onUnsavedChange,
}: {
  saved: ReminderSettingsViewed;
  units: Unit[];
  unitName: (unitId: string) => string;
  /** Told whether the form holds changes not yet saved, for the tests beside it. */
  onUnsavedChange?: (unsaved: boolean) => void;
}) {
  const { t } = useMessages(reminderMessages);
  const words = useErrorWords();
  const id = useId();
  const save = useSaveReminderSettings();
  const [done, setDone] = useState(false);
  // Kept as the refusal and the rows it was made of, not as words, so a change of language rewords it.
  const [failure, setFailure] = useState<{ error: Error; unitRows: readonly number[] } | null>(null);
  const word = useMemo(
    () => (f: FieldError) => (isLineIdFault(f) ? t('reminders.form.lineIdFault') : f.code === 'no-secret-key' ? t('reminders.noSecretKey') : words.field(f)),
    [t, words],
  );
  const resolver = useMemo(() => reminderResolver(word), [word]);
  const form = useForm<ReminderFormValues, unknown, ReminderSettingsInput>({ resolver, defaultValues: formValuesOf(saved, units) });
  useRefusalsFollowLanguage(form);
  const error = (name: FieldPath<ReminderFormValues>) => form.getFieldState(name, form.formState).error?.message;
  const { isDirty } = form.formState;
  useEffect(() => onUnsavedChange?.(isDirty), [isDirty, onUnsavedChange]);

  const faults = failure && refusedFields(failure.error, failure.unitRows);
  const besideForm = (faults ?? []).filter((f) => isFormField(f.place));
  const place = (beside: typeof besideForm, focus: boolean) =>
    beside.forEach((f, i) => form.setError(f.place as FieldPath<ReminderFormValues>, { type: SERVER_FAULT, message: word(f.field) }, { shouldFocus: focus && i === 0 }));
  const rest = (faults ?? []).filter((f) => !isFormField(f.place));
  const refusal = !failure ? null : !faults ? words.storeError(failure.error) : rest.length > 0 ? rest.map((f) => word(f.field)).join(' · ') : t('reminders.form.fixFields');
  // The faults still shown as the server's, said again in the new words; a field typed over since has its own say.
  const placedWith = useRef(word);
  useEffect(() => {
    if (placedWith.current === word) return;
    placedWith.current = word;
    place(besideForm.filter((f) => form.getFieldState(f.place as FieldPath<ReminderFormValues>).error?.type === SERVER_FAULT), false);
  });

  const submit = form.handleSubmit((input) => {
    setDone(false);
    setFailure(null);
    const { unitRows } = inputOf(form.getValues());
    save.mutate(input, {
      onSuccess: (view) => {
        form.reset(formValuesOf(view, units));
        setDone(true);
      },
      onError: (error) => {
        const refused = { error, unitRows };
        place((refusedFields(error, unitRows) ?? []).filter((f) => isFormField(f.place)), true);
        setFailure(refused);
      },
    });
  });

  return (
    <form className="form" noValidate aria-labelledby={`${id}-h`} onSubmit={(e) => void submit(e)}>
      <h3 id={`${id}-h`}>{t('reminders.form.heading')}</h3>
      <Choice type="checkbox" label={t('reminders.form.enabled')} hint={t('reminders.form.enabledHint')} {...form.register('enabled')} />
      <Field id={`${id}-daysBefore`} label={t('reminders.form.daysBefore')} error={error('daysBefore')}>
        {(a11y) => <input {...a11y} type="number" inputMode="numeric" min={1} max={30} {...form.register('daysBefore', { valueAsNumber: true })} />}
      </Field>
      <Field id={`${id}-sendHour`} label={t('reminders.form.sendHour')} error={error('sendHour')}>
        {(a11y) => (
          <select {...a11y} {...form.register('sendHour', { setValueAs: Number })}>
            {HOURS.map((hour) => (
              <option key={hour} value={hour}>
                {t('reminders.form.hour', { hour: String(hour).padStart(2, '0') })}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id={`${id}-appUrl`} label={t('reminders.form.appUrl')} hint={t('reminders.form.appUrlHint')} error={error('appUrl')}>
        {(a11y) => <input {...a11y} type="url" autoComplete="url" spellCheck={false} {...form.register('appUrl')} />}
      </Field>
      <ReminderChannelFields id={id} form={form} saved={saved} />
      <ReminderRecipientFields id={id} form={form} unitName={unitName} />
      <SaveControls pending={save.isPending} label={t('reminders.form.save')} status={done ? t('reminders.form.saved') : null} failure={refusal} />
    </form>
  );
}
