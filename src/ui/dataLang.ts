import type { Language } from '../i18n/i18n';

const THAI = /[\u0E00-\u0E7F]/;

/** `'th'` for Thai data in a page of another language, where it must say so; else nothing. */
export function dataLang(text: string | null | undefined, language: Language): 'th' | undefined {
  return text && language !== 'th' && THAI.test(text) ? 'th' : undefined;
}
