import type { PasswordProblem, PasswordProblemCode } from '../../domain/passwordRule';
import type { OwnPasswordKey } from './ownPasswordMessages';

/** Each password problem's words, spelled out so the catalog test can see every key in use. */
export const PASSWORD_PROBLEM_KEYS = {
  'password.tooShort': 'ownPassword.problem.tooShort',
  'password.tooLong': 'ownPassword.problem.tooLong',
  'password.repeated': 'ownPassword.problem.repeated',
  'password.digitRun': 'ownPassword.problem.digitRun',
  'password.phone': 'ownPassword.problem.phone',
  'password.date': 'ownPassword.problem.date',
  'password.thaiNumberRow': 'ownPassword.problem.thaiNumberRow',
  'password.passwordWord': 'ownPassword.problem.passwordWord',
  'password.username': 'ownPassword.problem.username',
  'password.name': 'ownPassword.problem.name',
  'password.keyboard': 'ownPassword.problem.keyboard',
  'password.common': 'ownPassword.problem.common',
} as const satisfies Record<PasswordProblemCode, OwnPasswordKey>;

/** How a screen words a password problem: its catalog's `t`, with the problem's values. */
export type PasswordWording = (problem: PasswordProblem) => string;

export function passwordWording(t: (key: OwnPasswordKey, values: PasswordProblem['values']) => string): PasswordWording {
  return (problem) => t(PASSWORD_PROBLEM_KEYS[problem.code], problem.values);
}
