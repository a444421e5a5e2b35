import { Link } from 'react-router';
import { useI18n } from '../i18n/i18n';
import { useLangLink } from '../i18n/langLink';

export function NotFound() {
  const { t } = useI18n();
  const link = useLangLink();
  return (
    <div className="card">
      <h1>{t('error.notFound')}</h1>
      <p>
        <Link to={link('/')}>{t('nav.dashboard')}</Link>
      </p>
    </div>
  );
}
