import { Alert } from './Alert';
import { useI18n } from '../i18n/i18n';
import { useErrorWords } from '../i18n/useErrorWords';

/** Why a save did not go through, announced; what the person typed stays in the form above. */
export function SaveFailed({ error }: { error: Error | null }) {
  const { t } = useI18n();
  const words = useErrorWords();
  if (!error) return null;
  return (
<Alert>{t('common.saveFailed', { message: words.storeError(error) })}</Alert>
  );
}
