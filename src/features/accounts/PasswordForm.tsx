import { useId, useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { useUpdateAccount } from '../../data/accountQueries';
import { PASSWORD_MIN_LENGTH } from '../../domain/passwordRule';
import type { Account } from '../../domain/schemas/account';
import { useMessages } from '../../i18n/featureMessages';
import { FieldError } from '../../ui/FieldError';
import { passwordResolver, type PasswordValues } from './accountForm';
import { SaveControls } from '../../ui/SaveControls';
import { messages } from './messages';
import { useAccountWords } from './useAccountWords';
import { useSaveOutcome } from './useSaveOutcome';
import { useRefusalsFollowLanguage } from '../../ui/useRefusalsFollowLanguage';

const EMPTY: PasswordValues = { password: '', currentPassword: '' };

/**
 * A new password for someone who forgot theirs or is locked out: it also lifts the lock and signs
 * them out everywhere. One's own needs the current one too, and keeps this browser signed in.
 * Once saved it is cleared from the field and never shown again.
 */
export function PasswordForm({ account, self }: { account: Account; self: boolean }) {
  const { t } = useMessages(messages);
  const words = useAccountWords();
  const id = useId();
  const update = useUpdateAccount();
  const resolver = useMemo(() => passwordResolver(account, self, t('accounts.reset.currentMissing'), words.password), [account, self, t, words.password]);
  const form = useForm({ resolver, defaultValues: EMPTY });
  useRefusalsFollowLanguage(form);
  const { errors } = form.formState;
  const outcome = useSaveOutcome(form, ['password', 'currentPassword'], t('accounts.fixFields'), words);
  const submit = form.handleSubmit(({ password, currentPassword }) => {
    outcome.clear();
    update.mutate(
      { id: account.id, changes: self ? { password, currentPassword } : { password } },
      {
        onSuccess: (saved) => {
          form.reset(EMPTY);
          outcome.saved(t('accounts.reset.done', { username: saved.username }));
        },
        onError: outcome.refused,
      },
    );
  });

  return (
    <form className="form" noValidate aria-labelledby={`${id}-h`} onSubmit={(e) => void submit(e)}>
      <h4 id={`${id}-h`}>{t('accounts.reset.heading')}</h4>
      <p className="hint">{t(self ? 'accounts.reset.hintSelf' : 'accounts.reset.hint')}</p>
      {self && (
        <div className="field">
          <label htmlFor={`${id}-current`}>{t('accounts.reset.current')}</label>
          <input
            id={`${id}-current`}
            type="password"
            autoComplete="current-password"
            aria-invalid={!!errors.currentPassword}
            aria-describedby={`${id}-current-error`}
            {...form.register('currentPassword')}
          />
          <FieldError id={`${id}-current-error`} message={errors.currentPassword?.message} />
        </div>
      )}
      <div className="field">
        <label htmlFor={`${id}-password`}>{t('accounts.reset.label')}</label>
        <input
          id={`${id}-password`}
          type="password"
          autoComplete="new-password"
          aria-invalid={!!errors.password}
          aria-describedby={`${id}-password-hint ${id}-password-error`}
          {...form.register('password')}
        />
        <p id={`${id}-password-hint`} className="hint">
          {t('accounts.passwordHint', { min: PASSWORD_MIN_LENGTH })}
        </p>
        <FieldError id={`${id}-password-error`} message={errors.password?.message} />
      </div>
      <SaveControls pending={update.isPending} label={t('accounts.reset.submit')} status={outcome.done} failure={outcome.refusal} />
    </form>
  );
}
