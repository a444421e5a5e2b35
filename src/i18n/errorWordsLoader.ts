import type { errorMessages } from './errorMessages';
import type { wordFieldError, wordStoreError } from './errorWords';

export interface ErrorWordsModule {
  errorMessages: typeof errorMessages;
  wordStoreError: typeof wordStoreError;
  wordFieldError: typeof wordFieldError;
}

// The words for failures load after the first screen: a page that never fails never needs them,
// and in the first screen's code they cost the initial budget 2.5 KB.
let loaded: ErrorWordsModule | null = null;
let loading: Promise<ErrorWordsModule> | null = null;

export function loadErrorWords(): Promise<ErrorWordsModule> {
  loading ??= Promise.all([import('./errorMessages'), import('./errorWords')]).then(([messages, words]) => {
    loaded = { errorMessages: messages.errorMessages, wordStoreError: words.wordStoreError, wordFieldError: words.wordFieldError };
    return loaded;
  });
  return loading;
}

/** The words when they have loaded, else null (a screen then shows the store's own message). */
export function errorWordsNow(): ErrorWordsModule | null {
  return loaded;
}
