import { zodResolver } from '@hookform/resolvers/zod';
import type { FieldErrors, FieldPath, FieldValues, Resolver, UseFormSetError } from 'react-hook-form';
import { isStoreError } from '../../data/storeError';
import { passwordCheck, type PasswordOwner } from '../../domain/passwordRule';
import { newAccountSchema, type NewAccount } from '../../domain/schemas/account';
import type { AccountsKey } from './messages';
import type { PasswordWording } from './passwordWords';

/** Each role's name, spelled out so the catalog test can see every key in use. */
export const ROLE_LABELS = {
  'planning-officer': 'accounts.role.planning-officer',
  'department-head': 'accounts.role.department-head',
  executive: 'accounts.role.executive',
} as const satisfies Record<string, AccountsKey>;

/** Most accounts are for department heads, so the form starts as one. */
export const EMPTY_ACCOUNT: NewAccount = { username: '', name: '', role: 'department-head', unitId: null, password: '' };

const schemaResolver = zodResolver(newAccountSchema);

/**
 * The server's schema, and its password rule too: a password too short is said beside the field
 * on the first try, together with any other field's problem, not after a round trip.
 */
export function newAccountResolver(word: PasswordWording): Resolver<NewAccount> {
  return async (values, context, options) => {
    const result = await schemaResolver(values, context, options);
    const problem = passwordCheck(values.password, values);
    if (!problem) return result;
    return { values: {}, errors: { ...result.errors, password: { type: 'password', message: word(problem) } } };
  };
}

export interface PasswordValues {
  password: string;
  currentPassword: string;
}

/**
 * Someone's new password, checked with the rule as the server checks it for that account; one's
 * own also needs the current one (`currentMissing` says so), as it does from the header.
 */
export function passwordResolver(owner: PasswordOwner, self: boolean, currentMissing: string, word: PasswordWording): Resolver<PasswordValues> {
  return (values) => {
    const errors: FieldErrors<PasswordValues> = {};
    const problem = passwordCheck(values.password, owner);
    if (problem) errors.password = { type: 'password', message: word(problem) };
    if (self && values.currentPassword === '') errors.currentPassword = { type: 'required', message: currentMissing };
    return Object.keys(errors).length === 0 ? { values, errors: {} } : { values: {}, errors };
  };
}

/**
 * A refusal, said where it belongs: each field the server named (a 400) beside that field, the
 * first one focused. Returns what is left for the form's alert: the server's own words, or
 * `fixFields` when everything has been said beside a field.
 */
export function showRefusal<T extends FieldValues>(error: Error, setError: UseFormSetError<T>, fields: readonly FieldPath<T>[], fixFields: string): string {
  if (!isStoreError(error, 'validation') || error.detail.kind !== 'validation') return error.message;
  const named = error.detail.fields.filter((f) => (fields as readonly string[]).includes(f.path));
  named.forEach((f, i) => setError(f.path as FieldPath<T>, { type: 'server', message: f.message }, { shouldFocus: i === 0 }));
  const rest = error.detail.fields.filter((f) => !named.includes(f));
  if (named.length > 0 && rest.length === 0) return fixFields;
  return rest.length > 0 ? rest.map((f) => f.message).join(' · ') : error.message;
}
