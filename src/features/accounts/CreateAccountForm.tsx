import { useId, useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { useCreateAccount } from '../../data/accountQueries';
import { PASSWORD_MIN_LENGTH } from '../../domain/passwordRule';
import type { NewAccount } from '../../domain/schemas/account';
import type { Unit } from '../../domain/schemas/organisation';
import { useMessages } from '../../i18n/featureMessages';
import { FieldError } from '../../ui/FieldError';
import { EMPTY_ACCOUNT, newAccountResolver } from './accountForm';
import { SaveControls } from '../../ui/SaveControls';
import { messages } from './messages';
import { RoleAndUnitFields } from './RoleAndUnitFields';
import { useAccountWords } from './useAccountWords';
import { useSaveOutcome } from './useSaveOutcome';
import { useRefusalsFollowLanguage } from '../../ui/useRefusalsFollowLanguage';

const FIELDS = ['username', 'name', 'role', 'unitId', 'password'] as const;

/**
 * A new account, checked as the server checks it. A refusal (a username already taken, say) is
 * said beside its field and everything typed stays, so the planning officer mends one field.
 */
export function CreateAccountForm({ units }: { units: Unit[] }) {
  const { t } = useMessages(messages);
  const words = useAccountWords();
  const id = useId();
  const create = useCreateAccount();
  const resolver = useMemo(() => newAccountResolver(words.password, words.field), [words]);
  const form = useForm({ resolver, defaultValues: EMPTY_ACCOUNT });
  useRefusalsFollowLanguage(form);
  const { errors } = form.formState;
  const outcome = useSaveOutcome(form, FIELDS, t('accounts.fixFields'), words);
  const submit = form.handleSubmit((input) => {
    outcome.clear();
    create.mutate(input, {
      onSuccess: (account) => {
        form.reset(EMPTY_ACCOUNT);
        outcome.saved(t('accounts.create.done', { username: account.username, name: account.name }));
      },
      onError: outcome.refused,
    });
  });
  const field = (name: keyof NewAccount, hint = false) => ({
    id: `${id}-${name}`,
    'aria-invalid': !!errors[name],
    'aria-describedby': `${hint ? `${id}-${name}-hint ` : ''}${id}-${name}-error`,
  });

  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('accounts.create.heading')}</h2>
      <form className="form" noValidate onSubmit={(e) => void submit(e)}>
        <div className="field">
          <label htmlFor={`${id}-username`}>{t('accounts.username')}</label>
          <input {...field('username', true)} autoComplete="off" autoCapitalize="none" spellCheck={false} {...form.register('username')} />
          <p id={`${id}-username-hint`} className="hint">
            {t('accounts.usernameHint')}
          </p>
          <FieldError id={`${id}-username-error`} message={errors.username?.message} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-name`}>{t('accounts.name')}</label>
          <input {...field('name')} autoComplete="off" {...form.register('name')} />
          <FieldError id={`${id}-name-error`} message={errors.name?.message} />
        </div>
        <RoleAndUnitFields id={id} form={form} units={units} roleError={errors.role?.message} unitError={errors.unitId?.message} />
        <div className="field">
          <label htmlFor={`${id}-password`}>{t('accounts.password')}</label>
          <input {...field('password', true)} type="password" autoComplete="new-password" {...form.register('password')} />
          <p id={`${id}-password-hint`} className="hint">
            {t('accounts.passwordHint', { min: PASSWORD_MIN_LENGTH })}
          </p>
          <FieldError id={`${id}-password-error`} message={errors.password?.message} />
        </div>
        <SaveControls pending={create.isPending} label={t('accounts.create.submit')} status={outcome.done} failure={outcome.refusal} />
      </form>
    </section>
  );
}
