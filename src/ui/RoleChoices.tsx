import type { InputHTMLAttributes } from 'react';
import { ROLES, type Role } from '../domain/schemas/actor';
import { Choice, ChoiceGroup, type ChoiceGroupProps } from './Choice';

type RoleInput = Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'value'>;

/**
 * The three roles as radio buttons, in one order and one layout wherever a role is chosen (an
 * account's, this browser's user's). `input(role)` gives each its props: `{...register('role')}`
 * of react-hook-form, with whatever choosing that role changes beside it.
 */
export function RoleChoices({ label, input, ...group }: Omit<ChoiceGroupProps, 'children'> & { label: (role: Role) => string; input: (role: Role) => RoleInput }) {
  return (
    <ChoiceGroup {...group}>
      {ROLES.map((role) => (
        <Choice key={role} type="radio" value={role} label={label(role)} {...input(role)} />
      ))}
    </ChoiceGroup>
  );
}
