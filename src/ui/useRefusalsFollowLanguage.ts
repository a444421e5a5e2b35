import { useEffect, useRef } from 'react';
import type { FieldErrors, FieldPath, FieldValues, UseFormReturn } from 'react-hook-form';
import { useI18n } from '../i18n/i18n';

/**
 * The `type` of a fault the server named beside a field. Its words came with the refusal, not from
 * the form's resolver: checking the field again would not say it again, so it is left alone.
 */
export const SERVER_FAULT = 'server';

/** The paths of the faults shown that the resolver made; a field array's own fault sits at `root`. */
function resolverFaults(errors: FieldErrors, prefix = ''): string[] {
  return Object.entries(errors).flatMap(([key, value]) => {
    if (typeof value !== 'object' || value === null) return [];
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof (value as { type?: unknown }).type === 'string') return (value as { type: string }).type === SERVER_FAULT ? [] : [path];
    return resolverFaults(value as FieldErrors, path);
  });
}

/**
 * Rewords a form's refusals when the reader switches language. react-hook-form keeps a fault's
 * message as the words it was made with, and takes the resolver passed on each render as the one
 * to use next, so once the form has rendered in the new language each field shown at fault is
 * checked again by that language's resolver. Fields not at fault stay as they are: a reader who
 * has not yet tried to save is not told off for switching language.
 */
export function useRefusalsFollowLanguage<T extends FieldValues>(form: Pick<UseFormReturn<T>, 'formState' | 'trigger'>) {
  const { language } = useI18n();
  const shownIn = useRef(language);
  const { formState, trigger } = form;
  useEffect(() => {
    if (shownIn.current === language) return;
    shownIn.current = language;
    const faults = resolverFaults(formState.errors as FieldErrors);
    if (faults.length > 0) void trigger(faults as FieldPath<T>[]);
  }, [language, formState, trigger]);
}
