import { useEffect, useMemo, useState } from 'react';
import { sizeText } from '../domain/evidence/limits';
import type { ErrorKey } from './errorMessages';
import type { WordableDetail, WordableFieldError } from './errorWords';
import { errorWordsNow, loadErrorWords } from './errorWordsLoader';
import { format, useI18n, type MessageParams } from './i18n';

/** What the store said, for the moment before the words have loaded (the app fetches them early). */
const asSaid = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** A restore's codes from server/http/restoreLimit.ts: its words without the size, and with it. */
const RESTORE_TOO_LARGE = new Map<string, readonly [ErrorKey, ErrorKey]>([
  ['restore.tooLarge', ['storeError.restore.tooLarge', 'storeError.restore.tooLargeSized']],
  ['restore.jsonTooLarge', ['storeError.restore.jsonTooLarge', 'storeError.restore.jsonTooLargeSized']],
]);

/**
 * A restore the server would not take for its size, in the reader's words with the sizes as the
 * app writes them ('4.05 GB'), or null for any other error. Thai readers keep the server's sentence.
 */
function restoreTooLarge(error: unknown, t: (key: ErrorKey, params?: MessageParams) => string): string | null {
  const detail = typeof error === 'object' && error !== null && 'detail' in error ? (error as { detail: WordableDetail }).detail : null;
  const [field, ...more] = detail?.kind === 'validation' ? detail.fields : [];
  const keys = field?.code === undefined || more.length ? undefined : RESTORE_TOO_LARGE.get(field.code);
  const { size, limit } = field?.values ?? {};
  if (!keys || typeof limit !== 'number') return null;
  return typeof size === 'number' ? t(keys[1], { size: sizeText(size), limit: sizeText(limit) }) : t(keys[0], { limit: sizeText(limit) });
}

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
      storeError: (error: unknown) => (language === 'th' ? null : restoreTooLarge(error, t)) ?? words.wordStoreError(error, language, t),
      field: (field: WordableFieldError) => words.wordFieldError(field, language, t),
    };
  }, [words, language, locale]);
}
