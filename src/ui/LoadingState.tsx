import { useI18n } from '../i18n/i18n';

export function LoadingState() {
  const { t } = useI18n();
  return (
    <p role="status" className="loading">
      {t('common.loading')}
    </p>
  );
}
