import type { ErrorKey } from '../i18n/errorMessages';
import { loadErrorWords } from '../i18n/errorWordsLoader';
import { defineMessages } from '../i18n/featureMessages';
import { format, localeOf, type Language, type MessageParams } from '../i18n/i18n';
import type { OpenedStore, StartFailure } from './openStore';
import * as words from './startFailureMessages.json';

/**
 * Why the data did not open at start-up, with the cause the browser gave (`{cause}`, its own
 * words). Loaded only when that happens: a start that works never downloads these.
 */
export const startFailureMessages = defineMessages(words.th, words.en);

/** The failure's Thai, as the store's error carries it for every call made after. */
export const startFailureInThai = (why: StartFailure): string => format(words.th[why.code], why.values);

/** A store that did not open, in the reader's language: its cause where start-up knows it, else the store's error worded. */
export async function wordStartFailure({ failure, why }: Pick<OpenedStore, 'failure' | 'why'>, language: Language): Promise<string> {
  const locale = localeOf(language);
  if (why) return format(startFailureMessages[language][why.code], why.values, locale);
  const { errorMessages, wordStoreError } = await loadErrorWords();
  const errors = (key: ErrorKey, params?: MessageParams) => format(errorMessages[language][key], params, locale);
  return wordStoreError(failure, language, errors);
}
