import { createContext, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { en } from './en';
import { th } from './th';

export type Language = 'th' | 'en';
export type MessageKey = keyof typeof th;
export type MessageParams = Record<string, string | number>;

export const catalogs: Record<Language, Record<MessageKey, string>> = { th, en };

export function isLanguage(value: unknown): value is Language {
  return value === 'th' || value === 'en';
}

/** Fills `{name}` placeholders; a missing parameter stays visible rather than vanishing. */
export function format(template: string, params: MessageParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

interface I18n {
  language: Language;
  t: (key: MessageKey, params?: MessageParams) => string;
  /** BCP 47 locale for Intl: Thai dates in the Buddhist calendar. */
  locale: string;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ language, children }: { language: Language; children: ReactNode }) {
  const value = useMemo<I18n>(
    () => ({
      language,
      t: (key, params) => format(catalogs[language][key], params),
      locale: language === 'th' ? 'th-TH-u-ca-buddhist' : 'en-GB',
    }),
    [language],
  );
  useEffect(() => {
    document.documentElement.lang = language;
    document.title = value.t('app.title');
  }, [language, value]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n must be used inside <I18nProvider>');
  return value;
}
