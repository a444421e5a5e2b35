import { createContext, useContext, useEffect, useLayoutEffect, useMemo, useState, type ReactNode } from 'react';
import { th } from './th';

export type Language = 'th' | 'en';
export type MessageKey = keyof typeof th;
export type MessageParams = Record<string, string | number>;

type Catalog = Record<MessageKey, string>;

/**
 * Thai ships with the app; English is fetched the first time someone asks for it, so the Thai
 * majority never downloads it.
 */
const loaded: Partial<Record<Language, Catalog>> = { th };
const loaders: Record<Language, () => Promise<Catalog>> = {
  th: () => Promise.resolve(th),
  en: () => import('./en').then((m) => m.en),
};

export async function loadCatalog(language: Language): Promise<Catalog> {
  const catalog = loaded[language] ?? (await loaders[language]());
  loaded[language] = catalog;
  return catalog;
}

function useCatalog(language: Language): Catalog | null {
  const [, setReady] = useState<Language | null>(null);
  useEffect(() => {
    if (!loaded[language]) void loadCatalog(language).then(() => setReady(language));
  }, [language]);
  return loaded[language] ?? null;
}

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
  const catalog = useCatalog(language);
  const value = useMemo<I18n | null>(
    () =>
      catalog && {
        language,
        t: (key, params) => format(catalog[key], params),
        locale: language === 'th' ? 'th-TH-u-ca-buddhist' : 'en-GB',
      },
    [language, catalog],
  );
  // Before paint, so a screen reader never meets English text marked as Thai.
  useLayoutEffect(() => {
    if (!value) return;
    document.documentElement.lang = language;
    document.title = value.t('app.title');
  }, [language, value]);
  // For the moment English is on its way, show nothing rather than flash Thai at an English reader.
  if (!value) return null;
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n must be used inside <I18nProvider>');
  return value;
}
