import { useI18n } from '../i18n/i18n';

/** Links keep the reader's language, which lives in the URL; Thai, the default, adds nothing. */
export function useLangLink(): (path: string) => string {
  const { language } = useI18n();
  return (path) => (language === 'th' ? path : `${path}?lang=${language}`);
}
