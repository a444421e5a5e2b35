import type { UseFormRegisterReturn } from 'react-hook-form';
import type { Unit } from '../../domain/schemas/organisation';
import { useMessages } from '../../i18n/featureMessages';
import { FieldError } from '../../ui/FieldError';
import { messages } from './messages';

/** The unit, which only a department head has: the select is there for every role, usable for that one. */
export function UnitSelect({
  id,
  units,
  enabled,
  error,
  register,
}: {
  id: string;
  units: Unit[];
  enabled: boolean;
  error: string | undefined;
  register: UseFormRegisterReturn;
}) {
  const { t } = useMessages(messages);
  return (
    <div className="field">
      <label htmlFor={id}>{t('accounts.unit')}</label>
      <select id={id} disabled={!enabled} aria-invalid={!!error} aria-describedby={`${id}-hint ${id}-error`} {...register}>
        <option value="">{enabled ? t('accounts.unitChoose') : t('accounts.unitNone')}</option>
        {units.map((u) => (
          <option key={u.id} value={u.id}>
            {u.name}
          </option>
        ))}
      </select>
      <p id={`${id}-hint`} className="hint">
        {t('accounts.unitHint')}
      </p>
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}
