import { useEffect, useMemo, useState } from 'react';
import type { WordableFieldError } from './errorWords';
import { errorWordsNow, loadErrorWords } from './errorWordsLoader';
import { format, useI18n, type MessageParams } from './i18n';

/** What the store said, for the moment before the words have loaded (the app fetches them early). */
const asSaid = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Words for a store's errors and fields' faults, in the reader's language. */
export function useErrorWords() {
  const { language, locale } = useI18n();
  const [words, setWords] = useState(errorWordsNow);
  useEffect(() => {
    if (words) return;
    let live = true;
    void loadErrorWords().then((loaded) => live && setWords(loaded));
    return () => {
      live = false;
    };
  }, [words]);
  return useMemo(() => {
    if (!words) return { storeError: asSaid, field: (field: WordableFieldError) => field.message };
    const own = words.errorMessages[language];
    const t = (key: keyof typeof own, params?: MessageParams) => format(own[key], params, locale);
    return {
      storeError: (error: unknown) => words.wordStoreError(error, language, t),
      field: (field: WordableFieldError) => words.wordFieldError(field, language, t),
    };
  }, [words, language, locale]);
}
