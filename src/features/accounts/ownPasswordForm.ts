import type { FieldErrors, Resolver } from 'react-hook-form';
import { faultsByField, type FieldError } from '../../data/storeError';
import { passwordCheck, type PasswordOwner } from '../../domain/passwordRule';
import { passwordChangeSchema } from '../../domain/schemas/account';
import type { PasswordWording } from './passwordWords';

export interface OwnPasswordValues {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

export const EMPTY_OWN_PASSWORD: OwnPasswordValues = { currentPassword: '', newPassword: '', confirmPassword: '' };

/**
 * The server's schema and the domain's password rule, with the owner's username and name, so a
 * weak new password is said beside its field as one types; and the two new ones must match.
 * The 10,000 most common passwords are the server's to refuse: its words come back the same way.
 * The schema's faults are worded by `field` from their codes, so an English reader reads English.
 */
export function ownPasswordResolver(owner: PasswordOwner, mismatch: string, word: PasswordWording, field: (fault: FieldError) => string): Resolver<OwnPasswordValues> {
  return (values) => {
    const errors: FieldErrors<OwnPasswordValues> = {};
    const parsed = passwordChangeSchema.safeParse(values);
    if (!parsed.success) {
      const faults = faultsByField(parsed.error, field);
      if (faults.currentPassword) errors.currentPassword = faults.currentPassword;
      if (faults.newPassword) errors.newPassword = faults.newPassword;
    }
    const problem = passwordCheck(values.newPassword, owner);
    if (problem) errors.newPassword ??= { type: 'password', message: word(problem) };
    if (!errors.newPassword && values.confirmPassword !== values.newPassword) errors.confirmPassword = { type: 'mismatch', message: mismatch };
    return Object.keys(errors).length === 0 ? { values, errors: {} } : { values: {}, errors };
  };
}
