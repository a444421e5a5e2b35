import { useMemo } from 'react';
import { errorMessages } from './errorMessages';
import { type WordableFieldError, wordFieldError, wordStoreError } from './errorWords';
import { useMessages } from './featureMessages';

/** Words for a store's errors and fields' faults, in the reader's language. */
export function useErrorWords() {
  const { t, language } = useMessages(errorMessages);
  return useMemo(
    () => ({
      storeError: (error: unknown) => wordStoreError(error, language, t),
      field: (field: WordableFieldError) => wordFieldError(field, language, t),
    }),
    [language, t],
  );
}
