import { useId, useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { useUpdateAccount } from '../../data/accountQueries';
import type { Account, AccountChanges } from '../../domain/schemas/account';
import type { Unit } from '../../domain/schemas/organisation';
import { useMessages } from '../../i18n/featureMessages';
import { FieldError } from '../../ui/FieldError';
import { accountChangesResolver } from './accountForm';
import { SaveControls } from '../../ui/SaveControls';
import { messages } from './messages';
import { RoleAndUnitFields } from './RoleAndUnitFields';
import { useAccountWords } from './useAccountWords';
import { useSaveOutcome } from './useSaveOutcome';
import { useRefusalsFollowLanguage } from '../../ui/useRefusalsFollowLanguage';

const FIELDS = ['name', 'role', 'unitId'] as const;

/**
 * Name, role and unit. Only what changed is sent; a new role goes with its unit, as the server
 * asks. The planning officer's own role is not theirs to give up (the data layer refuses it too).
 */
export function AccountDetailsForm({ account, self, units }: { account: Account; self: boolean; units: Unit[] }) {
  const { t } = useMessages(messages);
  const words = useAccountWords();
  const id = useId();
  const update = useUpdateAccount();
  // The server's account as it now is; what the person is typing stays when it is read again.
  const values = useMemo((): AccountChanges => ({ name: account.name, role: account.role, unitId: account.unitId }), [account.name, account.role, account.unitId]);
  const resolver = useMemo(() => accountChangesResolver(words.field), [words.field]);
  const form = useForm<AccountChanges>({ resolver, values, resetOptions: { keepDirtyValues: true } });
  useRefusalsFollowLanguage(form);
  const { errors } = form.formState;
  const outcome = useSaveOutcome(form, FIELDS, t('accounts.fixFields'), words);
  const submit = form.handleSubmit((typed) => {
    outcome.clear();
    const changes: AccountChanges = {};
    if (typed.name !== undefined && typed.name !== account.name) changes.name = typed.name;
    if (typed.role !== account.role || typed.unitId !== account.unitId) Object.assign(changes, { role: typed.role, unitId: typed.unitId ?? null });
    if (Object.keys(changes).length === 0) {
      outcome.saved(t('accounts.details.unchanged', { username: account.username }));
      return;
    }
    update.mutate(
      { id: account.id, changes },
      {
        onSuccess: (saved) => outcome.saved(t('accounts.details.done', { username: saved.username })),
        onError: outcome.refused,
      },
    );
  });

  return (
    <form className="form" noValidate aria-labelledby={`${id}-h`} onSubmit={(e) => void submit(e)}>
      <h4 id={`${id}-h`}>{t('accounts.details.heading')}</h4>
      <p className="hint">{t('accounts.details.hint')}</p>
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('accounts.name')}</label>
        <input id={`${id}-name`} autoComplete="off" aria-invalid={!!errors.name} aria-describedby={`${id}-name-error`} {...form.register('name')} />
        <FieldError id={`${id}-name-error`} message={errors.name?.message} />
      </div>
      <RoleAndUnitFields id={id} form={form} units={units} locked={self} roleError={errors.role?.message} unitError={errors.unitId?.message} />
      <SaveControls pending={update.isPending} label={t('accounts.details.save')} status={outcome.done} failure={outcome.refusal} />
    </form>
  );
}
