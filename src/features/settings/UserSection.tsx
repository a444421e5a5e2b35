import { useId, useMemo, useState } from 'react';
import { useForm, useWatch, type FieldErrors, type Resolver } from 'react-hook-form';
import { useUnits } from '../../data/queries';
import { useSession } from '../../data/sessionContext';
import { faultsByField } from '../../data/storeError';
import { actorSchema, type Actor } from '../../domain/schemas/actor';
import { useMessages } from '../../i18n/featureMessages';
import { useErrorWords } from '../../i18n/useErrorWords';
import { RoleChoices } from '../../ui/RoleChoices';
import { DataSentence } from '../../ui/DataText';
import { dataSlots } from '../../ui/dataLang';
import { FieldError } from '../../ui/FieldError';
import { messages } from './messages';
import { ROLE_LABELS } from './roleLabels';
import { Alert } from '../../ui/Alert';
import { useRefusalsFollowLanguage } from '../../ui/useRefusalsFollowLanguage';

export function UserSection() {
  const { t } = useMessages(messages);
  const { preferences, savePreferences } = useSession();
  const units = useUnits();
  const id = useId();
  const [status, setStatus] = useState<'idle' | 'saved' | 'failed'>('idle');
  const words = useErrorWords();
  // The schema's faults worded by their codes, so an English reader is told in English.
  const resolver = useMemo<Resolver<Actor>>(
    () => (values) => {
      const parsed = actorSchema.safeParse(values);
      return parsed.success ? { values: parsed.data, errors: {} } : { values: {}, errors: faultsByField(parsed.error, words.field) as FieldErrors<Actor> };
    },
    [words],
  );
  const form = useForm<Actor>({ resolver, defaultValues: preferences.actor });
  useRefusalsFollowLanguage(form);
  const { register, handleSubmit, control, formState, setValue } = form;
  const role = useWatch({ control, name: 'role' });
  const onSubmit = handleSubmit((actor) => {
    const next = { ...actor, unitId: actor.role === 'department-head' ? actor.unitId : null };
    setStatus(savePreferences({ ...preferences, actor: next }) ? 'saved' : 'failed');
  });
  const current = preferences.actor;
  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('settings.user.heading')}</h2>
      <p>{t('settings.user.intro')}</p>
      <p>
        <CurrentUser name={current.name} role={t(ROLE_LABELS[current.role])} sentence={t} />
      </p>
      <form onSubmit={onSubmit} noValidate className="form">
        <div className="field">
          <label htmlFor={`${id}-name`}>{t('settings.user.name')}</label>
          <input id={`${id}-name`} autoComplete="name" {...register('name')} aria-invalid={!!formState.errors.name} aria-describedby={`${id}-name-error`} />
          <FieldError id={`${id}-name-error`} message={formState.errors.name?.message} />
        </div>
        <RoleChoices
          legend={t('settings.user.role')}
          label={(r) => t(ROLE_LABELS[r])}
          input={(r) => register('role', { onChange: () => setValue('unitId', r === 'department-head' ? preferences.actor.unitId : null) })}
        />
        {role === 'department-head' && (
          <div className="field">
            <label htmlFor={`${id}-unit`}>{t('settings.user.unit')}</label>
            <select
              id={`${id}-unit`}
              {...register('unitId', { setValueAs: (v: string) => (v === '' ? null : v) })}
              aria-invalid={!!formState.errors.unitId}
              aria-describedby={`${id}-unit-error`}
            >
              <option value="">{t('settings.user.unitNone')}</option>
              {(units.data ?? []).map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </select>
            <FieldError id={`${id}-unit-error`} message={formState.errors.unitId?.message} />
          </div>
        )}
        <button type="submit">{t('common.save')}</button>
        <p role="status" className="form-status">
          {status === 'saved' && t('common.saved')}
        </p>
        {status === 'failed' && <Alert>{t('settings.prefsFailed')}</Alert>}
      </form>
    </section>
  );
}

/** "Now acting as <name> (<role>)": the name is data, so an English page marks a Thai one. */
function CurrentUser({ name, role, sentence }: { name: string; role: string; sentence: (key: 'settings.user.current', params: Record<string, string>) => string }) {
  const { slot, data } = dataSlots();
  return <DataSentence text={sentence('settings.user.current', { name: slot(name), role })} data={data} />;
}
