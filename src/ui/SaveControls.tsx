import { Alert } from './Alert';
import { useI18n } from '../i18n/i18n';

/**
 * A form's save button, what it says once saved (or while saving), and why a save failed, said
 * the same way on every screen. `label` defaults to "บันทึก"; a form that says its failure
 * elsewhere (after its own alert, say) leaves `failure` out.
 */
export function SaveControls({ pending, label, status, failure = null }: { pending: boolean; label?: string; status: string | null; failure?: string | null }) {
  const { t } = useI18n();
  return (
    <>
      <button type="submit" disabled={pending}>
        {label ?? t('common.save')}
      </button>
      <p role="status" className="form-status">
        {status}
      </p>
      {failure !== null && <Alert>{t('common.saveFailed', { message: failure })}</Alert>}
    </>
  );
}
