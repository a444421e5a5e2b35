import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n';
import { dataLang } from './dataLang';

/**
 * Words that are data, not the app's own (a person's or unit's name, a measure's title, Thai
 * digits): in an English page, Thai text is marked `lang="th"` so a screen reader reads it with a
 * Thai voice and checks for untranslated words leave it be. In Thai, or without Thai, plain text.
 * (An attribute-only place, such as an `<option>`, takes `dataLang` itself.)
 */
export function DataText({ children }: { children: string | null | undefined }): ReactNode {
  const { language } = useI18n();
  if (!children) return null;
  return dataLang(children, language) ? <span lang="th">{children}</span> : children;
}
