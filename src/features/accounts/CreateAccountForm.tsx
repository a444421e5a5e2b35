import { useId, useMemo, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useCreateAccount } from '../../data/accountQueries';
import { PASSWORD_MIN_LENGTH } from '../../domain/passwordRule';
import { ROLES } from '../../domain/schemas/actor';
import type { NewAccount } from '../../domain/schemas/account';
import type { Unit } from '../../domain/schemas/organisation';
import { useMessages } from '../../i18n/featureMessages';
import { Choice, ChoiceGroup } from '../../ui/Choice';
import { FieldError } from '../../ui/FieldError';
import { EMPTY_ACCOUNT, newAccountResolver, ROLE_LABELS, showRefusal } from './accountForm';
import { SaveControls } from '../../ui/SaveControls';
import { messages } from './messages';
import { ownPasswordMessages } from './ownPasswordMessages';
import { passwordWording } from './passwordWords';
import { UnitSelect } from './UnitSelect';

const FIELDS = ['username', 'name', 'role', 'unitId', 'password'] as const;

/**
 * A new account, checked as the server checks it. A refusal (a username already taken, say) is
 * said beside its field and everything typed stays, so the planning officer mends one field.
 */
export function CreateAccountForm({ units }: { units: Unit[] }) {
  const { t } = useMessages(messages);
  const own = useMessages(ownPasswordMessages);
  const id = useId();
  const create = useCreateAccount();
  const [done, setDone] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const resolver = useMemo(() => newAccountResolver(passwordWording(own.t)), [own.t]);
  const form = useForm({ resolver, defaultValues: EMPTY_ACCOUNT });
  const { errors } = form.formState;
  const role = useWatch({ control: form.control, name: 'role' });
  const submit = form.handleSubmit((input) => {
    setDone(null);
    setRefusal(null);
    create.mutate(input, {
      onSuccess: (account) => {
        form.reset(EMPTY_ACCOUNT);
        setDone(t('accounts.create.done', { username: account.username, name: account.name }));
      },
      onError: (error) => setRefusal(showRefusal(error, form.setError, FIELDS, t('accounts.fixFields'))),
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
        <ChoiceGroup legend={t('accounts.role')} error={errors.role?.message}>
          {ROLES.map((r) => (
            <Choice
              key={r}
              type="radio"
              value={r}
              label={t(ROLE_LABELS[r])}
              {...form.register('role', {
                onChange: () => {
                  if (r !== 'department-head') form.setValue('unitId', null);
                  form.clearErrors('unitId');
                },
              })}
            />
          ))}
        </ChoiceGroup>
        <UnitSelect id={`${id}-unitId`} units={units} enabled={role === 'department-head'} error={errors.unitId?.message} register={form.register('unitId', { setValueAs: (v: string | null) => (v ? v : null) })} />
        <div className="field">
          <label htmlFor={`${id}-password`}>{t('accounts.password')}</label>
          <input {...field('password', true)} type="password" autoComplete="new-password" {...form.register('password')} />
          <p id={`${id}-password-hint`} className="hint">
            {t('accounts.passwordHint', { min: PASSWORD_MIN_LENGTH })}
          </p>
          <FieldError id={`${id}-password-error`} message={errors.password?.message} />
        </div>
        <SaveControls pending={create.isPending} label={t('accounts.create.submit')} status={done} failure={refusal} />
      </form>
    </section>
  );
}
