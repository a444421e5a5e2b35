import type { FieldErrors, FieldPath, FieldValues, Resolver, UseFormSetError } from 'react-hook-form';
import { faultsByField, isStoreError, type FieldError } from '../../data/storeError';
import { passwordCheck, type PasswordOwner, type PasswordProblem } from '../../domain/passwordRule';
import { accountChangesSchema, newAccountSchema, type AccountChanges, type NewAccount } from '../../domain/schemas/account';
import { SERVER_FAULT } from '../../ui/useRefusalsFollowLanguage';
import type { AccountsKey } from './messages';
import { PASSWORD_PROBLEM_KEYS, type PasswordWording } from './passwordWords';

/** Each role's name, spelled out so the catalog test can see every key in use. */
export const ROLE_LABELS = {
  'planning-officer': 'accounts.role.planning-officer',
  'department-head': 'accounts.role.department-head',
  executive: 'accounts.role.executive',
} as const satisfies Record<string, AccountsKey>;

/** Most accounts are for department heads, so the form starts as one. */
export const EMPTY_ACCOUNT: NewAccount = { username: '', name: '', role: 'department-head', unitId: null, password: '' };

/** How the accounts screen words a field's fault and a store's refusal, in its reader's language. */
export interface AccountWording {
  field: (fault: FieldError) => string;
  storeError: (error: unknown) => string;
}

/** A field's fault worded by its code: a password problem in the password's words, any other by `others`. */
export function fieldWording(password: PasswordWording, others: AccountWording['field']): AccountWording['field'] {
  return (f) => (f.code !== undefined && f.code in PASSWORD_PROBLEM_KEYS ? password({ code: f.code, values: f.values ?? {} } as PasswordProblem) : others(f));
}

/**
 * The server's schema, and its password rule too: a password too short is said beside the field
 * on the first try, together with any other field's problem, not after a round trip. Each fault
 * is worded by its code, so an English reader is not shown the schema's Thai.
 */
export function newAccountResolver(word: PasswordWording, field: AccountWording['field']): Resolver<NewAccount> {
  return (values) => {
    const parsed = newAccountSchema.safeParse(values);
    const problem = passwordCheck(values.password, values);
    if (parsed.success && !problem) return { values: parsed.data, errors: {} };
    const errors = (parsed.success ? {} : faultsByField(parsed.error, field)) as FieldErrors<NewAccount>;
    if (problem) errors.password = { type: 'password', message: word(problem) };
    return { values: {}, errors };
  };
}

/** An account's name, role and unit as the server checks a change to them, worded by code. */
export function accountChangesResolver(field: AccountWording['field']): Resolver<AccountChanges> {
  return (values) => {
    const parsed = accountChangesSchema.safeParse(values);
    return parsed.success ? { values: parsed.data, errors: {} } : { values: {}, errors: faultsByField(parsed.error, field) as FieldErrors<AccountChanges> };
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

/** The faults of a refusal (a 400) that name one of the form's own fields. */
function besideFields(error: Error, fields: readonly string[]): FieldError[] {
  return isStoreError(error, 'validation') && error.detail.kind === 'validation' ? error.detail.fields.filter((f) => fields.includes(f.path)) : [];
}

/**
 * A refusal's faults said beside the fields the server named, in the reader's language; the
 * first one focused when the refusal is new, not when it is only being said again in other words.
 */
export function placeRefusal<T extends FieldValues>(error: Error, setError: UseFormSetError<T>, fields: readonly FieldPath<T>[], words: AccountWording, focus: boolean): void {
  besideFields(error, fields).forEach((f, i) => setError(f.path as FieldPath<T>, { type: SERVER_FAULT, message: words.field(f) }, { shouldFocus: focus && i === 0 }));
}

/**
 * What a refusal leaves for the form's alert once `placeRefusal` has said its faults beside their
 * fields: the other fields' faults, the refusal worded by its kind, or `fixFields` when everything
 * has been said beside a field.
 */
export function refusalText(error: Error, fields: readonly string[], fixFields: string, words: AccountWording): string {
  if (!isStoreError(error, 'validation') || error.detail.kind !== 'validation') return words.storeError(error);
  const named = besideFields(error, fields);
  const rest = error.detail.fields.filter((f) => !named.includes(f));
  if (named.length > 0 && rest.length === 0) return fixFields;
  return rest.length > 0 ? rest.map((f) => words.field(f)).join(' · ') : words.storeError(error);
}
