import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { PASSWORD_MIN_LENGTH } from '../../domain/passwordRule';
import { useMessages } from '../../i18n/featureMessages';
import { FieldError } from '../../ui/FieldError';
import type { OwnPasswordValues } from './ownPasswordForm';
import { ownPasswordMessages } from './ownPasswordMessages';

/** The current password, the new one and the new one again: the header's dialog's fields. */
export function OwnPasswordFields({ id, register, errors }: { id: string; register: UseFormRegister<OwnPasswordValues>; errors: FieldErrors<OwnPasswordValues> }) {
  const { t } = useMessages(ownPasswordMessages);
  const field = (name: keyof OwnPasswordValues, label: string, autoComplete: string, hint?: string) => (
    <div className="field">
      <label htmlFor={`${id}-${name}`}>{label}</label>
      <input
        id={`${id}-${name}`}
        type="password"
        autoComplete={autoComplete}
        aria-invalid={!!errors[name]}
        aria-describedby={`${hint ? `${id}-${name}-hint ` : ''}${id}-${name}-error`}
        {...register(name)}
      />
      {hint && (
        <p id={`${id}-${name}-hint`} className="hint">
          {hint}
        </p>
      )}
      <FieldError id={`${id}-${name}-error`} message={errors[name]?.message} />
    </div>
  );
  return (
    <>
      {field('currentPassword', t('ownPassword.current'), 'current-password')}
      {field('newPassword', t('ownPassword.new'), 'new-password', t('ownPassword.hint', { min: PASSWORD_MIN_LENGTH }))}
      {field('confirmPassword', t('ownPassword.confirm'), 'new-password')}
    </>
  );
}
