import { useI18n } from '../i18n/i18n';

/** A settings form's save button, its "saved" status and its failure, said the same way everywhere. */
export function SaveControls({ pending, saved, error }: { pending: boolean; saved: boolean; error: Error | null }) {
  const { t } = useI18n();
  return (
    <>
      <button type="submit" disabled={pending}>
        {t('common.save')}
      </button>
      <p role="status" className="form-status">
        {saved && t('common.saved')}
      </p>
      {error && (
        <p role="alert" className="field-error">
          {t('common.saveFailed', { message: error.message })}
        </p>
      )}
    </>
  );
}
