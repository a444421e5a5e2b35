import { useEffect, useRef, useState } from 'react';
import type { FieldPath, FieldValues, UseFormReturn } from 'react-hook-form';
import { SERVER_FAULT } from '../../ui/useRefusalsFollowLanguage';
import { placeRefusal, refusalText, type AccountWording } from './accountForm';

/**
 * What an account form's last save came to, for its `SaveControls`: the line its status says, or
 * what its alert says of a refusal once each field the server named shows its own fault
 * (`placeRefusal`). Every account form says these alike, so they are kept in one place.
 */
export function useSaveOutcome<T extends FieldValues>(
  form: Pick<UseFormReturn<T>, 'setError' | 'getFieldState'>,
  fields: readonly FieldPath<T>[],
  fixFields: string,
  words: AccountWording,
) {
  const [done, setDone] = useState<string | null>(null);
  // Kept as the refusal, not as words, so a change of language rewords it.
  const [failure, setFailure] = useState<Error | null>(null);
  const { setError, getFieldState } = form;
  const placedWith = useRef(words);
  useEffect(() => {
    if (placedWith.current === words) return;
    placedWith.current = words;
    // Only the faults still shown as the server's: a field typed over since has its own say.
    const shown = fields.filter((f) => getFieldState(f).error?.type === SERVER_FAULT);
    if (failure && shown.length > 0) placeRefusal(failure, setError, shown, words, false);
  }, [words, failure, fields, setError, getFieldState]);
  return {
    done,
    refusal: failure ? refusalText(failure, fields, fixFields, words) : null,
    /** A new try: what the last one came to is no longer true. */
    clear: () => {
      setDone(null);
      setFailure(null);
    },
    saved: setDone,
    refused: (error: Error) => {
      placeRefusal(error, setError, fields, words, true);
      setFailure(error);
    },
  };
}
