import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useUpdateAccount } from '../../data/accountQueries';
import { PASSWORD_MIN_LENGTH } from '../../domain/passwordRule';
import type { Account } from '../../domain/schemas/account';
import { useMessages } from '../../i18n/featureMessages';
import { FieldError } from '../../ui/FieldError';
import { passwordResolver, showRefusal } from './accountForm';
import { SaveControls } from '../../ui/SaveControls';
import { messages } from './messages';

/**
 * A new password for someone who forgot theirs or is locked out: it also lifts the lock and signs
 * them out everywhere. Once saved it is cleared from the field and never shown again.
 */
export function PasswordForm({ account, self }: { account: Account; self: boolean }) {
  const { t } = useMessages(messages);
  const id = useId();
  const update = useUpdateAccount();
  const [done, setDone] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const form = useForm({ resolver: passwordResolver, defaultValues: { password: '' } });
  const error = form.formState.errors.password?.message;
  const submit = form.handleSubmit(({ password }) => {
    setDone(null);
    setRefusal(null);
    update.mutate(
      { id: account.id, changes: { password } },
      {
        onSuccess: (saved) => {
          form.reset({ password: '' });
          setDone(t('accounts.reset.done', { username: saved.username }));
        },
        onError: (failure) => setRefusal(showRefusal(failure, form.setError, ['password'], t('accounts.fixFields'))),
      },
    );
  });

  return (
    <form className="form" noValidate aria-labelledby={`${id}-h`} onSubmit={(e) => void submit(e)}>
      <h4 id={`${id}-h`}>{t('accounts.reset.heading')}</h4>
      {/* Every session of the account ends, this one too when it is one's own. */}
      <p className="hint">{t(self ? 'accounts.reset.hintSelf' : 'accounts.reset.hint')}</p>
      <div className="field">
        <label htmlFor={`${id}-password`}>{t('accounts.reset.label')}</label>
        <input
          id={`${id}-password`}
          type="password"
          autoComplete="new-password"
          aria-invalid={!!error}
          aria-describedby={`${id}-password-hint ${id}-password-error`}
          {...form.register('password')}
        />
        <p id={`${id}-password-hint`} className="hint">
          {t('accounts.passwordHint', { min: PASSWORD_MIN_LENGTH })}
        </p>
        <FieldError id={`${id}-password-error`} message={error} />
      </div>
      <SaveControls pending={update.isPending} label={t('accounts.reset.submit')} status={done} failure={refusal} />
    </form>
  );
}
