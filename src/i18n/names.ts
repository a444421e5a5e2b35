import type { Language } from './i18n';

/** Framework data carries both names; pick the one for the reader's language. */
export function localName(item: { name: string; nameEn: string }, language: Language): string {
  return language === 'en' ? item.nameEn : item.name;
}
