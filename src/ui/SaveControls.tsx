import { useI18n } from '../i18n/i18n';

/**
 * A form's save button, what it says once saved, and why a save failed, said the same way in
 * settings and on the accounts screen. `label` defaults to "บันทึก".
 */
export function SaveControls({ pending, label, status, failure }: { pending: boolean; label?: string; status: string | null; failure: string | null }) {
  const { t } = useI18n();
  return (
    <>
      <button type="submit" disabled={pending}>
        {label ?? t('common.save')}
      </button>
      <p role="status" className="form-status">
        {status}
      </p>
      {failure !== null && (
        <p role="alert" className="field-error">
          {t('common.saveFailed', { message: failure })}
        </p>
      )}
    </>
  );
}
