import { useI18n } from '../i18n/i18n';
import { useLangLink } from '../i18n/langLink';
import { NotFoundState } from '../ui/NotFoundState';

export function NotFound() {
  const { t } = useI18n();
  const link = useLangLink();
  return <NotFoundState title={t('error.notFound')} backTo={{ href: link('/'), label: t('nav.dashboard') }} />;
}
