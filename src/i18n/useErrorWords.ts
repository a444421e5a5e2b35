import { useEffect, useMemo, useState } from 'react';
import { sizeText } from '../domain/evidence/limits';
import type { ErrorKey } from './errorMessages';
import type { WordableDetail, WordableFieldError } from './errorWords';
import { errorWordsNow, loadErrorWords } from './errorWordsLoader';
import { format, useI18n, type MessageParams } from './i18n';

/** What the store said, for the moment before the words have loaded (the app fetches them early). */
const asSaid = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * A refusal for size, by the code the server or a store gave it (server/http/restoreLimit.ts, the
 * file space's `evidence.agency.overQuota`), in the reader's words with every size as the app
 * writes it ('4.05 GB'); null for any other error. A restore's size is absent when the body came
 * without one. Thai readers keep the sentence said, which is the same.
 */
function sizeRefusal(error: unknown, t: (key: ErrorKey, params?: MessageParams) => string): string | null {
  const detail = typeof error === 'object' && error !== null && 'detail' in error ? (error as { detail: WordableDetail }).detail : null;
  const [field, ...more] = detail?.kind === 'validation' ? detail.fields : [];
  if (!field || more.length) return null;
  const sizes = Object.fromEntries(Object.entries(field.values ?? {}).flatMap(([name, value]) => (typeof value === 'number' ? [[name, sizeText(value)]] : [])));
  if (!('limit' in sizes)) return null;
  const sized = 'size' in sizes;
  switch (field.code) {
    case 'restore.tooLarge':
      return t(sized ? 'storeError.restore.tooLargeSized' : 'storeError.restore.tooLarge', sizes);
    case 'restore.jsonTooLarge':
      return t(sized ? 'storeError.restore.jsonTooLargeSized' : 'storeError.restore.jsonTooLarge', sizes);
    case 'evidence.agency.overQuota':
      return 'adding' in sizes && 'used' in sizes ? t('storeError.evidence.overQuota', sizes) : null;
    default:
      return null;
  }
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
      storeError: (error: unknown) => (language === 'th' ? null : sizeRefusal(error, t)) ?? words.wordStoreError(error, language, t),
      field: (field: WordableFieldError) => words.wordFieldError(field, language, t),
    };
  }, [words, language, locale]);
}
