import { useI18n } from './i18n';

/**
 * Links keep the reader's language, which lives in the URL; Thai, the default, adds nothing.
 * The language goes last, after any query the path already has.
 */
export function useLangLink(): (path: string) => string {
  const { language } = useI18n();
  return (path) => (language === 'th' ? path : `${path}${path.includes('?') ? '&' : '?'}lang=${language}`);
}
