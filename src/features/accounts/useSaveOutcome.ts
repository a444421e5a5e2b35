import { useState } from 'react';
import type { FieldPath, FieldValues, UseFormSetError } from 'react-hook-form';
import { showRefusal, type AccountWording } from './accountForm';

/**
 * What an account form's last save came to, for its `SaveControls`: the line its status says, or
 * what its alert says of a refusal once each field the server named shows its own fault
 * (`showRefusal`). Every account form says these alike, so they are kept in one place.
 */
export function useSaveOutcome<T extends FieldValues>(setError: UseFormSetError<T>, fields: readonly FieldPath<T>[], fixFields: string, words: AccountWording) {
  const [done, setDone] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  return {
    done,
    refusal,
    /** A new try: what the last one came to is no longer true. */
    clear: () => {
      setDone(null);
      setRefusal(null);
    },
    saved: setDone,
    refused: (error: Error) => setRefusal(showRefusal(error, setError, fields, fixFields, words)),
  };
}
