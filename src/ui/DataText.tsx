import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n';
import { dataLang, splitSlots } from './dataLang';

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

/** A sentence with `dataSlots()` slots in it, each value back in its place as `DataText`. */
export function DataSentence({ text, data }: { text: string; data: readonly string[] }): ReactNode {
  return splitSlots(text).map((part, i) => (i % 2 === 0 ? part : <DataText key={i}>{data[Number(part)] ?? ''}</DataText>));
}
