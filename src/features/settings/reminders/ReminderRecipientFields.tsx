import type { FieldPath, UseFormReturn } from 'react-hook-form';
import type { ReminderSettingsInput } from '../../../domain/reminders/settings';
import { useMessages } from '../../../i18n/featureMessages';
import { Field } from './Field';
import type { ReminderFormValues } from './reminderForm';
import { reminderMessages } from './reminderMessages';

interface Props {
  id: string;
  form: UseFormReturn<ReminderFormValues, unknown, ReminderSettingsInput>;
  unitName: (unitId: string) => string;
}

/** Who gets the summary, and each unit head's addresses: LINE ids and e-mail addresses, one a line. */
export function ReminderRecipientFields({ id, form, unitName }: Props) {
  const { t } = useMessages(reminderMessages);
  const error = (name: FieldPath<ReminderFormValues>) => form.getFieldState(name, form.formState).error?.message;
  const rows = form.getValues('units');
  const list = (name: FieldPath<ReminderFormValues>, label: string, hint: string) => (
    <Field key={name} id={`${id}-${name}`} label={label} hint={hint} error={error(name)}>
      {(a11y) => <textarea {...a11y} rows={2} spellCheck={false} autoCapitalize="none" {...form.register(name)} />}
    </Field>
  );
  return (
    <>
      <fieldset className="field">
        <legend>{t('reminders.form.planner')}</legend>
        {list('planner.line', t('reminders.form.plannerLine'), t('reminders.form.lineIdHint'))}
        {list('planner.email', t('reminders.form.plannerEmail'), t('reminders.form.emailHint'))}
      </fieldset>
      <h4>{t('reminders.form.units')}</h4>
        {rows.map((row, i) => (
          <fieldset key={row.unitId} className="field">
            <legend>{unitName(row.unitId)}</legend>
            {list(`units.${i}.line`, t('reminders.form.unitLine', { unit: unitName(row.unitId) }), t('reminders.form.lineIdHint'))}
            {list(`units.${i}.email`, t('reminders.form.unitEmail', { unit: unitName(row.unitId) }), t('reminders.form.emailHint'))}
          </fieldset>
        ))}
    </>
  );
}
