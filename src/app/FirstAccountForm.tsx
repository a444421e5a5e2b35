import { useId, useMemo, useState } from 'react';
import { useForm, type FieldErrors, type Resolver } from 'react-hook-form';
import { firstAccountSchema, SETUP_CODE_TRIES } from '../domain/schemas/firstAccount';
import { FirstAccountMade, useFirstAccount, type FirstAccount } from '../data/setupQueries';
import { fieldErrorOf, isStoreError, type FieldError as Fault } from '../data/storeError';
import { PASSWORD_MIN_LENGTH, passwordCheck, type PasswordProblemCode } from '../domain/passwordRule';
import type { Account } from '../domain/schemas/account';
import { signInRefusalOf, type SignInRefusalCode } from '../domain/signInRefusals';
import { useMessages } from '../i18n/featureMessages';
import { useErrorWords } from '../i18n/useErrorWords';
import { FieldError } from '../ui/FieldError';
import { firstAccountMessages, type FirstAccountKey } from './firstAccountMessages';
import { Alert } from '../ui/Alert';
import { useRefusalsFollowLanguage } from '../ui/useRefusalsFollowLanguage';

type Values = FirstAccount & { confirm: string };
const FIELDS = ['setupCode', 'username', 'name', 'password'] as const;
const EMPTY: Values = { setupCode: '', username: '', name: '', password: '', confirm: '' };
// Each password problem's words, spelled out so the catalog test can see every key in use.
const PASSWORD_WORDS = {
  'password.tooShort': 'firstAccount.problem.tooShort',
  'password.tooLong': 'firstAccount.problem.tooLong',
  'password.repeated': 'firstAccount.problem.repeated',
  'password.digitRun': 'firstAccount.problem.digitRun',
  'password.phone': 'firstAccount.problem.phone',
  'password.date': 'firstAccount.problem.date',
  'password.thaiNumberRow': 'firstAccount.problem.thaiNumberRow',
  'password.passwordWord': 'firstAccount.problem.passwordWord',
  'password.username': 'firstAccount.problem.username',
  'password.name': 'firstAccount.problem.name',
  'password.keyboard': 'firstAccount.problem.keyboard',
  'password.common': 'firstAccount.problem.common',
} as const satisfies Record<PasswordProblemCode, string>;
const isPasswordCode = (code: string | undefined): code is PasswordProblemCode => code !== undefined && Object.hasOwn(PASSWORD_WORDS, code);
// The server's refusals of the setup itself, by code.
const SETUP_WORDS: Partial<Record<SignInRefusalCode, FirstAccountKey>> = {
  'setup.accountsExist': 'firstAccount.refusal.accountsExist',
  'setup.noCode': 'firstAccount.refusal.noCode',
  'setup.codeVoid': 'firstAccount.refusal.codeVoid',
  'setup.codeWrong': 'firstAccount.refusal.codeWrong',
};

/**
 * The first planning officer of an empty server, with the code from its log; checked as the
 * accounts screen checks a password. A refusal keeps everything typed: a wrong code is said
 * beside the code, a weak password beside the password.
 */
export function FirstAccountForm({ onSignedIn, onSetUpAlready }: { onSignedIn: (account: Account) => void; onSetUpAlready: (message: string) => void }) {
  const { t } = useMessages(firstAccountMessages);
  const id = useId();
  const firstAccount = useFirstAccount();
  const words = useErrorWords();
  // The refusal itself, worded as it is shown: a switch of language rewords it.
  const [refusal, setRefusal] = useState<Error | 'fixFields' | null>(null);
  // A server's fault by its code: a password rule's (the common-password list is the server's alone) in this form's words.
  const fieldWords = (f: Fault) => (isPasswordCode(f.code) ? t(PASSWORD_WORDS[f.code], f.values ?? {}) : words.field(f));
  const setupWords = (failure: Error) => {
    const detail = isStoreError(failure, 'forbidden') && failure.detail.kind === 'forbidden' ? failure.detail : null;
    const said = detail && signInRefusalOf(detail.code, detail.values);
    const key = said && SETUP_WORDS[said.code];
    return said && key ? t(key, said.values) : words.storeError(failure);
  };
  // The schema's faults are worded by their codes, so an English reader is told in English.
  const resolver = useMemo<Resolver<Values>>(
    () => (values) => {
      const parsed = firstAccountSchema.safeParse(values);
      const errors: FieldErrors<Values> = {};
      for (const issue of parsed.success ? [] : parsed.error.issues) {
        const field = fieldErrorOf(issue);
        const name = field.path as keyof Values;
        errors[name] ??= { type: issue.code, message: words.field(field) };
      }
      const problem = passwordCheck(values.password, values);
      if (problem) errors.password = { type: 'password', message: t(PASSWORD_WORDS[problem.code], problem.values) };
      else if (values.confirm !== values.password) errors.confirm = { type: 'mismatch', message: t('firstAccount.mismatch') };
      return Object.keys(errors).length === 0 && parsed.success ? { values: { ...parsed.data, confirm: values.confirm }, errors: {} } : { values: {}, errors };
    },
    [t, words],
  );
  const form = useForm<Values>({ resolver, defaultValues: EMPTY });
  useRefusalsFollowLanguage(form);
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async ({ confirm: _confirm, ...input }) => {
    setRefusal(null);
    try {
      onSignedIn(await firstAccount.create(input));
    } catch (error) {
      if (error instanceof FirstAccountMade) return onSetUpAlready(t('firstAccount.made'));
      const failure = error instanceof Error ? error : new Error(String(error));
      if (isStoreError(failure, 'validation') && failure.detail.kind === 'validation') {
        const named = failure.detail.fields.filter((f) => (FIELDS as readonly string[]).includes(f.path));
        named.forEach((f, i) => form.setError(f.path as (typeof FIELDS)[number], { type: 'server', message: fieldWords(f) }, { shouldFocus: i === 0 }));
        setRefusal(named.length > 0 && named.length === failure.detail.fields.length ? 'fixFields' : failure);
      } else if (isStoreError(failure, 'forbidden')) {
        // Someone else made the first account meanwhile: this page becomes the sign-in.
        if (!(await firstAccount.stillWaiting())) return onSetUpAlready(setupWords(failure));
        form.setError('setupCode', { type: 'server', message: setupWords(failure) }, { shouldFocus: true });
      } else {
        setRefusal(failure);
      }
    }
  });
  const field = (name: keyof Values, hint = false) => ({
    id: `${id}-${name}`,
    'aria-invalid': !!errors[name],
    'aria-describedby': `${hint ? `${id}-${name}-hint ` : ''}${id}-${name}-error`,
  });

  return (
    <form className="form sign-in" noValidate onSubmit={(e) => void submit(e)}>
      <div className="field">
        <label htmlFor={`${id}-setupCode`}>{t('firstAccount.setupCode')}</label>
        <input {...field('setupCode', true)} inputMode="numeric" autoComplete="one-time-code" spellCheck={false} autoFocus {...form.register('setupCode')} />
        <p id={`${id}-setupCode-hint`} className="hint">
          {t('firstAccount.setupCodeHint', { tries: SETUP_CODE_TRIES })}
        </p>
        <FieldError id={`${id}-setupCode-error`} message={errors.setupCode?.message} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-username`}>{t('firstAccount.username')}</label>
        <input {...field('username', true)} autoComplete="username" autoCapitalize="none" spellCheck={false} {...form.register('username')} />
        <p id={`${id}-username-hint`} className="hint">
          {t('firstAccount.usernameHint')}
        </p>
        <FieldError id={`${id}-username-error`} message={errors.username?.message} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('firstAccount.name')}</label>
        <input {...field('name')} autoComplete="name" {...form.register('name')} />
        <FieldError id={`${id}-name-error`} message={errors.name?.message} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-password`}>{t('firstAccount.password')}</label>
        <input {...field('password', true)} type="password" autoComplete="new-password" {...form.register('password')} />
        <p id={`${id}-password-hint`} className="hint">
          {t('firstAccount.passwordHint', { min: PASSWORD_MIN_LENGTH })}
        </p>
        <FieldError id={`${id}-password-error`} message={errors.password?.message} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-confirm`}>{t('firstAccount.confirm')}</label>
        <input {...field('confirm')} type="password" autoComplete="new-password" {...form.register('confirm')} />
        <FieldError id={`${id}-confirm-error`} message={errors.confirm?.message} />
      </div>
      {refusal && (
        <Alert>
          {refusal === 'fixFields' ? t('firstAccount.fixFields') : words.storeError(refusal)}
        </Alert>
      )}
      <button type="submit" disabled={isSubmitting}>
        {isSubmitting ? t('firstAccount.working') : t('firstAccount.submit')}
      </button>
    </form>
  );
}
