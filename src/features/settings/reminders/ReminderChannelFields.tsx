import type { FieldPath, UseFormReturn } from 'react-hook-form';
import type { ReminderSettingsViewed } from '../../../data/reminderQueries';
import type { ReminderSettingsInput } from '../../../domain/reminders/settings';
import { SMTP_SECURITY } from '../../../domain/reminders/settings';
import { useMessages } from '../../../i18n/featureMessages';
import { Choice } from '../../../ui/Choice';
import { Field } from './Field';
import type { ReminderFormValues } from './reminderForm';
import { reminderMessages } from './reminderMessages';

interface Props {
  id: string;
  form: UseFormReturn<ReminderFormValues, unknown, ReminderSettingsInput>;
  saved: ReminderSettingsViewed;
}

/**
 * LINE's token and the SMTP account. A secret's field starts empty (the server never returns
 * one) and says whether one is saved; it is sent only when typed, or removed with its box.
 */
export function ReminderChannelFields({ id, form, saved }: Props) {
  const { t } = useMessages(reminderMessages);
  const error = (name: FieldPath<ReminderFormValues>) => form.getFieldState(name, form.formState).error?.message;
  const secretHint = (has: boolean) => (!saved.secretKeyReady ? t('reminders.form.secretNoKey') : has ? t('reminders.form.secretSet') : t('reminders.form.secretNotSet'));
  const noKey = !saved.secretKeyReady;
  return (
    <>
      <fieldset className="field">
        <legend>{t('reminders.form.line')}</legend>
        <Choice type="checkbox" label={t('reminders.form.lineEnabled')} {...form.register('line.enabled')} />
        <Field id={`${id}-lineToken`} label={t('reminders.form.lineToken')} hint={secretHint(saved.hasLineToken)} error={error('lineToken')}>
          {(a11y) => <input {...a11y} type="password" autoComplete="off" disabled={noKey} {...form.register('lineToken')} />}
        </Field>
        {saved.hasLineToken && <Choice type="checkbox" label={t('reminders.form.removeLineToken')} disabled={noKey} {...form.register('removeLineToken')} />}
      </fieldset>
      <fieldset className="field">
        <legend>{t('reminders.form.email')}</legend>
        <Choice type="checkbox" label={t('reminders.form.emailEnabled')} {...form.register('email.enabled')} />
        <Field id={`${id}-smtpHost`} label={t('reminders.form.smtpHost')} error={error('email.smtp.host')}>
          {(a11y) => <input {...a11y} autoComplete="off" spellCheck={false} {...form.register('email.smtp.host')} />}
        </Field>
        <Field id={`${id}-smtpPort`} label={t('reminders.form.smtpPort')} error={error('email.smtp.port')}>
          {(a11y) => <input {...a11y} type="number" inputMode="numeric" {...form.register('email.smtp.port', { valueAsNumber: true })} />}
        </Field>
        <Field id={`${id}-smtpSecurity`} label={t('reminders.form.smtpSecurity')} error={error('email.smtp.security')}>
          {(a11y) => (
            <select {...a11y} {...form.register('email.smtp.security')}>
              {SMTP_SECURITY.map((s) => (
                <option key={s} value={s}>
                  {t(`reminders.form.security.${s}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id={`${id}-smtpUsername`} label={t('reminders.form.smtpUsername')} hint={t('reminders.form.smtpUsernameHint')} error={error('email.smtp.username')}>
          {(a11y) => <input {...a11y} autoComplete="off" spellCheck={false} {...form.register('email.smtp.username')} />}
        </Field>
        <Field id={`${id}-smtpPassword`} label={t('reminders.form.smtpPassword')} hint={secretHint(saved.hasSmtpPassword)} error={error('smtpPassword')}>
          {(a11y) => <input {...a11y} type="password" autoComplete="new-password" disabled={noKey} {...form.register('smtpPassword')} />}
        </Field>
        {saved.hasSmtpPassword && <Choice type="checkbox" label={t('reminders.form.removeSmtpPassword')} disabled={noKey} {...form.register('removeSmtpPassword')} />}
        <Field id={`${id}-smtpFrom`} label={t('reminders.form.smtpFrom')} error={error('email.smtp.from')}>
          {(a11y) => <input {...a11y} type="email" autoComplete="off" spellCheck={false} {...form.register('email.smtp.from')} />}
        </Field>
      </fieldset>
    </>
  );
}
